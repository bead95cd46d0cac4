/// The one-argument functions a formula may call, with their first and second derivatives
/// (used by both differentiation modes).
///
/// Edge cases: `abs′(0) = 0` and `abs″ = 0` (the subgradient 0 is chosen at the kink);
/// `sqrt′(0) = +∞` and `log′(0) = +∞`, so a run reaching them is reported as diverged rather
/// than silently continuing. `sigmoid(z) = 1/(1+e^(−z))`.
public enum ElementaryFunction: String, CaseIterable, Sendable {
    /// sine (radians).
    case sin
    /// cosine (radians).
    case cos
    /// tangent (radians); ±∞ near odd multiples of π/2.
    case tan
    /// eˣ; +∞ above about 709.78.
    case exp
    /// Natural logarithm; NaN for negative arguments, −∞ at 0.
    case log
    /// Square root; NaN for negative arguments.
    case sqrt
    /// Absolute value.
    case abs
    /// Hyperbolic tangent.
    case tanh
    /// The logistic function 1/(1 + e^(−z)).
    case sigmoid

    /// f(a).
    ///
    /// - Parameter a: The argument.
    /// - Returns: The function value (NaN outside the domain, e.g. `log(-1)`).
    @inline(__always)
    public func callAsFunction(_ a: Double) -> Double {
        switch self {
        case .sin: Elementary.sin(a)
        case .cos: Elementary.cos(a)
        case .tan: Elementary.tan(a)
        case .exp: Elementary.exp(a)
        case .log: Elementary.log(a)
        case .sqrt: a.squareRoot()
        case .abs: Swift.abs(a)
        case .tanh: Elementary.tanh(a)
        case .sigmoid: 1 / (1 + Elementary.exp(-a))
        }
    }

    /// f′(a) given the already computed value v = f(a) (several derivatives reuse it).
    @inline(__always)
    func firstDerivative(at a: Double, value v: Double) -> Double {
        switch self {
        case .sin: Elementary.cos(a)
        case .cos: -Elementary.sin(a)
        case .tan: 1 + v * v
        case .exp: v
        case .log: 1 / a
        case .sqrt: 0.5 / v
        case .abs: a > 0 ? 1 : (a < 0 ? -1 : 0)
        case .tanh: 1 - v * v
        case .sigmoid: v * (1 - v)
        }
    }

    /// (f, f′, f″) at a.
    func derivatives(at a: Double) -> (Double, Double, Double) {
        let v = self(a)
        let d1 = firstDerivative(at: a, value: v)
        let d2: Double
        switch self {
        case .sin: d2 = -v
        case .cos: d2 = -v
        case .tan: d2 = 2 * v * d1
        case .exp: d2 = v
        case .log: d2 = -1 / (a * a)
        case .sqrt: d2 = -0.25 / (v * v * v)
        case .abs: d2 = 0
        case .tanh: d2 = -2 * v * d1
        case .sigmoid: d2 = d1 * (1 - 2 * v)
        }
        return (v, d1, d2)
    }
}
