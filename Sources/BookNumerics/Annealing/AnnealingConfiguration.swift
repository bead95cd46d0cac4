/// Simulated-annealing settings as an author writes them (`optimizer: annealing`), with
/// validation and defaults, and a seeded run.
///
/// Keys and defaults (there is no library default to follow; these are **our choices**, picked
/// for the book's 2-D test functions): `T0` = 1, `cooling` = 0.95, `proposal_scale` = 0.5,
/// `seed` = 0.
public struct AnnealingConfiguration: Sendable, Equatable {
    /// T₀ > 0.
    public var initialTemperature: Double
    /// The geometric cooling factor, in (0, 1].
    public var cooling: Double
    /// The standard deviation of each Gaussian proposal coordinate, > 0.
    public var proposalScale: Double
    /// The seed of the ``SeededGenerator`` drawing proposals and uniforms.
    public var seed: UInt64

    /// The keys an author may give.
    public static let keys = ["T0", "cooling", "proposal_scale", "seed"]

    /// Creates settings from an author's parameters.
    ///
    /// - Parameter parameters: Any of ``keys``.
    /// - Throws: ``ParameterError`` for an unknown key (with a did-you-mean), a wrong type, or a
    ///   value out of range (T₀ ≤ 0, cooling outside (0, 1], proposal_scale ≤ 0, negative seed).
    public init(parameters: [String: ParameterValue]) throws(ParameterError) {
        let p = try ParameterReader(parameters, component: "optimizer 'annealing'", known: Self.keys)
        initialTemperature = try p.number("T0", default: 1)
        try p.require("T0", initialTemperature, "a finite number > 0") { $0 > 0 }
        cooling = try p.number("cooling", default: 0.95)
        try p.require("cooling", cooling, "in (0, 1]") { $0 > 0 && $0 <= 1 }
        proposalScale = try p.number("proposal_scale", default: 0.5)
        try p.require("proposal_scale", proposalScale, "a finite number > 0") { $0 > 0 }
        let seedValue = try p.integer("seed", default: 0)
        try p.require("seed", Double(seedValue), "a whole number ≥ 0") { $0 >= 0 }
        seed = UInt64(seedValue)
    }

    /// Runs seeded annealing (``SeededProposals``) with these settings.
    ///
    /// - Parameters:
    ///   - objective: The function to minimise.
    ///   - start: x₀.
    ///   - steps: The number of proposals.
    /// - Returns: The run.
    /// - Throws: ``OptimizationError`` for a start of the wrong dimension or a bad step count.
    public func run(on objective: Objective, from start: [Double], steps: Int) throws(OptimizationError)
        -> SimulatedAnnealing
    {
        var source = SeededProposals(seed: seed, scale: proposalScale)
        return try SimulatedAnnealing(
            objective: objective, start: start, initialTemperature: initialTemperature, cooling: cooling, steps: steps,
            source: &source)
    }
}
