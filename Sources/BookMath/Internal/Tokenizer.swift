/// Splits TeX source into ``Token``s with UTF-8 offsets. Comments (`%` to the end of the
/// line) are dropped; white space after a control word is skipped, as TeX does.
enum Tokenizer {
    /// Tokenizes `source`.
    ///
    /// - Parameter source: TeX math source.
    /// - Returns: The tokens in order.
    static func tokenize(_ source: String) -> [Token] {
        let scalars = Array(source.unicodeScalars)
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count)
        var index = 0
        var offset = 0
        func width(_ scalar: Unicode.Scalar) -> Int { UTF8.width(scalar) }
        while index < scalars.count {
            let scalar = scalars[index]
            let start = offset
            switch scalar {
            case "\\":
                index += 1
                offset += 1
                guard index < scalars.count else {
                    tokens.append(Token(kind: .command(""), offset: start, end: offset))
                    continue
                }
                let first = scalars[index]
                if isLetter(first) {
                    var name = ""
                    while index < scalars.count, isLetter(scalars[index]) {
                        name.unicodeScalars.append(scalars[index])
                        offset += width(scalars[index])
                        index += 1
                    }
                    let end = offset
                    while index < scalars.count, isSpace(scalars[index]) {
                        offset += width(scalars[index])
                        index += 1
                    }
                    tokens.append(Token(kind: .command(name), offset: start, end: end))
                } else {
                    index += 1
                    offset += width(first)
                    let name = isSpace(first) ? " " : String(first)
                    tokens.append(Token(kind: .command(name), offset: start, end: offset))
                }
            case "%":
                while index < scalars.count, scalars[index] != "\n" {
                    offset += width(scalars[index])
                    index += 1
                }
            default:
                if isSpace(scalar) {
                    while index < scalars.count, isSpace(scalars[index]) {
                        offset += width(scalars[index])
                        index += 1
                    }
                    tokens.append(Token(kind: .space, offset: start, end: offset))
                    continue
                }
                let kind: Token.Kind
                switch scalar {
                case "{": kind = .beginGroup
                case "}": kind = .endGroup
                case "^": kind = .superscript
                case "_": kind = .subscript
                case "&": kind = .alignment
                case "#": kind = .parameter
                default: kind = .character(scalar)
                }
                index += 1
                offset += width(scalar)
                tokens.append(Token(kind: kind, offset: start, end: offset))
            }
        }
        return tokens
    }

    /// Whether `scalar` is an ASCII letter (TeX's catcode 11 in plain TeX).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
    }

    /// Whether `scalar` is TeX white space.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }
}
