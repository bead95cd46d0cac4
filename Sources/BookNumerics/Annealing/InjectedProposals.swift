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
