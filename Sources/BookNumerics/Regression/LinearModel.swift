/// What linear and logistic regression share: X (flattened), the ridge coefficient, the linear
/// predictor z = Xw + b, the batch loss and gradient of a loss that depends on each row through
/// z alone, and training with any optimizer.
struct LinearModel: Sendable {
    /// Rows of X, flattened (m × n, row-major).
    let features: [Double]
    /// m, the number of rows.
    let rowCount: Int
    /// n, the number of features.
    let featureCount: Int
    /// The ridge coefficient (l2 ≥ 0).
    let l2: Double

    /// Checks and stores X.
    ///
    /// - Parameters:
    ///   - features: X as m rows of n numbers (m ≥ 1, n ≥ 1, every row the same length).
    ///   - responseCount: The number of values of y, which must equal m.
    ///   - l2: The ridge coefficient.
    /// - Throws: ``OptimizationError`` when shapes do not match, the data are empty, or l2 < 0.
    init(features: [[Double]], responseCount: Int, l2: Double) throws(OptimizationError) {
        guard let first = features.first, !first.isEmpty else {
            throw .invalid("X must have at least one row and one column")
        }
        for (i, row) in features.enumerated() where row.count != first.count {
            throw .dimensionMismatch(what: "row \(i) of X", expected: first.count, found: row.count)
        }
        guard responseCount == features.count else {
            throw .invalid("y has \(responseCount) values but X has \(features.count) rows")
        }
        guard l2 >= 0, l2.isFinite else { throw .invalid("l2 = \(l2) is invalid: it must be a finite number ≥ 0") }
        self.features = features.flatMap { $0 }
        self.rowCount = features.count
        self.featureCount = first.count
        self.l2 = l2
    }

    /// z = x·w + b for one row.
    @inline(__always)
    func predictor(_ theta: [Double], row i: Int) -> Double {
        var z = theta[featureCount]
        let base = i * featureCount
        for j in 0..<featureCount { z += features[base + j] * theta[j] }
        return z
    }

    /// The batch loss (1/m)·Σ loss(zᵢ) + (l2/2m)·Σw² and its gradient
    /// (1/m)·Σ residual(zᵢ)·xᵢ + (l2/m)·w, ∂/∂b = (1/m)·Σ residual(zᵢ).
    ///
    /// - Parameters:
    ///   - theta: n weights followed by the bias.
    ///   - rows: The batch's row indices (non-empty).
    ///   - gradient: Receives n + 1 partial derivatives.
    ///   - rowTerm: A row's loss and residual ∂loss/∂z, given z and the row index.
    /// - Returns: The loss on the batch; NaN (zero gradient) when θ or the rows do not fit the data.
    func lossAndGradient(
        _ theta: [Double], rows: ArraySlice<Int>, into gradient: inout [Double],
        rowTerm: (_ z: Double, _ row: Int) -> (loss: Double, residual: Double)
    ) -> Double {
        let n = featureCount
        if gradient.count != n + 1 { gradient = [Double](repeating: 0, count: n + 1) }
        for j in 0...n { gradient[j] = 0 }
        guard theta.count == n + 1, !rows.isEmpty, rows.allSatisfy({ $0 >= 0 && $0 < rowCount }) else { return .nan }
        let count = Double(rows.count)
        var total = 0.0
        for i in rows {
            let (loss, residual) = rowTerm(predictor(theta, row: i), i)
            total += loss
            let base = i * n
            for j in 0..<n { gradient[j] += residual * features[base + j] }
            gradient[n] += residual
        }
        var penalty = 0.0
        for j in 0..<n {
            penalty += theta[j] * theta[j]
            gradient[j] = gradient[j] / count + l2 / count * theta[j]
        }
        gradient[n] /= count
        return total / count + l2 / (2 * count) * penalty
    }

    /// Trains from (w₀, b₀) with any optimizer.
    ///
    /// - Parameters:
    ///   - weights: w₀ (n values).
    ///   - bias: b₀.
    ///   - optimizer: The rule and schedule.
    ///   - steps: The number of updates (each on one batch).
    ///   - batchSize: Rows per update; `nil` is full-batch gradient descent.
    ///   - seed: Seed of the mini-batch shuffling.
    ///   - objective: The loss and gradient on a batch of rows.
    ///   - accuracy: The fraction classified correctly, recorded for classifiers.
    /// - Returns: The history (steps + 1 states unless training diverges).
    /// - Throws: ``OptimizationError`` when w₀ has the wrong length or steps is out of range.
    func train(
        weights: [Double], bias: Double, optimizer: Optimizer, steps: Int, batchSize: Int?, seed: UInt64,
        objective: ParameterTrainer.BatchObjective, accuracy: (([Double]) -> Double)?
    ) throws(OptimizationError) -> ParameterHistory {
        guard weights.count == featureCount else {
            throw .dimensionMismatch(what: "w0", expected: featureCount, found: weights.count)
        }
        guard steps >= 0, steps <= Optimizer.maximumSteps else {
            throw .stepsOutOfRange(steps, limit: Optimizer.maximumSteps)
        }
        var batches = MiniBatches(rowCount: rowCount, batchSize: batchSize, seed: seed)
        let all = Array(0..<rowCount)[...]
        var scratch = [Double](repeating: 0, count: featureCount + 1)
        return ParameterTrainer.train(
            initial: weights + [bias], optimizer: optimizer, steps: steps, batches: &batches,
            batchObjective: objective,
            evaluate: { theta in (objective(theta, all, &scratch), accuracy?(theta)) })
    }
}
