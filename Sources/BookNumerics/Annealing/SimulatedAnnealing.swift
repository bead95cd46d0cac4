/// Classic simulated annealing with Metropolis acceptance and geometric cooling.
///
/// The loop, for k = 0 … steps−1 (the reference loop exactly):
/// ```
/// y = x_k + proposal_k
/// Δ = f(y) − f(x_k)
/// accept iff Δ ≤ 0 or u_k < exp(−Δ / T_k)
/// x_{k+1} = accepted ? y : x_k
/// T_{k+1} = cooling · T_k            (repeated multiplication)
/// ```
/// The best point is the lowest f among x₀ … x_steps, the earliest on ties. A proposal whose f
/// is NaN is rejected (Δ is not ≤ 0 and the exponential test fails).
public struct SimulatedAnnealing: Sendable {
    /// x₀ … x_steps (the current state after each step).
    public let trajectory: [[Double]]
    /// f at each state of ``trajectory``.
    public let values: [Double]
    /// Whether step k accepted its proposal.
    public let accepted: [Bool]
    /// T₀ … T_{steps−1}, the temperature used by each step.
    public let temperatures: [Double]
    /// The index into ``trajectory`` of the best state.
    public let bestIndex: Int

    /// Runs the annealing loop.
    ///
    /// - Parameters:
    ///   - objective: The function to minimise.
    ///   - start: x₀.
    ///   - initialTemperature: T₀ > 0.
    ///   - cooling: The geometric factor, in (0, 1].
    ///   - steps: The number of proposals (0…``Optimizer/maximumSteps``).
    ///   - source: The random draws (seeded or injected).
    /// - Throws: ``OptimizationError`` for a start of the wrong dimension, bad T₀/cooling/steps,
    ///   or a source that runs out of draws.
    public init(
        objective: Objective, start: [Double], initialTemperature: Double, cooling: Double, steps: Int,
        source: inout some AnnealingRandomSource
    ) throws(OptimizationError) {
        let n = objective.dimension
        guard start.count == n else { throw .dimensionMismatch(what: "start", expected: n, found: start.count) }
        guard steps >= 0, steps <= Optimizer.maximumSteps else {
            throw .stepsOutOfRange(steps, limit: Optimizer.maximumSteps)
        }
        guard initialTemperature > 0, initialTemperature.isFinite else {
            throw .invalid("T0 = \(initialTemperature) is invalid: the initial temperature must be a finite number > 0")
        }
        guard cooling > 0, cooling <= 1 else {
            throw .invalid("cooling = \(cooling) is invalid: it must be in (0, 1]")
        }
        var x = start
        var fx = objective.value(at: x)
        var trajectory = [x]
        var values = [fx]
        var accepted: [Bool] = []
        var temperatures: [Double] = []
        trajectory.reserveCapacity(steps + 1)
        accepted.reserveCapacity(steps)
        var proposal = [Double](repeating: 0, count: n)
        var candidate = x
        var temperature = initialTemperature
        var best = 0
        for k in 0..<steps {
            guard source.nextProposal(into: &proposal, index: k) else {
                throw .invalid("the random source has no proposal of \(n) coordinates for step \(k)")
            }
            guard let u = source.nextUniform(index: k) else {
                throw .invalid("the random source has no uniform number for step \(k)")
            }
            for i in 0..<n { candidate[i] = x[i] + proposal[i] }
            let fy = objective.value(at: candidate)
            let delta = fy - fx
            let accept = delta <= 0 || u < Elementary.exp(-delta / temperature)
            temperatures.append(temperature)
            accepted.append(accept)
            if accept {
                x = candidate
                fx = fy
            }
            trajectory.append(x)
            values.append(fx)
            if fx < values[best] { best = k + 1 }
            temperature = cooling * temperature
        }
        self.trajectory = trajectory
        self.values = values
        self.accepted = accepted
        self.temperatures = temperatures
        self.bestIndex = best
    }

    /// The best state found.
    public var bestX: [Double] { trajectory[bestIndex] }
    /// f at the best state.
    public var bestValue: Double { values[bestIndex] }
}
