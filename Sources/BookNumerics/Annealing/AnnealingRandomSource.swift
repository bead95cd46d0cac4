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
