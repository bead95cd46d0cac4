/// The record of training a parameter vector θ: θ₀ … θ_N, the full-data loss at each, and the
/// learning rate of each update. Every stored number is finite.
///
/// When training diverges (non-finite loss, gradient or parameters), recording stops at the last
/// finite state: ``diverged`` is `true` and ``divergenceStep`` is the index of the first bad state.
public struct ParameterHistory: Sendable, Equatable {
    /// θ_k for every recorded state (k = 0 is the initial parameters).
    public internal(set) var parameters: [[Double]] = []
    /// The loss on all rows at each recorded θ_k.
    public internal(set) var losses: [Double] = []
    /// The accuracy on all rows at each θ_k, for classifiers (empty for regression).
    public internal(set) var accuracies: [Double] = []
    /// The learning rate of each update made.
    public internal(set) var learningRates: [Double] = []
    /// Whether training stopped early on a non-finite value.
    public internal(set) var diverged = false
    /// The index of the first non-finite state, when ``diverged``.
    public internal(set) var divergenceStep: Int?

    /// The last recorded parameters.
    public var final: [Double] { parameters.last ?? [] }
}
