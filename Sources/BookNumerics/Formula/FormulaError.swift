/// A formula that does not parse, with the 1-based column (in characters) of the problem and an
/// actionable message.
public struct FormulaError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong, as data (tests and tools match on this).
    public enum Reason: Equatable, Sendable {
        /// A character that cannot start any token, e.g. `#`.
        case unexpectedCharacter(Character)
        /// A malformed number such as `1e` or `1.2.3`.
        case invalidNumber(String)
        /// A name followed by `(` that is not a known function.
        case unknownFunction(String, suggestion: String?)
        /// A name that is neither a variable of this objective nor a constant.
        case unknownVariable(String, suggestion: String?, variables: [String])
        /// A function used without parentheses, or a variable/constant called like a function.
        case notAFunction(String)
        /// A function name not followed by `(`.
        case missingArguments(function: String)
        /// A function called with the wrong number of arguments.
        case wrongArgumentCount(function: String, expected: Int, found: Int)
        /// A specific token was required here (e.g. `)`), but something else was found.
        case expected(String, found: String)
        /// Two operands next to each other without an operator, e.g. `2x`.
        case missingOperator(before: String, after: String)
        /// The formula ended where an operand or `)` was still needed.
        case unexpectedEnd
        /// The formula is empty or only spaces.
        case empty
    }

    /// The 1-based column of the offending character, counted in Swift `Character`s.
    public let column: Int
    /// The reason, as data.
    public let reason: Reason

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - column: The 1-based column.
    ///   - reason: What went wrong.
    public init(column: Int, reason: Reason) {
        self.column = column
        self.reason = reason
    }

    /// The message without the position, e.g. `unknown function 'sine' — did you mean 'sin'?`.
    public var message: String {
        switch reason {
        case .unexpectedCharacter(let character):
            return "unexpected character '\(character)'"
        case .invalidNumber(let text):
            return "invalid number '\(text)' — write numbers like 3, 0.5, .5 or 1e-3"
        case .unknownFunction(let name, let suggestion):
            if let suggestion { return "unknown function '\(name)' — did you mean '\(suggestion)'?" }
            return
                "unknown function '\(name)' — the functions are \(FormulaParser.functionNames.joined(separator: ", "))"
        case .unknownVariable(let name, let suggestion, let variables):
            if let suggestion { return "unknown variable '\(name)' — did you mean '\(suggestion)'?" }
            return
                "unknown variable '\(name)' — the variables are \(variables.joined(separator: ", ")) (constants: pi, e)"
        case .notAFunction(let name):
            return "'\(name)' is not a function — remove the parentheses or insert '*' to multiply"
        case .missingArguments(let function):
            return "expected '(' after function '\(function)'"
        case .wrongArgumentCount(let function, let expected, let found):
            return "function '\(function)' takes \(expected) argument\(expected == 1 ? "" : "s"), found \(found)"
        case .expected(let wanted, let found):
            return "expected \(wanted), found \(found)"
        case .missingOperator(let before, let after):
            return "missing operator between '\(before)' and '\(after)' — did you mean '\(before)*\(after)'?"
        case .unexpectedEnd:
            return "unexpected end of formula"
        case .empty:
            return "empty formula"
        }
    }

    /// `column N: message`.
    public var description: String { "column \(column): \(message)" }
}
