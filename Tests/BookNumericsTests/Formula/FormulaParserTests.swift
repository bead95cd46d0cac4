import Testing

@testable import BookNumerics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite struct FormulaParserTests {
    @Test(arguments: [
        ("2 + 3*4", 14.0),
        ("(2 + 3)*4", 20.0),
        ("2^3^2", 512.0),
        ("-x^2", -9.0),
        ("(-x)^2", 9.0),
        ("-2^2", -4.0),
        ("2^-1", 0.5),
        ("10/2/5", 1.0),
        ("8 - 3 - 2", 3.0),
        ("1e-3*1000", 1.0),
        (".5*x", 1.5),
        ("2.5E+1", 25.0),
        ("x**2", 9.0),
        ("2·x − 1", 5.0),
        ("+x - -x", 6.0),
        ("x^0.5^2", pow(3, 0.25)),
    ])
    func precedenceAndAssociativity(source: String, expected: Double) throws {
        let formula = try Formula(source, dimension: 1)
        #expect(isClose(formula.value(at: [3]), expected), "\(source)")
    }

    @Test func constantsAreFloat64Values() throws {
        #expect(try Formula("pi", dimension: 1).value(at: [0]) == Double.pi)
        #expect(try Formula("e", dimension: 1).value(at: [0]) == exp(1.0))
        #expect(try Formula("2*pi*x", dimension: 1).value(at: [1]) == 2 * Double.pi)
    }

    static let functionCases: [(String, Double)] = [
        ("sin(x)", sin(0.7)), ("cos(x)", cos(0.7)), ("tan(x)", tan(0.7)), ("exp(x)", exp(0.7)),
        ("log(x)", log(0.7)), ("sqrt(x)", sqrt(0.7)), ("abs(-x)", 0.7), ("tanh(x)", tanh(0.7)),
        ("sigmoid(x)", 1 / (1 + exp(-0.7))), ("min(x, 0.2)", 0.2), ("max(x, 0.2)", 0.7), ("min(x, y)", 0.7),
        ("max(x, y)", 2.0),
    ]

    @Test(arguments: functionCases)
    func everyFunction(source: String, expected: Double) throws {
        let formula = try Formula(source, dimension: 2)
        #expect(isClose(formula.value(at: [0.7, 2]), expected), "\(source)")
    }

    @Test func dimensionIsInferredFromTheHighestVariable() throws {
        #expect(try Formula("x^2").dimension == 1)
        #expect(try Formula("0.5*(x^2 + 2*y^2)").dimension == 2)
        #expect(try Formula("y^2").dimension == 2)
        #expect(try Formula("x + y + z").dimension == 3)
        #expect(try Formula("3").dimension == 1)
    }

    @Test func constantSubExpressionsAreFoldedWhenCompiling() throws {
        #expect(try Formula("2*pi*x").tape == [.constant(2 * Double.pi), .variable(0), .multiply(0, 1)])
        #expect(try Formula("x^(1+1)").tape == [.variable(0), .integerPower(0, 2)])
        #expect(try Formula("x^(1/2)").tape == [.variable(0), .constantPower(0, 0.5)])
        #expect(try Formula("2^x").tape == [.constant(2), .variable(0), .power(0, 1)])
        #expect(try Formula("sqrt(4) + max(1, 3)").value(at: [0]) == 5)
    }

    @Test func integerPowersAreExactProducts() throws {
        let x = 1.1
        #expect(try Formula("x^2").value(at: [x]) == x * x)
        #expect(try Formula("x^4").value(at: [x]) == (x * x) * (x * x))
        #expect(try Formula("x^-2").value(at: [x]) == 1 / (x * x))
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        let source: String
        let dimension: Int?
        let column: Int
        let reason: FormulaError.Reason
        let messagePart: String
        var testDescription: String { source }
    }

    @Test(arguments: [
        ErrorCase(
            source: "sine(x)", dimension: nil, column: 1, reason: .unknownFunction("sine", suggestion: "sin"),
            messagePart: "unknown function 'sine' — did you mean 'sin'?"),
        ErrorCase(
            source: "x + q", dimension: nil, column: 5,
            reason: .unknownVariable("q", suggestion: nil, variables: ["x", "y", "z"]),
            messagePart: "unknown variable 'q'"),
        ErrorCase(
            source: "x^2 + y", dimension: 1, column: 7,
            reason: .unknownVariable("y", suggestion: nil, variables: ["x"]),
            messagePart: "the variables are x"),
        ErrorCase(
            source: "x + pii", dimension: nil, column: 5,
            reason: .unknownVariable("pii", suggestion: "pi", variables: ["x", "y", "z"]),
            messagePart: "did you mean 'pi'?"),
        ErrorCase(
            source: "sinx + 1", dimension: nil, column: 1,
            reason: .unknownVariable("sinx", suggestion: "sin(x)", variables: ["x", "y", "z"]),
            messagePart: "did you mean 'sin(x)'?"),
        ErrorCase(
            source: "2*xy", dimension: nil, column: 3,
            reason: .unknownVariable("xy", suggestion: "x*y", variables: ["x", "y", "z"]),
            messagePart: "did you mean 'x*y'?"),
        ErrorCase(
            source: "(x + 1", dimension: nil, column: 7,
            reason: .expected("')' to close the '(' at column 1", found: "end of formula"), messagePart: "expected ')'"),
        ErrorCase(
            source: "sin(x", dimension: nil, column: 6,
            reason: .expected("')' to close the '(' at column 4", found: "end of formula"), messagePart: "expected ')'"),
        ErrorCase(
            source: "x +", dimension: nil, column: 4, reason: .unexpectedEnd, messagePart: "unexpected end of formula"),
        ErrorCase(
            source: "2x", dimension: nil, column: 2, reason: .missingOperator(before: "2", after: "x"),
            messagePart: "did you mean '2*x'?"),
        ErrorCase(
            source: "x # 2", dimension: nil, column: 3, reason: .unexpectedCharacter("#"),
            messagePart: "unexpected character '#'"),
        ErrorCase(
            source: "min(x)", dimension: nil, column: 1,
            reason: .wrongArgumentCount(function: "min", expected: 2, found: 1),
            messagePart: "takes 2 arguments"),
        ErrorCase(
            source: "sin(x, y)", dimension: nil, column: 1,
            reason: .wrongArgumentCount(function: "sin", expected: 1, found: 2),
            messagePart: "takes 1 argument"),
        ErrorCase(
            source: "sin x", dimension: nil, column: 5, reason: .missingArguments(function: "sin"),
            messagePart: "expected '('"),
        ErrorCase(
            source: "x(2)", dimension: nil, column: 1, reason: .notAFunction("x"), messagePart: "is not a function"),
        ErrorCase(source: "   ", dimension: nil, column: 1, reason: .empty, messagePart: "empty formula"),
        ErrorCase(
            source: "1.2.3", dimension: nil, column: 1, reason: .invalidNumber("1.2.3"), messagePart: "invalid number"),
        ErrorCase(
            source: "x + 1)", dimension: nil, column: 6,
            reason: .expected("an operator or the end of the formula (this ')' has no matching '(')", found: "')'"),
            messagePart: "no matching '('"),
        ErrorCase(
            source: "x·y + ü", dimension: nil, column: 7,
            reason: .unknownVariable("ü", suggestion: nil, variables: ["x", "y", "z"]),
            messagePart: "unknown variable 'ü'"),
        ErrorCase(
            source: "x * * y", dimension: nil, column: 5,
            reason: .expected("a number, a variable, a function or '('", found: "'*'"), messagePart: "expected a number"
        ),
    ])
    func errorsCarryColumnReasonAndSuggestion(_ errorCase: ErrorCase) {
        do {
            _ = try Formula(errorCase.source, dimension: errorCase.dimension)
            Issue.record("'\(errorCase.source)' parsed but should not")
        } catch {
            #expect(error.column == errorCase.column)
            #expect(error.reason == errorCase.reason)
            #expect(error.message.contains(errorCase.messagePart), "\(error.message)")
            #expect(error.description.hasPrefix("column \(errorCase.column): "))
        }
    }

    @Test func didYouMeanNeedsAPlausibleTypo() {
        #expect(DidYouMean.suggestion(for: "sine", among: ["sin", "cos"]) == "sin")
        #expect(DidYouMean.suggestion(for: "adamm", among: ["adam", "adamw"]) == "adam")
        #expect(DidYouMean.suggestion(for: "q", among: ["x", "y"]) == nil)
        #expect(DidYouMean.suggestion(for: "banana", among: ["sin", "cos"]) == nil)
    }
}
