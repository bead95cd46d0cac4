/// Where an adaptive method adds ε: under the square root, g/√(s + ε) (optax's default), or
/// after it, g/(√s + ε) (torch's and most textbooks').
public enum EpsilonPlacement: String, Sendable, Equatable, CaseIterable {
    /// g/√(s + ε).
    case insideSqrt = "inside_sqrt"
    /// g/(√s + ε).
    case outsideSqrt = "outside_sqrt"
}
