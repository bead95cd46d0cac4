import Testing

@testable import BookNumerics

@Suite struct BuiltinObjectiveTests {
    static let builtins: [BuiltinObjective] = [
        .quadratic(c: [1, 2]), .quadratic(c: [2]), .quadratic(c: [1, 3, 0.5, 2]), .rosenbrock(a: 1, b: 100),
        .rosenbrock(a: 2, b: 10), .sineBowl(c: [10, 5]), .sineBowl(c: [3]), .quarticSine, .beale, .himmelblau,
        .rastrigin(a: 10, dimension: 2), .rastrigin(a: 5, dimension: 4), .booth,
    ]

    static func points(_ dimension: Int) -> [[Double]] {
        [[-1.5, 2.0, 0.3, -0.7], [0.3, -0.7, 1.1, 2.2], [2.2, 1.3, -0.4, 0.9], [4.0, 3.0, -2.5, 0.1]].map {
            Array($0.prefix(dimension))
        }
    }

    /// Automatic differentiation (hyper-dual numbers through the generic formula) agrees with the
    /// hand-derived gradient for every built-in.
    @Test(arguments: builtins)
    func automaticGradientMatchesHandDerived(_ builtin: BuiltinObjective) {
        let n = builtin.dimension
        for point in Self.points(n) {
            var hand = [Double](repeating: 0, count: n)
            let value = builtin.valueAndGradient(at: point, into: &hand)
            #expect(isClose(value, builtin.value(at: point), relative: 1e-14))
            for i in 0..<n {
                let seeded = (0..<n).map { k in HyperDual(point[k], k == i ? 1 : 0, 0, 0) }
                let automatic = builtin.formula(seeded)
                #expect(
                    isClose(automatic.e1, hand[i], relative: 1e-12, absolute: 1e-12),
                    "\(builtin.name) ∂\(i) at \(point)")
                #expect(isClose(automatic.value, value, relative: 1e-14))
            }
        }
    }

    /// The built-in's formula text, parsed and differentiated by reverse mode, agrees with the
    /// hand-derived value and gradient.
    @Test(arguments: builtins.filter { $0.dimension <= 3 })
    func formulaTextParsesToTheSameFunction(_ builtin: BuiltinObjective) throws {
        let text = try #require(builtin.formulaText)
        let formula = try Formula(text, dimension: builtin.dimension)
        for point in Self.points(builtin.dimension) {
            var hand = [Double](repeating: 0, count: builtin.dimension)
            let value = builtin.valueAndGradient(at: point, into: &hand)
            #expect(isClose(formula.value(at: point), value, relative: 1e-13), "\(text)")
            #expect(isClose(formula.gradient(at: point), hand, relative: 1e-12, absolute: 1e-12), "\(text)")
        }
    }

    @Test func hessianOfBuiltinsByHyperDualNumbers() {
        let rosenbrock = Objective(.rosenbrock(a: 1, b: 100))
        let (x, y) = (-1.5, 2.0)
        let expected = [[2 - 400 * (y - x * x) + 800 * x * x, -400 * x], [-400 * x, 200]]
        #expect(isClose(rosenbrock.hessian(at: [x, y]), expected, relative: 1e-14))
        let quadratic = Objective(.quadratic(c: [1, 3, 0.5, 2]), l2: 0.5)
        #expect(quadratic.gradientLipschitzConstant(at: [0, 0, 0, 0]) == 3.5)
    }

    @Test func l2TermAddsToValueGradientAndHessian() {
        let plain = Objective(.sineBowl(c: [10, 5]))
        let regularised = Objective(.sineBowl(c: [10, 5]), l2: 1)
        let point = [4.0, 3.0]
        #expect(isClose(regularised.value(at: point), plain.value(at: point) + 0.5 * 25, relative: 1e-15))
        #expect(
            isClose(
                regularised.gradient(at: point), zip(plain.gradient(at: point), point).map { $0 + $1 }, relative: 1e-15)
        )
        #expect(isClose(regularised.hessian(at: point)[1][1], plain.hessian(at: point)[1][1] + 1, relative: 1e-15))
    }

    @Test func namesAndParameters() throws {
        #expect(try BuiltinObjective(name: "rosenbrock") == .rosenbrock(a: 1, b: 100))
        #expect(try BuiltinObjective(name: "quadratic", parameters: ["c": .vector([2])]) == .quadratic(c: [2]))
        #expect(try BuiltinObjective(name: "rastrigin", parameters: ["n": .number(3)]).dimension == 3)
        #expect(
            throws: ParameterError.unknownName(
                kind: "objective", name: "rosenbrok", suggestion: "rosenbrock", valid: BuiltinObjective.names)
        ) {
            try BuiltinObjective(name: "rosenbrok")
        }
        #expect(
            throws: ParameterError.unknownKey(
                component: "objective 'rosenbrock'", key: "aa", suggestion: "a", valid: ["a", "b"])
        ) {
            try BuiltinObjective(name: "rosenbrock", parameters: ["aa": .number(1)])
        }
        #expect(
            throws: ParameterError.wrongType(
                component: "objective 'quadratic'", key: "c", expected: "a list of numbers", found: "a word")
        ) {
            try BuiltinObjective(name: "quadratic", parameters: ["c": .text("two")])
        }
        #expect(try Objective.resolve("beale").label == "beale")
        #expect(try Objective.resolve("x^2 + y").dimension == 2)
        #expect(throws: FormulaError.self) { try Objective.resolve("sine(x)") }
    }

    @Test func shortPointsReadMissingCoordinatesAsZero() {
        let rosenbrock = Objective(.rosenbrock(a: 1, b: 100))
        #expect(rosenbrock.value(at: [0.5]) == rosenbrock.value(at: [0.5, 0]))
        #expect(rosenbrock.gradient(at: [0.5]) == rosenbrock.gradient(at: [0.5, 0]))
        #expect(rosenbrock.hessian(at: []) == rosenbrock.hessian(at: [0, 0]))
    }
}
