extension Parser {
    /// Parses one atom (no scripts): a character, a group or a command with its arguments.
    ///
    /// - Parameter single: Read one character only (arguments of `\frac12`, `x^23`), so digit
    ///   runs are not merged into one number.
    /// - Returns: The atom, or `nil` for commands that produce nothing.
    /// - Throws: ``MathError``.
    mutating func parseAtom(single: Bool = false) throws(MathError) -> MathSyntax? {
        guard let token = try next() else { return nil }
        depth += 1
        defer { depth -= 1 }
        if depth > 200 {
            throw MathError(message: "formula nested more than 200 levels deep", offset: token.offset)
        }
        switch token.kind {
        case .beginGroup:
            let saved = font
            defer { font = saved }
            return try parseGroup(openedBy: token)
        case .character(let scalar):
            return try parseCharacter(scalar, token: token, single: single)
        case .command(let name):
            return try parseCommand(name, token: token)
        case .parameter:
            throw MathError(message: "'#' is only allowed in macro definitions; write \\# for the symbol", offset: token.offset)
        case .space:
            return nil
        case .endGroup, .alignment, .superscript, .subscript:
            throw unexpected(token)
        }
    }

    /// The atom for a character typed in math mode.
    mutating func parseCharacter(_ scalar: Unicode.Scalar, token: Token, single: Bool) throws(MathError) -> MathSyntax {
        let offset = token.offset
        var startsNumber = ("0"..."9").contains(scalar)
        if scalar == ".", !single, let next = try peek(), case .character(let c) = next.kind, ("0"..."9").contains(c) {
            startsNumber = true  // .5
        }
        if startsNumber {
            var digits = String(scalar)
            if !single {
                while let next = try peek(), case .character(let c) = next.kind {
                    if ("0"..."9").contains(c) {
                        digits.unicodeScalars.append(c)
                        position += 1
                    } else if c == ".", position + 1 < tokens.count, case .character(let after) = tokens[position + 1].kind,
                        ("0"..."9").contains(after)
                    {
                        digits += "."
                        position += 1
                    } else {
                        break
                    }
                }
            }
            if let font { return MathSyntax(.number(font.map(digits)), at: offset) }
            return MathSyntax(.number(digits), at: offset)
        }
        if Tokenizer.isLetter(scalar) {
            if font == .roman, !single {
                // An upright run such as \mathrm{diag} is one name: one multi-letter <mi>.
                var name = String(scalar)
                while let next = try peek(), case .character(let c) = next.kind, Tokenizer.isLetter(c) {
                    name.unicodeScalars.append(c)
                    position += 1
                }
                return MathSyntax(.identifier(name, upright: true), at: offset)
            }
            return letter(String(scalar), upright: false, at: offset)
        }
        switch scalar {
        case "+": return MathSyntax(.op("+", .plain), at: offset)
        case "-": return MathSyntax(.op("−", .plain), at: offset)
        case "*": return MathSyntax(.op("∗", .plain), at: offset)
        case "=", "<", ">", ":": return MathSyntax(.op(String(scalar), .plain), at: offset)
        case "(", "[", ")", "]": return MathSyntax(.op(String(scalar), .nonStretchy), at: offset)
        case ",", ";": return MathSyntax(.op(String(scalar), OperatorAttributes(separator: true)), at: offset)
        case "!", "?": return MathSyntax(.op(String(scalar), .plain), at: offset)
        case "|": return MathSyntax(.identifier("∣", upright: true), at: offset)
        case ".", "/", "@", "\"": return MathSyntax(.identifier(String(scalar), upright: true), at: offset)
        case "`": return MathSyntax(.identifier("‘", upright: true), at: offset)  // TeX's math ` is a left quote
        case "┌", "└", "┐", "┘": return MathSyntax(.op(String(scalar), .nonStretchy), at: offset)  // corners, as KaTeX reads them
        case "⦵": return Parser.minuso(at: offset)
        case "~": return MathSyntax(.text("\u{A0}"), at: offset)
        case "$":
            throw MathError(message: "'$' inside math; write \\$ for a dollar sign", offset: offset)
        default:
            break
        }
        if let symbol = SymbolTable.byCharacter[scalar] {
            return symbolNode(symbol, at: offset)
        }
        let value = scalar.value
        if value >= 0x391 && value <= 0x3A9 {
            return letter(String(scalar), upright: true, at: offset)
        }
        if value >= 0x3B1 && value <= 0x3F5 {
            return letter(String(scalar), upright: false, at: offset)
        }
        if value >= 0x1D400 && value <= 0x1D7FF {
            if value >= 0x1D7CE { return MathSyntax(.number(String(scalar)), at: offset) }
            return MathSyntax(.identifier(String(scalar), upright: false), at: offset)
        }
        if scalar.properties.isAlphabetic && value < 0x2E80 {
            return letter(String(scalar), upright: false, at: offset)
        }
        if scalar.properties.isMath {
            return MathSyntax(.op(String(scalar), .plain), at: offset)
        }
        // CJK and other text characters typed straight into math.
        var text = String(scalar)
        while let next = try peek(), case .character(let c) = next.kind, c.value >= 0x2E80, SymbolTable.byCharacter[c] == nil {
            text.unicodeScalars.append(c)
            position += 1
        }
        return MathSyntax(.text(text), at: offset)
    }

    /// An identifier for a letter in the current font.
    func letter(_ text: String, upright: Bool, at offset: Int) -> MathSyntax {
        guard var font else { return MathSyntax(.identifier(text, upright: upright), at: offset) }
        // \boldsymbol keeps each symbol's shape: upright symbols (\Lambda, \partial) stay upright.
        if font == .boldItalic && upright { font = .bold }
        let mapped = font.map(text)
        if mapped != text { return MathSyntax(.identifier(mapped, upright: false), at: offset) }
        // The alphabet has no form for this character: keep TeX's default shape for it,
        // except that upright alphabets make Latin letters upright.
        return MathSyntax(.identifier(text, upright: upright || (font.isUpright && text.unicodeScalars.allSatisfy(Tokenizer.isLetter))), at: offset)
    }

    /// The node for a symbol command or character.
    func symbolNode(_ symbol: Symbol, at offset: Int) -> MathSyntax {
        switch symbol.symbolClass {
        case .letter:
            return letter(symbol.text, upright: false, at: offset)
        case .upright:
            return letter(symbol.text, upright: true, at: offset)
        case .binary, .relation, .inner:
            return MathSyntax(.op(symbol.text, SymbolTable.verticalArrows.contains(symbol.text) ? .nonStretchy : .plain), at: offset)
        case .open, .close:
            return MathSyntax(.op(symbol.text, .nonStretchy), at: offset)
        case .punctuation:
            return MathSyntax(.op(symbol.text, OperatorAttributes(separator: true)), at: offset)
        case .largeOperator(let limits):
            return MathSyntax(.largeOperator(symbol.text, limits: limits), at: offset)
        }
    }
}
