/// Least-squares linear regression h = Xw + b trained by gradient methods on
/// J(w, b) = (1/2m)·Σᵢ(hᵢ − yᵢ)² + (l2/2m)·Σⱼwⱼ² (the bias is not penalised).
///
/// Gradients: ∂J/∂w = (1/m)·Xᵀ(h − y) + (l2/m)·w, ∂J/∂b = (1/m)·Σ(h − y). A mini-batch update
/// uses the same J on the batch (m replaced by the batch size).
public struct LinearRegression: Sendable {
    /// Rows of X, flattened (m × n, row-major).
    let features: [Double]
    /// y.
    public let targets: [Double]
    /// m, the number of rows.
    public let rowCount: Int
    /// n, the number of features.
    public let featureCount: Int
    /// The ridge coefficient (l2 ≥ 0).
    public let l2: Double

    /// Creates a problem.
    ///
    /// - Parameters:
    ///   - features: X as m rows of n numbers (m ≥ 1, n ≥ 1, every row the same length).
    ///   - targets: y, m numbers.
    ///   - l2: The ridge coefficient, default 0.
    /// - Throws: ``OptimizationError`` when shapes do not match, the data are empty, or l2 < 0.
    public init(features: [[Double]], targets: [Double], l2: Double = 0) throws(OptimizationError) {
        guard let first = features.first, !first.isEmpty else {
            throw .invalid("X must have at least one row and one column")
        }
        for (i, row) in features.enumerated() where row.count != first.count {
            throw .dimensionMismatch(what: "row \(i) of X", expected: first.count, found: row.count)
        }
        guard targets.count == features.count else {
            throw .invalid("y has \(targets.count) values but X has \(features.count) rows")
        }
        guard l2 >= 0, l2.isFinite else { throw .invalid("l2 = \(l2) is invalid: it must be a finite number ≥ 0") }
        self.features = features.flatMap { $0 }
        self.targets = targets
        self.rowCount = features.count
        self.featureCount = first.count
        self.l2 = l2
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
        let n = featureCount
        if gradient.count != n + 1 { gradient = [Double](repeating: 0, count: n + 1) }
        guard theta.count == n + 1, !rows.isEmpty, rows.allSatisfy({ $0 >= 0 && $0 < rowCount }) else {
            for j in 0...n { gradient[j] = 0 }
            return .nan
        }
        let count = Double(rows.count)
        for j in 0...n { gradient[j] = 0 }
        var squares = 0.0
        for i in rows {
            var h = theta[n]
            let base = i * n
            for j in 0..<n { h += features[base + j] * theta[j] }
            let residual = h - targets[i]
            squares += residual * residual
            for j in 0..<n { gradient[j] += residual * features[base + j] }
            gradient[n] += residual
        }
        var penalty = 0.0
        for j in 0..<n {
            penalty += theta[j] * theta[j]
            gradient[j] = gradient[j] / count + l2 / count * theta[j]
        }
        gradient[n] /= count
        return squares / (2 * count) + l2 / (2 * count) * penalty
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
            batchObjective: { theta, rows, gradient in lossAndGradient(theta, rows: rows, into: &gradient) },
            evaluate: { theta in (lossAndGradient(theta, rows: all, into: &scratch), nil) })
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
            var row = Array(features[(i * featureCount)..<((i + 1) * featureCount)])
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
