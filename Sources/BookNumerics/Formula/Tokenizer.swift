/// Splits a formula into tokens. Numbers follow `digits [. digits] [e|E [+|-] digits]` and may
/// start with a dot (`.5`); names are letters, digits and `_`, starting with a letter or `_`.
/// Spaces, tabs and newlines separate tokens. `**` is accepted as a spelling of `^`, `−`
/// (U+2212) as `-`, and `·` and `×` as `*`, so formulas pasted from prose still parse.
struct Tokenizer {
    static func tokenize(_ source: String) throws(FormulaError) -> [Token] {
        let characters = Array(source)
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let column = index + 1
            if character == " " || character == "\t" || character == "\n" || character == "\r" {
                index += 1
                continue
            }
            if character.isASCII && (character.isNumber || character == ".") {
                let start = index
                while index < characters.count, characters[index].isASCII,
                    characters[index].isNumber || characters[index] == "."
                {
                    index += 1
                }
                if index < characters.count, characters[index] == "e" || characters[index] == "E" {
                    var lookahead = index + 1
                    if lookahead < characters.count, characters[lookahead] == "+" || characters[lookahead] == "-" {
                        lookahead += 1
                    }
                    if lookahead < characters.count, characters[lookahead].isASCII, characters[lookahead].isNumber {
                        index = lookahead
                        while index < characters.count, characters[index].isASCII, characters[index].isNumber {
                            index += 1
                        }
                    }
                }
                let text = String(characters[start..<index])
                guard let value = Double(text), text != "." else {
                    throw FormulaError(column: column, reason: .invalidNumber(text))
                }
                tokens.append(Token(kind: .number(value), column: column, text: text))
                continue
            }
            if character.isLetter || character == "_" {
                let start = index
                while index < characters.count,
                    characters[index].isLetter || characters[index] == "_"
                        || (characters[index].isASCII && characters[index].isNumber)
                {
                    index += 1
                }
                let text = String(characters[start..<index])
                tokens.append(Token(kind: .identifier(text), column: column, text: text))
                continue
            }
            let kind: Token.Kind
            var text = String(character)
            switch character {
            case "+": kind = .plus
            case "-", "−": kind = .minus
            case "*", "·", "×":
                if character == "*", index + 1 < characters.count, characters[index + 1] == "*" {
                    kind = .caret
                    text = "**"
                    index += 1
                } else {
                    kind = .star
                }
            case "/": kind = .slash
            case "^": kind = .caret
            case "(": kind = .leftParen
            case ")": kind = .rightParen
            case ",": kind = .comma
            default:
                throw FormulaError(column: column, reason: .unexpectedCharacter(character))
            }
            tokens.append(Token(kind: kind, column: column, text: text))
            index += 1
        }
        tokens.append(Token(kind: .end, column: characters.count + 1, text: ""))
        return tokens
    }
}
