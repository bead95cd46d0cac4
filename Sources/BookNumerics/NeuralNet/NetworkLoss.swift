/// The training loss of a network, averaged over the rows of a batch.
///
/// - `binaryCrossEntropy`: L = −(1/m)·Σᵢ Σⱼ [y log p + (1−y) log(1−p)], no clipping (a p of
///   exactly 0 or 1 against the wrong label gives +∞, reported as divergence). Terms whose
///   coefficient y or 1−y is 0 are skipped, so a correct p = 1 costs 0 rather than NaN.
/// - `meanSquaredError`: L = (1/(m·k))·Σᵢ Σⱼ (pᵢⱼ − yᵢⱼ)², the mean over all m·k outputs
///   (torch's `MSELoss`).
public enum NetworkLoss: String, Sendable, Equatable, CaseIterable {
    /// Binary cross-entropy (targets in [0, 1], outputs in (0, 1)).
    case binaryCrossEntropy = "binary_cross_entropy"
    /// Mean squared error over all outputs.
    case meanSquaredError = "mse"

    /// The loss term of one output and its derivative with respect to p, before averaging.
    @inline(__always)
    func term(p: Double, y: Double) -> (value: Double, derivative: Double) {
        switch self {
        case .binaryCrossEntropy:
            var value = 0.0
            var derivative = 0.0
            if y != 0 {
                value -= y * Elementary.log(p)
                derivative -= y / p
            }
            if y != 1 {
                value -= (1 - y) * Elementary.log(1 - p)
                derivative += (1 - y) / (1 - p)
            }
            return (value, derivative)
        case .meanSquaredError:
            let difference = p - y
            return (difference * difference, 2 * difference)
        }
    }
}
