/// The record of one optimizer run: iterates x₀ … x_N, the loss and gradient norm at each, and
/// the learning rate of each update. Every stored number is finite.
///
/// Invariants: `losses.count == gradientNorms.count == iterateCount`, and
/// `learningRates.count == iterateCount − 1`. When the run diverged, the arrays stop at the last
/// finite iterate inside the box, ``diverged`` is `true` and ``divergenceStep`` is the index k of
/// the first iterate x_k that was non-finite or outside the box.
public struct Trajectory: Sendable, Equatable {
    /// The number of coordinates of each iterate.
    public let dimension: Int
    /// The iterates, row after row (x₀ first), `dimension` values per row.
    public private(set) var flatIterates: [Double]
    /// f(x_k) for every recorded iterate.
    public private(set) var losses: [Double]
    /// ‖∇f(x_k)‖₂ for every recorded iterate.
    public private(set) var gradientNorms: [Double]
    /// The learning rate used by each update (after line search, when there is one).
    public private(set) var learningRates: [Double]
    /// Whether the run stopped early because an iterate, its loss or its gradient became
    /// non-finite or an iterate left the box.
    public private(set) var diverged = false
    /// The index k of the first bad iterate x_k, when ``diverged``.
    public private(set) var divergenceStep: Int?

    init(dimension: Int, capacity: Int) {
        self.dimension = dimension
        flatIterates = []
        flatIterates.reserveCapacity(dimension * capacity)
        losses = []
        losses.reserveCapacity(capacity)
        gradientNorms = []
        gradientNorms.reserveCapacity(capacity)
        learningRates = []
        learningRates.reserveCapacity(capacity)
    }

    /// The number of recorded iterates.
    public var iterateCount: Int { losses.count }

    /// The iterates as rows.
    public var iterates: [[Double]] {
        (0..<iterateCount).map { iterate($0) }
    }

    /// The k-th iterate.
    ///
    /// - Parameter k: An index in `0..<iterateCount`.
    /// - Returns: x_k.
    public func iterate(_ k: Int) -> [Double] {
        Array(flatIterates[(k * dimension)..<((k + 1) * dimension)])
    }

    /// The last recorded iterate; `nil` only when even the start was non-finite (or its loss was).
    public var final: [Double]? { iterateCount == 0 ? nil : iterate(iterateCount - 1) }

    /// The loss at the last recorded iterate; `nil` when nothing was recorded.
    public var finalLoss: Double? { losses.last }

    mutating func append(_ x: [Double], loss: Double, gradientNorm: Double) {
        flatIterates.append(contentsOf: x)
        losses.append(loss)
        gradientNorms.append(gradientNorm)
    }

    mutating func appendLearningRate(_ lr: Double) {
        learningRates.append(lr)
    }

    mutating func markDiverged(at step: Int) {
        diverged = true
        divergenceStep = step
        if learningRates.count >= iterateCount, !learningRates.isEmpty { learningRates.removeLast() }
    }
}
