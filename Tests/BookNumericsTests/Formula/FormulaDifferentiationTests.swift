import Testing

@testable import BookNumerics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite struct FormulaDifferentiationTests {
    /// The textbook first and second derivatives of each one-variable formula at a.
    static func textbook(_ source: String, _ a: Double) -> (Double, Double) {
        switch source {
        case "sin(x)": return (cos(a), -sin(a))
        case "cos(x)": return (-sin(a), -cos(a))
        case "tan(x)": return (1 / (cos(a) * cos(a)), 2 * tan(a) / (cos(a) * cos(a)))
        case "exp(x)": return (exp(a), exp(a))
        case "log(x)": return (1 / a, -1 / (a * a))
        case "sqrt(x)": return (0.5 / sqrt(a), -0.25 / (a * sqrt(a)))
        case "abs(x)": return (1, 0)
        case "tanh(x)":
            let t = tanh(a)
            return (1 - t * t, -2 * t * (1 - t * t))
        case "sigmoid(x)":
            let s = 1 / (1 + exp(-a))
            return (s * (1 - s), s * (1 - s) * (1 - 2 * s))
        case "x^3": return (3 * a * a, 6 * a)
        case "x^2.5": return (2.5 * pow(a, 1.5), 3.75 * pow(a, 0.5))
        case "2^x": return (log(2) * pow(2, a), log(2) * log(2) * pow(2, a))
        case "x^x":
            let l = log(a) + 1
            return (pow(a, a) * l, pow(a, a) * (l * l + 1 / a))
        case "1/x": return (-1 / (a * a), 2 / (a * a * a))
        default: return (.nan, .nan)
        }
    }

    /// Each function's derivative by reverse mode and its second derivative by hyper-dual
    /// forward mode, against the textbook derivatives.
    @Test(arguments: [
        "sin(x)", "cos(x)", "tan(x)", "exp(x)", "log(x)", "sqrt(x)", "abs(x)", "tanh(x)", "sigmoid(x)", "x^3", "x^2.5",
        "2^x", "x^x", "1/x",
    ])
    func everyFunctionDifferentiates(source: String) throws {
        let formula = try Formula(source, dimension: 1)
        for a in [0.3, 0.9, 1.7] {
            let (first, second) = Self.textbook(source, a)
            #expect(isClose(formula.gradient(at: [a])[0], first, relative: 1e-13), "\(source) at \(a)")
            #expect(isClose(formula.hessian(at: [a])[0][0], second, relative: 1e-12), "\(source)'' at \(a)")
        }
    }

    @Test func reverseModeMatchesHandDerivedGradientInTwoVariables() throws {
        let formula = try Formula("x^2*y + sin(x*y) - exp(y)/x + min(x, y) + max(x*x, 1)")
        for (x, y) in [(0.4, 1.3), (1.7, -0.2), (-2.1, 0.8)] {
            var gradient = [0.0, 0.0]
            let value = formula.valueAndGradient(at: [x, y], into: &gradient)
            let smooth: Double = x * x * y + sin(x * y) - exp(y) / x
            let kinks: Double = min(x, y) + max(x * x, 1)
            #expect(isClose(value, smooth + kinks, relative: 1e-14))
            let minX: Double = x <= y ? 1 : 0
            let maxX: Double = x * x > 1 ? 2 * x : 0
            let minY: Double = y < x ? 1 : 0
            let dx: Double = 2 * x * y + y * cos(x * y) + exp(y) / (x * x) + minX + maxX
            let dy: Double = x * x + x * cos(x * y) - exp(y) / x + minY
            #expect(isClose(gradient, [dx, dy], relative: 1e-13))
        }
    }

    @Test func hessianOfAQuadraticAndItsLipschitzConstant() throws {
        let bowl = Objective(try Formula("0.5*(x^2 + 2*y^2)"))
        #expect(bowl.hessian(at: [2.5, 2.5]) == [[1, 0], [0, 2]])
        #expect(bowl.gradientLipschitzConstant(at: [0, 0]) == 2)
        #expect(bowl.criticalStepSize(at: [0, 0]) == 1)

        let coupled = Objective(try Formula("3*x^2 + 2*x*y + y^2"))
        let hessian = coupled.hessian(at: [0.3, -1])
        #expect(hessian == [[6, 2], [2, 2]])
        #expect(isClose(coupled.gradientLipschitzConstant(at: [0, 0]), 4 + 8.0.squareRoot(), relative: 1e-15))
    }

    @Test func hessianIsSymmetricAndMatchesGradientDifferences() throws {
        let formula = try Formula("x^2*y*z + sin(x*z) + y^3/z")
        let point = [0.7, -1.2, 1.9]
        let hessian = formula.hessian(at: point)
        let h = 1e-5
        for j in 0..<3 {
            var plus = point
            var minus = point
            plus[j] += h
            minus[j] -= h
            let gPlus = formula.gradient(at: plus)
            let gMinus = formula.gradient(at: minus)
            for i in 0..<3 {
                #expect(hessian[i][j] == hessian[j][i])
                #expect(isClose(hessian[i][j], (gPlus[i] - gMinus[i]) / (2 * h), relative: 1e-7, absolute: 1e-8))
            }
        }
    }

    @Test func domainErrorsAreNonFiniteNotCrashes() throws {
        let formula = try Formula("log(x) + sqrt(x)", dimension: 1)
        #expect(formula.value(at: [-1]).isNaN)
        #expect(!formula.gradient(at: [0])[0].isFinite)
    }
}
