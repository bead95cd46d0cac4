/// The element-wise activation of a dense layer.
///
/// - `relu`: max(z, 0), with relu′(0) = 0.
/// - `sigmoid`: 1/(1 + e^(−z)), σ′ = σ(1 − σ).
/// - `tanh`: tanh z, tanh′ = 1 − tanh².
/// - `linear`: z, derivative 1.
public enum Activation: String, Sendable, Equatable, CaseIterable {
    /// max(z, 0).
    case relu
    /// 1/(1 + e^(−z)).
    case sigmoid
    /// tanh z.
    case tanh
    /// The identity.
    case linear

    /// a = act(z).
    ///
    /// - Parameter z: The pre-activation.
    /// - Returns: The activation.
    @inline(__always)
    public func callAsFunction(_ z: Double) -> Double {
        switch self {
        case .relu: z > 0 ? z : 0
        case .sigmoid: 1 / (1 + Elementary.exp(-z))
        case .tanh: Elementary.tanh(z)
        case .linear: z
        }
    }

    /// act′(z), given z and a = act(z).
    ///
    /// - Parameters:
    ///   - z: The pre-activation.
    ///   - a: The activation act(z).
    /// - Returns: The derivative (0 for relu at z = 0).
    @inline(__always)
    public func derivative(z: Double, a: Double) -> Double {
        switch self {
        case .relu: z > 0 ? 1 : 0
        case .sigmoid: a * (1 - a)
        case .tanh: 1 - a * a
        case .linear: 1
        }
    }
}
