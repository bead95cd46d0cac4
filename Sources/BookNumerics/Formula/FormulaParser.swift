/// A recursive-descent parser for objective formulas.
///
/// Grammar (lowest precedence first):
/// ```
/// sum     := product (('+' | '-') product)*
/// product := unary (('*' | '/') unary)*
/// unary   := ('-' | '+') unary | power
/// power   := primary ('^' unary)?          // right-associative: 2^3^2 = 2^9
/// primary := number | constant | variable | function '(' sum (',' sum)* ')' | '(' sum ')'
/// ```
/// Unary minus binds looser than `^`, so `-x^2` is −(x²), and `2^-1` is 0.5.
struct FormulaParser {
    /// Every function name a formula may call, in the order shown in messages.
    static let functionNames = ElementaryFunction.allCases.map(\.rawValue) + ["min", "max"]
    static let constants: [String: Double] = ["pi": Double.pi, "e": 2.718281828459045]

    private let tokens: [Token]
    private let variables: [String]
    private var index = 0

    static func parse(_ source: String, variables: [String]) throws(FormulaError) -> FormulaNode {
        let tokens = try Tokenizer.tokenize(source)
        if tokens.count == 1 { throw FormulaError(column: 1, reason: .empty) }
        var parser = FormulaParser(tokens: tokens, variables: variables)
        let node = try parser.parseSum()
        let next = parser.current
        switch next.kind {
        case .end:
            return node
        case .rightParen:
            throw FormulaError(
                column: next.column,
                reason: .expected(
                    "an operator or the end of the formula (this ')' has no matching '(')", found: next.display))
        default:
            throw FormulaError(column: next.column, reason: .expected("an operator", found: next.display))
        }
    }

    private init(tokens: [Token], variables: [String]) {
        self.tokens = tokens
        self.variables = variables
    }

    private var current: Token { tokens[index] }

    private mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private mutating func parseSum() throws(FormulaError) -> FormulaNode {
        var node = try parseProduct()
        while true {
            switch current.kind {
            case .plus:
                _ = advance()
                node = .binary(.add, node, try parseProduct())
            case .minus:
                _ = advance()
                node = .binary(.subtract, node, try parseProduct())
            default:
                return node
            }
        }
    }

    private mutating func parseProduct() throws(FormulaError) -> FormulaNode {
        var node = try parseUnary()
        while true {
            switch current.kind {
            case .star:
                _ = advance()
                node = .binary(.multiply, node, try parseUnary())
            case .slash:
                _ = advance()
                node = .binary(.divide, node, try parseUnary())
            case .number, .identifier, .leftParen:
                let before = tokens[index - 1]
                throw FormulaError(
                    column: current.column, reason: .missingOperator(before: before.text, after: current.text))
            default:
                return node
            }
        }
    }

    private mutating func parseUnary() throws(FormulaError) -> FormulaNode {
        switch current.kind {
        case .minus:
            _ = advance()
            return .negate(try parseUnary())
        case .plus:
            _ = advance()
            return try parseUnary()
        default:
            return try parsePower()
        }
    }

    private mutating func parsePower() throws(FormulaError) -> FormulaNode {
        let base = try parsePrimary()
        guard current.kind == .caret else { return base }
        _ = advance()
        return .binary(.power, base, try parseUnary())
    }

    private mutating func parsePrimary() throws(FormulaError) -> FormulaNode {
        let token = advance()
        switch token.kind {
        case .number(let value):
            return .number(value)
        case .leftParen:
            let inner = try parseSum()
            try expectClosing(openedAt: token)
            return inner
        case .identifier(let name):
            return try parseName(name, token: token)
        case .end:
            throw FormulaError(column: token.column, reason: .unexpectedEnd)
        default:
            throw FormulaError(
                column: token.column, reason: .expected("a number, a variable, a function or '('", found: token.display)
            )
        }
    }

    private mutating func expectClosing(openedAt open: Token) throws(FormulaError) {
        let token = current
        switch token.kind {
        case .rightParen:
            _ = advance()
        case .end:
            throw FormulaError(
                column: token.column,
                reason: .expected("')' to close the '(' at column \(open.column)", found: token.display))
        default:
            throw FormulaError(column: token.column, reason: .expected("')'", found: token.display))
        }
    }

    private mutating func parseName(_ name: String, token: Token) throws(FormulaError) -> FormulaNode {
        let isCall = current.kind == .leftParen
        if let variable = variables.firstIndex(of: name) {
            if isCall { throw FormulaError(column: token.column, reason: .notAFunction(name)) }
            return .variable(variable)
        }
        if let constant = Self.constants[name] {
            if isCall { throw FormulaError(column: token.column, reason: .notAFunction(name)) }
            return .number(constant)
        }
        let isFunction = Self.functionNames.contains(name)
        if !isCall {
            if isFunction { throw FormulaError(column: current.column, reason: .missingArguments(function: name)) }
            throw FormulaError(
                column: token.column,
                reason: .unknownVariable(name, suggestion: suggestion(forUnknown: name), variables: variables))
        }
        guard isFunction else {
            throw FormulaError(
                column: token.column,
                reason: .unknownFunction(name, suggestion: DidYouMean.suggestion(for: name, among: Self.functionNames)))
        }
        let open = advance()
        var arguments: [FormulaNode] = [try parseSum()]
        while current.kind == .comma {
            _ = advance()
            arguments.append(try parseSum())
        }
        try expectClosing(openedAt: open)
        let expected = (name == "min" || name == "max") ? 2 : 1
        guard arguments.count == expected else {
            throw FormulaError(
                column: token.column,
                reason: .wrongArgumentCount(function: name, expected: expected, found: arguments.count))
        }
        switch name {
        case "min": return .minimum(arguments[0], arguments[1])
        case "max": return .maximum(arguments[0], arguments[1])
        default:
            // Every remaining name is an ElementaryFunction (checked by `isFunction` above).
            guard let function = ElementaryFunction(rawValue: name) else {
                throw FormulaError(column: token.column, reason: .unknownFunction(name, suggestion: nil))
            }
            return .call(function, arguments[0])
        }
    }

    /// A fix for an unknown name: a function missing its parentheses (`sinx` → `sin(x)`), a
    /// product written without operators (`xy` → `x*y`), or a near spelling of a variable or
    /// constant (`pii` → `pi`).
    private func suggestion(forUnknown name: String) -> String? {
        for function in Self.functionNames where name.hasPrefix(function) {
            let rest = String(name.dropFirst(function.count))
            if variables.contains(rest) || Self.constants[rest] != nil { return "\(function)(\(rest))" }
        }
        let letters = name.map(String.init)
        if letters.count > 1, letters.allSatisfy({ variables.contains($0) }) { return letters.joined(separator: "*") }
        return DidYouMean.suggestion(for: name, among: variables + ["pi", "e"])
    }
}
