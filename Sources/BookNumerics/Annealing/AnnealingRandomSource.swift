/// The random draws of simulated annealing, pluggable so that a run can be seeded or replayed
/// from given streams.
public protocol AnnealingRandomSource {
    /// Writes the next proposal displacement into `step` (`dimension` values).
    ///
    /// - Parameters:
    ///   - step: Receives the displacement; has `dimension` entries.
    ///   - index: The step index k (0-based).
    /// - Returns: `false` when the source is exhausted.
    mutating func nextProposal(into step: inout [Double], index: Int) -> Bool

    /// The next uniform number in [0, 1) for the acceptance test.
    ///
    /// - Parameter index: The step index k.
    /// - Returns: The number, or `nil` when the source is exhausted.
    mutating func nextUniform(index: Int) -> Double?
}

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

/// Given streams of proposals and uniforms, replayed in order (as the reference cases provide).
public struct InjectedProposals: AnnealingRandomSource, Sendable {
    /// Row k is the displacement of step k.
    public let proposals: [[Double]]
    /// Entry k is the acceptance uniform of step k.
    public let uniforms: [Double]

    /// Creates a replay source.
    ///
    /// - Parameters:
    ///   - proposals: steps × dimension displacements.
    ///   - uniforms: steps numbers in [0, 1).
    public init(proposals: [[Double]], uniforms: [Double]) {
        self.proposals = proposals
        self.uniforms = uniforms
    }

    /// Copies row `index` of ``proposals``.
    ///
    /// - Parameters:
    ///   - step: Receives the displacement.
    ///   - index: The step index.
    /// - Returns: `false` when the row is missing or has the wrong width.
    public mutating func nextProposal(into step: inout [Double], index: Int) -> Bool {
        guard index < proposals.count, proposals[index].count == step.count else { return false }
        for i in 0..<step.count { step[i] = proposals[index][i] }
        return true
    }

    /// Entry `index` of ``uniforms``.
    ///
    /// - Parameter index: The step index.
    /// - Returns: The number, or `nil` past the end.
    public mutating func nextUniform(index: Int) -> Double? {
        index < uniforms.count ? uniforms[index] : nil
    }
}
