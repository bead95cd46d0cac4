/// The named test functions of the book, with hand-derived gradients.
///
/// Formulas (the conventions of the reference cases):
/// - `quadratic {c}`: ½ Σ cᵢ xᵢ², any dimension (len c). 0.5(x²+2y²) is c = [1, 2]; x² is c = [2].
/// - `rosenbrock {a, b}`: (a−x)² + b(y−x²)². Defaults a = 1, b = 100.
/// - `sine_bowl {c}`: Σ (xᵢ² + cᵢ sin xᵢ). x²+10 sin x+y²+5 sin y is c = [10, 5].
/// - `quartic_sine`: x⁴ − 4x³ + 4x² + x² sin(2πx), 1-D.
/// - `beale`: (1.5−x+xy)² + (2.25−x+xy²)² + (2.625−x+xy³)².
/// - `himmelblau`: (x²+y−11)² + (x+y²−7)².
/// - `rastrigin {A, n}`: A·n + Σ (xᵢ² − A cos 2πxᵢ). Defaults A = 10, n = 2.
/// - `booth`: (x+2y−7)² + (2x+y−5)².
///
/// Powers are evaluated as products (x² = x·x), as jax's `integer_pow` does.
public enum BuiltinObjective: Sendable, Equatable {
    /// ½ Σ cᵢ xᵢ².
    case quadratic(c: [Double])
    /// (a−x)² + b(y−x²)².
    case rosenbrock(a: Double, b: Double)
    /// Σ (xᵢ² + cᵢ sin xᵢ).
    case sineBowl(c: [Double])
    /// x⁴ − 4x³ + 4x² + x² sin(2πx).
    case quarticSine
    /// (1.5−x+xy)² + (2.25−x+xy²)² + (2.625−x+xy³)².
    case beale
    /// (x²+y−11)² + (x+y²−7)².
    case himmelblau
    /// A·n + Σ (xᵢ² − A cos 2πxᵢ).
    case rastrigin(a: Double, dimension: Int)
    /// (x+2y−7)² + (2x+y−5)².
    case booth

    /// Every built-in name, as an author writes it.
    public static let names = [
        "quadratic", "rosenbrock", "sine_bowl", "quartic_sine", "beale", "himmelblau", "rastrigin", "booth",
    ]

    /// Creates a built-in objective from its name and parameters.
    ///
    /// Parameters and defaults: `quadratic` {`c`, default [1, 2]}, `rosenbrock` {`a` = 1,
    /// `b` = 100}, `sine_bowl` {`c`, default [10, 5]}, `rastrigin` {`A` = 10, `n` = 2}; the
    /// others take none.
    ///
    /// - Parameters:
    ///   - name: One of ``names``.
    ///   - parameters: The family's parameters; unknown keys are errors.
    /// - Throws: ``ParameterError`` naming the unknown name or key (with a did-you-mean), a
    ///   wrong type, or an empty coefficient list.
    public init(name: String, parameters: [String: ParameterValue] = [:]) throws(ParameterError) {
        let component = "objective '\(name)'"
        switch name {
        case "quadratic", "sine_bowl":
            let p = try ParameterReader(parameters, component: component, known: ["c"])
            let c = try p.vector("c", default: name == "quadratic" ? [1, 2] : [10, 5])
            guard !c.isEmpty, c.allSatisfy(\.isFinite) else {
                throw .outOfRange(
                    component: component, key: "c", value: c.first ?? .nan,
                    requirement: "a non-empty list of finite numbers")
            }
            self = name == "quadratic" ? .quadratic(c: c) : .sineBowl(c: c)
        case "rosenbrock":
            let p = try ParameterReader(parameters, component: component, known: ["a", "b"])
            self = .rosenbrock(a: try p.number("a", default: 1), b: try p.number("b", default: 100))
        case "rastrigin":
            let p = try ParameterReader(parameters, component: component, known: ["A", "n"])
            let n = try p.integer("n", default: 2)
            try p.require("n", Double(n), "at least 1") { $0 >= 1 }
            self = .rastrigin(a: try p.number("A", default: 10), dimension: n)
        case "quartic_sine", "beale", "himmelblau", "booth":
            _ = try ParameterReader(parameters, component: component, known: [])
            switch name {
            case "quartic_sine": self = .quarticSine
            case "beale": self = .beale
            case "himmelblau": self = .himmelblau
            default: self = .booth
            }
        default:
            throw .unknownName(
                kind: "objective", name: name, suggestion: DidYouMean.suggestion(for: name, among: Self.names),
                valid: Self.names)
        }
    }

    /// The author-facing name, e.g. `sine_bowl`.
    public var name: String {
        switch self {
        case .quadratic: "quadratic"
        case .rosenbrock: "rosenbrock"
        case .sineBowl: "sine_bowl"
        case .quarticSine: "quartic_sine"
        case .beale: "beale"
        case .himmelblau: "himmelblau"
        case .rastrigin: "rastrigin"
        case .booth: "booth"
        }
    }

    /// The number of coordinates.
    public var dimension: Int {
        switch self {
        case .quadratic(let c), .sineBowl(let c): c.count
        case .quarticSine: 1
        case .rosenbrock, .beale, .himmelblau, .booth: 2
        case .rastrigin(_, let n): n
        }
    }

    /// The function value f(x).
    ///
    /// - Parameter x: A point with ``dimension`` coordinates.
    /// - Returns: f(x).
    public func value(at x: [Double]) -> Double {
        formula(x)
    }

    /// The value and the hand-derived gradient.
    ///
    /// - Parameters:
    ///   - x: A point with ``dimension`` coordinates.
    ///   - g: Receives ∇f(x); must have ``dimension`` entries.
    /// - Returns: f(x).
    @inline(__always)
    public func valueAndGradient(at x: [Double], into g: inout [Double]) -> Double {
        switch self {
        case .quadratic(let c):
            var sum = 0.0
            for i in 0..<c.count {
                sum += c[i] * (x[i] * x[i])
                g[i] = c[i] * x[i]
            }
            return 0.5 * sum
        case .sineBowl(let c):
            var sum = 0.0
            for i in 0..<c.count {
                sum += x[i] * x[i] + c[i] * Elementary.sin(x[i])
                g[i] = 2 * x[i] + c[i] * Elementary.cos(x[i])
            }
            return sum
        case .rosenbrock(let a, let b):
            let u = a - x[0]
            let v = x[1] - x[0] * x[0]
            g[0] = -2 * u - 4 * b * x[0] * v
            g[1] = 2 * b * v
            return u * u + b * (v * v)
        case .quarticSine:
            let t = x[0]
            let t2 = t * t
            let angle = 2 * Double.pi * t
            let s = Elementary.sin(angle)
            g[0] = 4 * (t * t2) - 12 * t2 + 8 * t + 2 * t * s + 2 * Double.pi * t2 * Elementary.cos(angle)
            return t2 * t2 - 4 * (t * t2) + 4 * t2 + t2 * s
        case .beale:
            let (px, py) = (x[0], x[1])
            let y2 = py * py
            let y3 = py * y2
            let t1 = 1.5 - px + px * py
            let t2 = 2.25 - px + px * y2
            let t3 = 2.625 - px + px * y3
            g[0] = 2 * t1 * (py - 1) + 2 * t2 * (y2 - 1) + 2 * t3 * (y3 - 1)
            g[1] = 2 * t1 * px + 2 * t2 * (2 * px * py) + 2 * t3 * (3 * px * y2)
            return t1 * t1 + t2 * t2 + t3 * t3
        case .himmelblau:
            let u = x[0] * x[0] + x[1] - 11
            let v = x[0] + x[1] * x[1] - 7
            g[0] = 4 * x[0] * u + 2 * v
            g[1] = 2 * u + 4 * x[1] * v
            return u * u + v * v
        case .rastrigin(let a, let n):
            var sum = a * Double(n)
            for i in 0..<n {
                let angle = 2 * Double.pi * x[i]
                sum += x[i] * x[i] - a * Elementary.cos(angle)
                g[i] = 2 * x[i] + 2 * Double.pi * a * Elementary.sin(angle)
            }
            return sum
        case .booth:
            let u = x[0] + 2 * x[1] - 7
            let v = 2 * x[0] + x[1] - 5
            g[0] = 2 * u + 4 * v
            g[1] = 4 * u + 2 * v
            return u * u + v * v
        }
    }

    /// The formula written once for any scalar type: doubles give the value, hyper-dual numbers
    /// give exact first and second derivatives (automatic differentiation).
    func formula<T: DifferentiableScalar>(_ x: [T]) -> T {
        func c(_ value: Double) -> T { T(constant: value) }
        switch self {
        case .quadratic(let coefficients):
            var sum = c(0)
            for i in 0..<coefficients.count { sum = sum + c(coefficients[i]) * x[i].squared() }
            return c(0.5) * sum
        case .sineBowl(let coefficients):
            var sum = c(0)
            for i in 0..<coefficients.count { sum = sum + (x[i].squared() + c(coefficients[i]) * x[i].sin()) }
            return sum
        case .rosenbrock(let a, let b):
            return (c(a) - x[0]).squared() + c(b) * (x[1] - x[0].squared()).squared()
        case .quarticSine:
            let t = x[0]
            return t.integerPower(4) - c(4) * t.integerPower(3) + c(4) * t.squared()
                + t.squared() * (c(2 * Double.pi) * t).sin()
        case .beale:
            let (px, py) = (x[0], x[1])
            return (c(1.5) - px + px * py).squared() + (c(2.25) - px + px * py.squared()).squared()
                + (c(2.625) - px + px * py.integerPower(3)).squared()
        case .himmelblau:
            return (x[0].squared() + x[1] - c(11)).squared() + (x[0] + x[1].squared() - c(7)).squared()
        case .rastrigin(let a, let n):
            var sum = c(a * Double(n))
            for i in 0..<n { sum = sum + (x[i].squared() - c(a) * (c(2 * Double.pi) * x[i]).cos()) }
            return sum
        case .booth:
            return (x[0] + c(2) * x[1] - c(7)).squared() + (c(2) * x[0] + x[1] - c(5)).squared()
        }
    }

    /// The formula in the `Formula` syntax (variables x, y, z) when the dimension is at most 3,
    /// for display and for cross-checking the formula parser; `nil` above 3 coordinates.
    public var formulaText: String? {
        let names = ["x", "y", "z"]
        guard dimension <= 3 else { return nil }
        func number(_ value: Double) -> String {
            value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
        }
        switch self {
        case .quadratic(let c):
            return "0.5*(" + c.indices.map { "\(number(c[$0]))*\(names[$0])^2" }.joined(separator: " + ") + ")"
        case .sineBowl(let c):
            return c.indices.map { "\(names[$0])^2 + \(number(c[$0]))*sin(\(names[$0]))" }.joined(separator: " + ")
        case .rosenbrock(let a, let b):
            return "(\(number(a)) - x)^2 + \(number(b))*(y - x^2)^2"
        case .quarticSine:
            return "x^4 - 4*x^3 + 4*x^2 + x^2*sin(2*pi*x)"
        case .beale:
            return "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2"
        case .himmelblau:
            return "(x^2 + y - 11)^2 + (x + y^2 - 7)^2"
        case .rastrigin(let a, let n):
            return "\(number(a * Double(n))) + "
                + (0..<n).map { "(\(names[$0])^2 - \(number(a))*cos(2*pi*\(names[$0])))" }.joined(separator: " + ")
        case .booth:
            return "(x + 2*y - 7)^2 + (2*x + y - 5)^2"
        }
    }
}
