/// The running state of one optimizer over a parameter vector, with an allocation-free step.
///
/// The same state drives objective trajectories, regressions and the neural net: compute the
/// gradient at ``gradientPoint(for:into:)`` (the iterate itself, except for look-ahead
/// Nesterov), then call ``step(_:gradient:learningRate:)``.
public struct OptimizerState: Sendable {
    /// The rule being applied.
    public let rule: OptimizerRule
    /// The number of updates made so far (k; Adam's bias correction uses t = k + 1).
    public private(set) var updateCount = 0
    /// First state vector: m (momentum, nesterov, adam), v (ema, look-ahead), G (adagrad), s (rmsprop).
    private var first: [Double]
    /// Second state vector: v of adam/adamw.
    private var second: [Double]
    /// Adam's bias corrections 1 − β₁ᵗ and 1 − β₂ᵗ of the latest update.
    private var correction1 = 0.0
    private var correction2 = 0.0
    private var firstCorrectionIsOne = false
    private var secondCorrectionIsOne = false

    /// Creates fresh state for `dimension` parameters.
    ///
    /// - Parameters:
    ///   - rule: The update rule.
    ///   - dimension: The number of parameters (≥ 0).
    public init(rule: OptimizerRule, dimension: Int) {
        self.rule = rule
        let n = Swift.max(dimension, 0)
        let initial: Double
        switch rule {
        case .adagrad(_, let g0, _): initial = g0
        case .rmsprop(_, _, let s0, _): initial = s0
        default: initial = 0
        }
        first = [Double](repeating: initial, count: n)
        switch rule {
        case .adam, .adamw: second = [Double](repeating: 0, count: n)
        default: second = []
        }
    }

    /// Where the next gradient must be evaluated. Only look-ahead Nesterov asks for another
    /// point (x + βv); every other rule uses x itself.
    ///
    /// - Parameters:
    ///   - x: The current iterate.
    ///   - point: Receives x + βv when the rule looks ahead (resized if needed).
    /// - Returns: `true` when `point` was written and the gradient must be taken there;
    ///   `false` when the gradient at `x` is wanted.
    public func gradientPoint(for x: [Double], into point: inout [Double]) -> Bool {
        guard case .nesterov(let beta, .lookahead) = rule else { return false }
        if point.count != x.count { point = x }
        for i in 0..<x.count { point[i] = x[i] + beta * first[i] }
        return true
    }

    /// Applies one update in place.
    ///
    /// - Parameters:
    ///   - x: The parameters, updated in place; must have the state's dimension.
    ///   - g: The gradient at ``gradientPoint(for:into:)``.
    ///   - lr: The learning rate of this update, lr(k).
    public mutating func step(_ x: inout [Double], gradient g: [Double], learningRate lr: Double) {
        let n = Swift.min(x.count, g.count, first.count)
        switch rule {
        case .gd:
            for i in 0..<n { x[i] = x[i] - lr * g[i] }
        case .momentum(let beta, .classic):
            for i in 0..<n {
                first[i] = g[i] + beta * first[i]
                x[i] = x[i] - lr * first[i]
            }
        case .momentum(let beta, .ema):
            for i in 0..<n {
                first[i] = beta * first[i] + (1 - beta) * g[i]
                x[i] = x[i] - lr * first[i]
            }
        case .nesterov(let beta, .optax):
            for i in 0..<n {
                first[i] = g[i] + beta * first[i]
                x[i] = x[i] - lr * (g[i] + beta * first[i])
            }
        case .nesterov(let beta, .lookahead):
            for i in 0..<n {
                first[i] = beta * first[i] - lr * g[i]
                x[i] = x[i] + first[i]
            }
        case .adagrad(let eps, _, .insideSqrt):
            for i in 0..<n {
                first[i] = g[i] * g[i] + first[i]
                if first[i] > 0 { x[i] = x[i] - lr * (g[i] / (first[i] + eps).squareRoot()) }
            }
        case .adagrad(let eps, _, .outsideSqrt):
            for i in 0..<n {
                first[i] = g[i] * g[i] + first[i]
                x[i] = x[i] - lr * (g[i] / (first[i].squareRoot() + eps))
            }
        case .rmsprop(let decay, let eps, _, let placement):
            for i in 0..<n {
                first[i] = (1 - decay) * (g[i] * g[i]) + decay * first[i]
                let denominator = placement == .insideSqrt ? (first[i] + eps).squareRoot() : first[i].squareRoot() + eps
                x[i] = x[i] - lr * (g[i] / denominator)
            }
        case .adam(let beta1, let beta2, let eps):
            adam(&x, g, lr, beta1, beta2, eps, weightDecay: 0, n)
        case .adamw(let beta1, let beta2, let eps, let weightDecay):
            adam(&x, g, lr, beta1, beta2, eps, weightDecay: weightDecay, n)
        }
        updateCount += 1
    }

    @inline(__always)
    private mutating func adam(
        _ x: inout [Double], _ g: [Double], _ lr: Double, _ beta1: Double, _ beta2: Double, _ eps: Double,
        weightDecay: Double, _ n: Int
    ) {
        let t = Double(updateCount + 1)
        // Once 1 − βᵗ rounds to exactly 1 it stays 1 (βᵗ only shrinks), so pow can be skipped
        // from then on without changing a single bit of the result.
        if !firstCorrectionIsOne {
            correction1 = 1 - Elementary.pow(beta1, t)
            firstCorrectionIsOne = correction1 == 1
        }
        if !secondCorrectionIsOne {
            correction2 = 1 - Elementary.pow(beta2, t)
            secondCorrectionIsOne = correction2 == 1
        }
        for i in 0..<n {
            first[i] = (1 - beta1) * g[i] + beta1 * first[i]
            second[i] = (1 - beta2) * (g[i] * g[i]) + beta2 * second[i]
            let mHat = first[i] / correction1
            let vHat = second[i] / correction2
            var update = mHat / (vHat.squareRoot() + eps)
            if weightDecay != 0 { update += weightDecay * x[i] }
            x[i] = x[i] - lr * update
        }
    }
}
