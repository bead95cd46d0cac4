/// The same optimizer run from several starts, and the best final point among them.
public struct MultiStart: Sendable {
    /// One trajectory per start, in the order of the starts.
    public let trajectories: [Trajectory]
    /// The final iterate of each run (the last finite one for a diverged run; `nil` if even
    /// its start was invalid).
    public let finals: [[Double]?]
    /// f at each final iterate.
    public let finalValues: [Double?]
    /// The index of the run whose final value is smallest among runs that did **not** diverge
    /// (the first on exact ties); `nil` when every run diverged.
    public let bestIndex: Int?

    /// Runs `optimizer` from every start.
    ///
    /// - Parameters:
    ///   - optimizer: The optimizer (the reference cases use plain gd).
    ///   - objective: The function to minimise.
    ///   - starts: The starting points, each with `objective.dimension` coordinates.
    ///   - steps: Updates per run.
    ///   - divergenceBound: The box of each run (see ``Optimizer/run(on:from:steps:divergenceBound:)``).
    /// - Throws: ``OptimizationError`` when a start has the wrong dimension or steps is out of range.
    public init(
        optimizer: Optimizer, objective: Objective, starts: [[Double]], steps: Int,
        divergenceBound: Double = Optimizer.defaultDivergenceBound
    ) throws(OptimizationError) {
        var trajectories: [Trajectory] = []
        for start in starts {
            trajectories.append(
                try optimizer.run(on: objective, from: start, steps: steps, divergenceBound: divergenceBound))
        }
        self.trajectories = trajectories
        finals = trajectories.map(\.final)
        finalValues = trajectories.map(\.finalLoss)
        var best: Int?
        for (i, trajectory) in trajectories.enumerated() where !trajectory.diverged {
            guard let value = trajectory.finalLoss else { continue }
            if let current = best, let currentValue = trajectories[current].finalLoss, !(value < currentValue) {
                continue
            }
            best = i
        }
        bestIndex = best
    }

    /// The best final iterate, or `nil` when every run diverged.
    public var bestX: [Double]? { bestIndex.flatMap { finals[$0] } }
    /// f at the best final iterate, or `nil` when every run diverged.
    public var bestValue: Double? { bestIndex.flatMap { finalValues[$0] } }
}
