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

extension HyperDual: DifferentiableScalar {
    init(constant: Double) { self.init(constant) }

    static func + (a: HyperDual, b: HyperDual) -> HyperDual {
        HyperDual(a.value + b.value, a.e1 + b.e1, a.e2 + b.e2, a.e12 + b.e12)
    }

    static func - (a: HyperDual, b: HyperDual) -> HyperDual {
        HyperDual(a.value - b.value, a.e1 - b.e1, a.e2 - b.e2, a.e12 - b.e12)
    }

    static func * (a: HyperDual, b: HyperDual) -> HyperDual {
        HyperDual(
            a.value * b.value, a.value * b.e1 + a.e1 * b.value, a.value * b.e2 + a.e2 * b.value,
            a.value * b.e12 + a.e1 * b.e2 + a.e2 * b.e1 + a.e12 * b.value)
    }

    static func / (a: HyperDual, b: HyperDual) -> HyperDual {
        let inverse = 1 / b.value
        let reciprocal = b.chain(inverse, -inverse * inverse, 2 * inverse * inverse * inverse)
        var product = a * reciprocal
        product.value = a.value / b.value
        return product
    }

    static prefix func - (a: HyperDual) -> HyperDual {
        HyperDual(-a.value, -a.e1, -a.e2, -a.e12)
    }

    func applying(_ function: ElementaryFunction) -> HyperDual {
        let (f, d1, d2) = function.derivatives(at: value)
        return chain(f, d1, d2)
    }

    func integerPower(_ n: Int) -> HyperDual {
        switch n {
        case 0: return HyperDual(1)
        case 1: return self
        case 2: return self * self
        default:
            let a = value
            return chain(
                Instruction.integerPower(a, n), Double(n) * Instruction.integerPower(a, n - 1),
                Double(n * (n - 1)) * Instruction.integerPower(a, n - 2))
        }
    }

    func constantPower(_ p: Double) -> HyperDual {
        let a = value
        return chain(Elementary.pow(a, p), p * Elementary.pow(a, p - 1), p * (p - 1) * Elementary.pow(a, p - 2))
    }

    var real: Double { value }
}
