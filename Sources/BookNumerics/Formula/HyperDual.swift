/// A hyper-dual number a + b·ε₁ + c·ε₂ + d·ε₁ε₂ with ε₁² = ε₂² = 0 (Fike & Alonso, 2011).
///
/// Seeding x = xᵢ + ε₁·eᵢ + ε₂·eⱼ and evaluating f gives f(x) in `value`, ∂f/∂xᵢ in `e1`,
/// ∂f/∂xⱼ in `e2` and ∂²f/∂xᵢ∂xⱼ in `e12`, all exact to rounding (no step size, unlike
/// finite differences). A Hessian of an n-variable function takes n(n+1)/2 evaluations.
public struct HyperDual: Sendable, Equatable {
    /// The real part f.
    public var value: Double
    /// The ε₁ part (first derivative along the first seed direction).
    public var e1: Double
    /// The ε₂ part (first derivative along the second seed direction).
    public var e2: Double
    /// The ε₁ε₂ part (mixed second derivative).
    public var e12: Double

    /// Creates a hyper-dual number from its four parts.
    ///
    /// - Parameters:
    ///   - value: The real part.
    ///   - e1: The ε₁ part.
    ///   - e2: The ε₂ part.
    ///   - e12: The ε₁ε₂ part.
    public init(_ value: Double, _ e1: Double = 0, _ e2: Double = 0, _ e12: Double = 0) {
        self.value = value
        self.e1 = e1
        self.e2 = e2
        self.e12 = e12
    }

    /// Applies a scalar function with derivatives (f, f′, f″) at the real part.
    @inline(__always)
    func chain(_ f: Double, _ d1: Double, _ d2: Double) -> HyperDual {
        // A zero part stays exactly 0 even when a derivative is ±∞ (e.g. sqrt′(0)), so that
        // directions that were not seeded never turn into NaN.
        @inline(__always) func scaled(_ d: Double, _ part: Double) -> Double { part == 0 ? 0 : d * part }
        let curvature = (e1 == 0 || e2 == 0) ? 0 : d2 * e1 * e2
        return HyperDual(f, scaled(d1, e1), scaled(d1, e2), scaled(d1, e12) + curvature)
    }
}
