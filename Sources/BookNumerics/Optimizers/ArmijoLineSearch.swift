/// Backtracking (Armijo) line search for gradient descent: start from the scheduled step lr(k)
/// and shrink it until the sufficient-decrease condition
/// f(x − t·g) ≤ f(x) − c·t·‖g‖² holds.
///
/// If no step passes within ``maximumShrinks`` shrinks, the last (smallest) step is taken.
public struct ArmijoLineSearch: Sendable, Equatable {
    /// The factor ρ ∈ (0, 1) applied to t after a failed trial (default 0.5).
    public var shrink: Double
    /// The sufficient-decrease constant c ∈ (0, 1) (default 1e-4, Nocedal & Wright's choice).
    public var sufficientDecrease: Double
    /// The maximum number of shrinks per update (default 50).
    public var maximumShrinks: Int

    /// Creates a line search.
    ///
    /// - Parameters:
    ///   - shrink: ρ, default 0.5.
    ///   - sufficientDecrease: c, default 1e-4.
    ///   - maximumShrinks: Default 50.
    public init(shrink: Double = 0.5, sufficientDecrease: Double = 1e-4, maximumShrinks: Int = 50) {
        self.shrink = shrink
        self.sufficientDecrease = sufficientDecrease
        self.maximumShrinks = maximumShrinks
    }
}
