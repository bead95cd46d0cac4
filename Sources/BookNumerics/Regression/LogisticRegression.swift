/// Binary logistic regression p = σ(Xw + b) trained by gradient methods on the binary
/// cross-entropy J = −(1/m)·Σ[y log p + (1−y) log(1−p)] + (l2/2m)·Σw².
///
/// The loss is computed from the logit z in a stable form, log(1 + e^(−|z|)) + max(z, 0) − y·z,
/// so it stays finite when p rounds to 0 or 1. Gradient: ∂J/∂w = (1/m)·Xᵀ(p − y) + (l2/m)·w,
/// ∂J/∂b = (1/m)·Σ(p − y). Accuracy counts p ≥ 0.5 as class 1.
public struct LogisticRegression: Sendable {
    /// X, the ridge coefficient and the shared training code.
    let model: LinearModel
    /// y, each 0 or 1.
    public let labels: [Double]
    /// m.
    public var rowCount: Int { model.rowCount }
    /// n.
    public var featureCount: Int { model.featureCount }
    /// The ridge coefficient.
    public var l2: Double { model.l2 }

    /// Creates a problem.
    ///
    /// - Parameters:
    ///   - features: X as m rows of n numbers.
    ///   - labels: y, m values each 0 or 1.
    ///   - l2: The ridge coefficient, default 0.
    /// - Throws: ``OptimizationError`` for mismatched shapes, empty data, labels other than 0/1, or l2 < 0.
    public init(features: [[Double]], labels: [Double], l2: Double = 0) throws(OptimizationError) {
        self.model = try LinearModel(features: features, responseCount: labels.count, l2: l2)
        guard labels.allSatisfy({ $0 == 0 || $0 == 1 }) else { throw .invalid("every label of y must be 0 or 1") }
        self.labels = labels
    }

    /// The probabilities p = σ(Xw + b) for every row.
    ///
    /// - Parameter theta: n weights followed by the bias.
    /// - Returns: m probabilities.
    public func probabilities(_ theta: [Double]) -> [Double] {
        (0..<rowCount).map { i in ElementaryFunction.sigmoid(model.predictor(theta, row: i)) }
    }

    /// J and ∂J/∂θ over the given rows.
    ///
    /// - Parameters:
    ///   - theta: n weights followed by the bias.
    ///   - rows: The batch's row indices (non-empty).
    ///   - gradient: Receives n + 1 partial derivatives.
    /// - Returns: J on the batch; NaN (zero gradient) when θ or the rows do not fit the data.
    public func lossAndGradient(_ theta: [Double], rows: ArraySlice<Int>, into gradient: inout [Double]) -> Double {
        model.lossAndGradient(theta, rows: rows, into: &gradient) { z, i in
            let y = labels[i]
            let loss = Elementary.log1p(Elementary.exp(-abs(z))) + Swift.max(z, 0) - y * z
            return (loss, ElementaryFunction.sigmoid(z) - y)
        }
    }

    /// The fraction of rows classified correctly (p ≥ 0.5 ⇒ 1).
    ///
    /// - Parameter theta: n weights followed by the bias.
    /// - Returns: A value in [0, 1].
    public func accuracy(_ theta: [Double]) -> Double {
        var correct = 0
        for i in 0..<rowCount where (model.predictor(theta, row: i) >= 0 ? 1.0 : 0.0) == labels[i] { correct += 1 }
        return Double(correct) / Double(rowCount)
    }

    /// Trains from (w₀, b₀) with any optimizer, recording loss and accuracy after every update.
    ///
    /// - Parameters:
    ///   - weights: w₀.
    ///   - bias: b₀.
    ///   - optimizer: The rule and schedule.
    ///   - steps: The number of updates.
    ///   - batchSize: Rows per update; `nil` is full batch.
    ///   - seed: Seed of the mini-batch shuffling.
    /// - Returns: The history (parameters, losses, accuracies).
    /// - Throws: ``OptimizationError`` when w₀ has the wrong length or steps is out of range.
    public func train(
        weights: [Double], bias: Double, optimizer: Optimizer, steps: Int, batchSize: Int? = nil, seed: UInt64 = 0
    ) throws(OptimizationError) -> ParameterHistory {
        try model.train(
            weights: weights, bias: bias, optimizer: optimizer, steps: steps, batchSize: batchSize, seed: seed,
            objective: lossAndGradient, accuracy: accuracy)
    }
}
