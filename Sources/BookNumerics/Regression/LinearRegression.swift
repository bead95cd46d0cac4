/// Least-squares linear regression h = Xw + b trained by gradient methods on
/// J(w, b) = (1/2m)·Σᵢ(hᵢ − yᵢ)² + (l2/2m)·Σⱼwⱼ² (the bias is not penalised).
///
/// Gradients: ∂J/∂w = (1/m)·Xᵀ(h − y) + (l2/m)·w, ∂J/∂b = (1/m)·Σ(h − y). A mini-batch update
/// uses the same J on the batch (m replaced by the batch size).
public struct LinearRegression: Sendable {
    /// X, the ridge coefficient and the shared training code.
    let model: LinearModel
    /// y.
    public let targets: [Double]
    /// m, the number of rows.
    public var rowCount: Int { model.rowCount }
    /// n, the number of features.
    public var featureCount: Int { model.featureCount }
    /// The ridge coefficient (l2 ≥ 0).
    public var l2: Double { model.l2 }

    /// Creates a problem.
    ///
    /// - Parameters:
    ///   - features: X as m rows of n numbers (m ≥ 1, n ≥ 1, every row the same length).
    ///   - targets: y, m numbers.
    ///   - l2: The ridge coefficient, default 0.
    /// - Throws: ``OptimizationError`` when shapes do not match, the data are empty, or l2 < 0.
    public init(features: [[Double]], targets: [Double], l2: Double = 0) throws(OptimizationError) {
        self.model = try LinearModel(features: features, responseCount: targets.count, l2: l2)
        self.targets = targets
    }

    /// J at (w, b) over all rows.
    ///
    /// - Parameters:
    ///   - weights: w (n values).
    ///   - bias: b.
    /// - Returns: J(w, b).
    public func loss(weights: [Double], bias: Double) -> Double {
        var gradient = [Double](repeating: 0, count: featureCount + 1)
        return lossAndGradient(weights + [bias], rows: (0..<rowCount).map { $0 }[...], into: &gradient)
    }

    /// J and its gradient with respect to θ = (w₁ … w_n, b) over the given rows.
    ///
    /// - Parameters:
    ///   - theta: n weights followed by the bias.
    ///   - rows: The row indices of the batch (non-empty).
    ///   - gradient: Receives ∂J/∂θ (n + 1 values).
    /// - Returns: J on the batch; NaN (zero gradient) when θ or the rows do not fit the data.
    public func lossAndGradient(_ theta: [Double], rows: ArraySlice<Int>, into gradient: inout [Double]) -> Double {
        model.lossAndGradient(theta, rows: rows, into: &gradient) { h, i in
            let residual = h - targets[i]
            return (0.5 * residual * residual, residual)
        }
    }

    /// Trains from (w₀, b₀) with any optimizer.
    ///
    /// - Parameters:
    ///   - weights: w₀ (n values).
    ///   - bias: b₀.
    ///   - optimizer: The rule and schedule (the reference uses plain gd).
    ///   - steps: The number of updates (each on one batch).
    ///   - batchSize: Rows per update; `nil` (default) is full-batch gradient descent.
    ///   - seed: Seed of the mini-batch shuffling.
    /// - Returns: θ_k = (w, b) and the full-data J after every update (steps + 1 states).
    /// - Throws: ``OptimizationError`` when w₀ has the wrong length or steps is out of range.
    public func train(
        weights: [Double], bias: Double, optimizer: Optimizer, steps: Int, batchSize: Int? = nil, seed: UInt64 = 0
    ) throws(OptimizationError) -> ParameterHistory {
        try model.train(
            weights: weights, bias: bias, optimizer: optimizer, steps: steps, batchSize: batchSize, seed: seed,
            objective: lossAndGradient, accuracy: nil)
    }

    /// The exact minimiser of J from the normal equations (XᵀX + l2·D)θ = Xᵀy with
    /// X augmented by a column of ones and D = diag(1, …, 1, 0), solved by Gaussian elimination
    /// with partial pivoting.
    ///
    /// - Returns: (w, b), or `nil` when the system is singular (e.g. collinear features, l2 = 0).
    public func closedForm() -> (weights: [Double], bias: Double)? {
        let size = featureCount + 1
        var a = [[Double]](repeating: [Double](repeating: 0, count: size + 1), count: size)
        for i in 0..<rowCount {
            var row = Array(model.features[(i * featureCount)..<((i + 1) * featureCount)])
            row.append(1)
            for r in 0..<size {
                for c in 0..<size { a[r][c] += row[r] * row[c] }
                a[r][size] += row[r] * targets[i]
            }
        }
        for j in 0..<featureCount { a[j][j] += l2 }
        guard let solution = GaussianElimination.solve(augmented: a) else { return nil }
        return (Array(solution.prefix(featureCount)), solution[featureCount])
    }
}
