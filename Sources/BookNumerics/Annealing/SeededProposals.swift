/// Gaussian proposals N(0, scale²) per coordinate and uniforms from a ``SeededGenerator``.
///
/// Order of draws per step: the `dimension` normals of the proposal (``SeededGenerator/nextNormal()``),
/// then one uniform (``SeededGenerator/nextUniform()``), drawn even when Δ ≤ 0 so that the
/// stream does not depend on the objective.
public struct SeededProposals: AnnealingRandomSource, Sendable {
    /// The generator (its state advances as the run draws).
    public var generator: SeededGenerator
    /// The standard deviation of each proposal coordinate (`proposal_scale`).
    public let scale: Double

    /// Creates a seeded source.
    ///
    /// - Parameters:
    ///   - seed: The generator seed.
    ///   - scale: The proposal standard deviation (> 0).
    public init(seed: UInt64, scale: Double) {
        generator = SeededGenerator(seed: seed)
        self.scale = scale
    }

    /// Draws `step.count` normals scaled by ``scale``.
    ///
    /// - Parameters:
    ///   - step: Receives the displacement.
    ///   - index: Unused (the generator's stream is sequential).
    /// - Returns: Always `true`.
    public mutating func nextProposal(into step: inout [Double], index: Int) -> Bool {
        for i in 0..<step.count { step[i] = scale * generator.nextNormal() }
        return true
    }

    /// Draws the next uniform from the generator.
    ///
    /// - Parameter index: Unused.
    /// - Returns: A value in [0, 1).
    public mutating func nextUniform(index: Int) -> Double? {
        generator.nextUniform()
    }
}
