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
        /// Appends one scalar as a `.character` token (verbatim text keeps spaces and `%`).
        func appendCharacter() {
            let scalar = scalars[index]
            tokens.append(Token(kind: .character(scalar), offset: offset, end: offset + width(scalar)))
            offset += width(scalar)
            index += 1
        }
        /// `\verb` (or `\verb*`) and its delimited text, read before any other rule applies, as
        /// TeX does by changing category codes: the command, then the opening delimiter, the
        /// text and the closing delimiter as `.character` tokens (a space as `" "`). Text that
        /// reaches the end of the line is left unterminated for the parser to report.
        func verbatim(start: Int, end: Int) {
            var name = "verb"
            var nameEnd = end
            if index < scalars.count, scalars[index] == "*" {
                name = "verb*"
                index += 1
                offset += 1
                nameEnd = offset
            }
            tokens.append(Token(kind: .command(name), offset: start, end: nameEnd))
            guard index < scalars.count, scalars[index] != "\n" else { return }
            let delimiter = scalars[index]
            appendCharacter()
            while index < scalars.count, scalars[index] != "\n" {
                let isEnd = scalars[index] == delimiter
                appendCharacter()
                if isEnd { return }
            }
        }
        /// The braced URL argument of `\url` and `\href`, read with `%`, `~`, `#` and spaces as
        /// plain characters (hyperref changes their category codes): `{`, the characters, `}`.
        /// Nested braces must balance; `\{`, `\}`, `\%` and the like stay as two characters.
        func rawGroup() {
            guard index < scalars.count, scalars[index] == "{" else { return }
            var probe = index + 1
            var depth = 0
            while probe < scalars.count {
                let scalar = scalars[probe]
                if scalar == "\\" {
                    probe += 2
                    continue
                }
                if scalar == "{" { depth += 1 }
                if scalar == "}" {
                    if depth == 0 { break }
                    depth -= 1
                }
                probe += 1
            }
            // Unbalanced: leave the text to the ordinary rules, which report the brace.
            guard probe < scalars.count else { return }
            tokens.append(Token(kind: .beginGroup, offset: offset, end: offset + 1))
            offset += 1
            index += 1
            while index < probe { appendCharacter() }
            tokens.append(Token(kind: .endGroup, offset: offset, end: offset + 1))
            offset += 1
            index += 1
        }
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
                    if name == "verb" {
                        verbatim(start: start, end: end)
                        continue
                    }
                    while index < scalars.count, isSpace(scalars[index]) {
                        offset += width(scalars[index])
                        index += 1
                    }
                    tokens.append(Token(kind: .command(name), offset: start, end: end))
                    if name == "url" || name == "href" {
                        rawGroup()
                    }
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
