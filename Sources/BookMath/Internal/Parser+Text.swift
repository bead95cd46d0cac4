extension Parser {
    /// Text-mode commands that stand for one character (`\ldots`, `\textasciitilde`, `\ss` is in
    /// ``TextCharacters/letters``).
    static let textSymbols: [String: String] = [
        "ldots": "…", "dots": "…", "textellipsis": "…", "textasciitilde": "~", "textasciicircum": "^", "textbar": "|",
        "textless": "<", "textgreater": ">", "textunderscore": "_", "textendash": "–", "textemdash": "—",
        "textquoteleft": "‘", "textquoteright": "’", "textquotedblleft": "“", "textquotedblright": "”", "textdollar": "$",
        "textbraceleft": "{", "textbraceright": "}", "textbullet": "•", "textdagger": "†", "textdaggerdbl": "‡",
        "textsection": "§", "textparagraph": "¶", "textregistered": "®", "textdegree": "°", "textperiodcentered": "·",
        "S": "§", "P": "¶", "dag": "†", "ddag": "‡", "copyright": "©", "textcopyright": "©", "pounds": "£", "textsterling": "£",
        "textbardbl": "∥", "sect": "§", "maltese": "✠", "degree": "°", "yen": "¥", "checkmark": "✓", "circledR": "®",
        "lbrack": "[", "rbrack": "]", "lq": "‘", "rq": "’", "textbackslash": "\\",
    ]

    /// LaTeX's old font switches, which set the font for the rest of the group (`{\bf b}`); they
    /// replace the font rather than combine with it (`\bf\it` is italic, not bold italic).
    static let textFontSwitches: [String: MathFont] = [
        "rm": .roman, "it": .italic, "sl": .italic, "bf": .bold, "sf": .sansSerif, "tt": .monospace,
    ]

    /// The size commands (`\tiny` … `\Huge`) as factors of the normal size, in LaTeX's 10pt classes.
    static let sizeFactors: [String: Double] = [
        "tiny": 0.5, "scriptsize": 0.7, "footnotesize": 0.8, "small": 0.9, "normalsize": 1.0,
        "large": 1.2, "Large": 1.44, "LARGE": 1.728, "huge": 2.074, "Huge": 2.488,
    ]

    /// Parses the argument of `\text` and friends in text mode: spaces count, letters are
    /// upright, TeX's ligatures apply (`--`, ``` `` ```), and text commands are understood:
    /// accents, special letters and symbols, spaces, old font switches and size commands
    /// (scoped to their group), nested text fonts, phantoms and math in `$…$` or `\(…\)`.
    ///
    /// - Parameters:
    ///   - command: The `\text` token.
    ///   - font: The alphabet of the text.
    /// - Returns: An `mtext` node, or a row of them with spaces and nested styles.
    /// - Throws: ``MathError``.
    mutating func parseTextArgument(for command: Token, font textFont: MathFont) throws(MathError) -> MathSyntax {
        depth += 1
        defer { depth -= 1 }
        if depth > 200 {
            throw MathError(message: "formula nested more than 200 levels deep", offset: command.offset)
        }
        guard let open = try peekNonSpace(), open.kind != .endGroup else { throw missingArgument(command) }
        guard open.kind == .beginGroup else {
            // One token: a character (`\text a`) or a text command (`\text\ss`).
            let items = try parseTextList(font: textFont, size: 1, single: true)
            guard let first = items.first else { throw missingArgument(command) }
            return items.count == 1 ? first : MathSyntax(.row(items), at: open.offset)
        }
        position += 1
        let items = try parseTextList(font: textFont, size: 1)
        try closeTextGroup(opened: open)
        if items.count == 1 { return items[0] }
        return MathSyntax(.row(items), at: open.offset)
    }

    /// Consumes the `}` that closes a text group, or reports it missing.
    mutating func closeTextGroup(opened open: Token) throws(MathError) {
        guard let close = try peek(), close.kind == .endGroup else {
            throw MathError(message: "unbalanced braces: missing '}' for the '{' opened here", offset: open.offset)
        }
        position += 1
    }

    /// Parses text up to (not including) the `}` that closes the current group, or the end.
    ///
    /// - Parameters:
    ///   - startFont: The alphabet at the start of the list.
    ///   - size: The size of the list relative to the text command's, for size commands.
    ///   - single: Read one token only (an unbraced argument).
    /// - Returns: Text nodes (adjacent text merged into one), spaces and nested constructs.
    /// - Throws: ``MathError``.
    mutating func parseTextList(font startFont: MathFont, size: Double, single: Bool = false) throws(MathError) -> [MathSyntax] {
        var font = startFont
        var items: [MathSyntax] = []
        var run = ""
        var runOffset = 0
        func flush(_ items: inout [MathSyntax], _ run: inout String) {
            if !run.isEmpty { items.append(MathSyntax(.text(run), at: runOffset)) }
            run = ""
        }
        var first = true
        while let token = try peek(), token.kind != .endGroup {
            if single && !first { break }
            first = false
            position += 1
            if run.isEmpty { runOffset = token.offset }
            switch token.kind {
            case .endGroup:
                break
            case .beginGroup:
                let inner = try parseTextList(font: font, size: size)
                try closeTextGroup(opened: token)
                var texts = ""
                if inner.allSatisfy({ if case .text(let text) = $0.kind { texts += text; return true } else { return false } }) {
                    run += texts
                } else {
                    flush(&items, &run)
                    items += inner
                }
            case .space:
                run += "\u{A0}"
            case .character("$"):
                flush(&items, &run)
                items.append(try parseMathInText(opener: token, closer: .character("$")))
            case .character(let scalar):
                run += textCharacter(scalar, font: font)
            case .superscript: run += "^"
            case .subscript: run += "_"
            case .alignment, .parameter:
                throw MathError(message: "\(Parser.name(of: token)) inside text; write \\\(token.kind == .alignment ? "&" : "#")", offset: token.offset)
            case .command(let name):
                if let symbol = Parser.textSymbols[name] {
                    run += symbol
                } else if let letter = TextCharacters.letters[name] {
                    run += font.map(letter)
                } else if TextCharacters.accents[name] != nil {
                    let accented = try parseTextAccent(name, token: token, font: font, size: size)
                    if case .text(let text) = accented.kind {
                        run += text
                    } else {
                        flush(&items, &run)
                        items.append(accented)
                    }
                } else if let newFont = Parser.textFontSwitches[name] {
                    font = newFont
                } else if name == "em" {
                    // \em toggles italics.
                    font = font == .italic ? .roman : font == .boldItalic ? .bold : font == .bold ? .boldItalic : .italic
                } else if let factor = Parser.sizeFactors[name] {
                    flush(&items, &run)
                    let rest = try parseTextList(font: font, size: factor)
                    var change = MathSyntax.StyleChange()
                    change.size = factor / size
                    items.append(MathSyntax(.styled(change, rest), at: token.offset))
                } else {
                    flush(&items, &run)
                    if let node = try parseTextCommand(name, token: token, font: font, size: size) {
                        if case .text(let text) = node.kind {
                            runOffset = node.offset
                            run += text
                        } else {
                            items.append(node)
                        }
                    }
                }
            }
        }
        flush(&items, &run)
        return items
    }

    /// A character typed in text: ligatures (`--` –, `---` —, ``` `` ``` “, `''` ”, `` ` `` ‘,
    /// `'` ’), `~` as a no-break space, other characters in the text's alphabet. Typewriter
    /// type has no ligatures, as in LaTeX.
    mutating func textCharacter(_ scalar: Unicode.Scalar, font: MathFont) -> String {
        func nextIs(_ character: Unicode.Scalar) -> Bool {
            guard position < tokens.count, tokens[position].kind == .character(character) else { return false }
            position += 1
            return true
        }
        let ligatures = font != .monospace
        switch scalar {
        case "~":
            return "\u{A0}"
        case "-" where ligatures:
            guard nextIs("-") else { return "-" }
            return nextIs("-") ? "—" : "–"
        case "`":
            return ligatures && nextIs("`") ? "“" : "‘"
        case "'":
            return ligatures && nextIs("'") ? "”" : "’"
        default:
            return font.map(String(scalar))
        }
    }

    /// Parses math inside text, from after `$` (or `\(`) up to the closing `$` (or `\)`) at the
    /// same brace level. The math is set in TeX's math fonts, whatever the text's font.
    mutating func parseMathInText(opener: Token, closer: Token.Kind) throws(MathError) -> MathSyntax {
        var inner: [Token] = []
        var closed = false
        var level = 0
        while let mathToken = try next() {
            if mathToken.kind == closer && level == 0 {
                closed = true
                break
            }
            if mathToken.kind == .beginGroup { level += 1 }
            if mathToken.kind == .endGroup {
                if level == 0 {
                    position -= 1
                    break
                }
                level -= 1
            }
            inner.append(mathToken)
        }
        guard closed else {
            let what = closer == .character("$") ? "'$'" : "\\("
            throw MathError(message: "\(what) inside \\text opens math that is never closed", offset: opener.offset)
        }
        var sub = Parser(tokens: inner, endOffset: opener.offset, macros: macros)
        sub.font = nil
        sub.depth = self.depth
        let math = try sub.parseFormula()
        return MathSyntax(.row(math), at: opener.offset)
    }

    /// Parses the argument of a text accent (`\'a`, `\'{a}`, `\"\i`, `\v{}`) and returns the
    /// accented text: a precomposed letter where Unicode has one, else the letter and a
    /// combining mark; over several letters, the accent set above (or below) them.
    mutating func parseTextAccent(_ name: String, token: Token, font: MathFont, size: Double) throws(MathError) -> MathSyntax {
        guard let accent = TextCharacters.accents[name] else { throw missingArgument(token) }
        guard let next = try peekNonSpace(), next.kind != .endGroup else { throw missingArgument(token) }
        var base: [MathSyntax]
        switch next.kind {
        case .beginGroup:
            position += 1
            base = try parseTextList(font: font, size: size)
            try closeTextGroup(opened: next)
        case .character(let scalar) where scalar != "$":
            position += 1
            base = [MathSyntax(.text(font.map(String(scalar))), at: next.offset)]
        case .command(let letter) where TextCharacters.letters[letter] != nil || TextCharacters.accents[letter] != nil:
            base = try parseTextList(font: font, size: size, single: true)
        default:
            throw missingArgument(token)
        }
        if base.isEmpty { return MathSyntax(.text(accent.spacing), at: token.offset) }
        if base.count == 1, case .text(let text) = base[0].kind, text.count == 1, let letter = text.first,
            let accented = TextCharacters.accented(letter, accent: name)
        {
            return MathSyntax(.text(accented), at: token.offset)
        }
        let below = ["c", "d", "b", "k"].contains(name)
        let body = base.count == 1 ? base[0] : MathSyntax(.row(base), at: next.offset)
        return MathSyntax(.accent(base: body, mark: accent.spacing, stretchy: false, below: below), at: token.offset)
    }

    /// Parses a text-mode command that is not a character: spaces, logos, `\textcircled`,
    /// nested text fonts, colours, phantoms, `\raisebox`, `\underline`, math in `\(…\)`.
    ///
    /// - Returns: The node (a `.text` node is merged into the surrounding text), or `nil`.
    /// - Throws: ``MathError``, for math commands and unknown commands in text.
    mutating func parseTextCommand(_ name: String, token: Token, font: MathFont, size: Double) throws(MathError) -> MathSyntax? {
        let offset = token.offset
        switch name {
        case " ", "space", "nobreakspace":
            return MathSyntax(.text("\u{A0}"), at: offset)
        case ",", ":", ">", ";", "!", "quad", "qquad", "enspace", "enskip", "thinspace", "medspace", "thickspace", "negthinspace",
             "negmedspace", "negthickspace":
            return MathSyntax(.space(CommandTable.spaces[name] ?? 0.25), at: offset)
        case "hspace", "kern", "hskip":
            if name == "hspace", let star = try peek(), star.kind == .character("*") { position += 1 }
            return MathSyntax(.space(try parseLength(for: token)), at: offset)
        case "%", "#", "&", "_", "$", "{", "}":
            return MathSyntax(.text(name), at: offset)
        case "char":
            let scalar = try parseCharCode(token)
            // As after any TeX number, one space ends it and is not printed.
            if let space = try peek(), space.kind == .space { position += 1 }
            return MathSyntax(.text(String(Character(scalar))), at: offset)
        case "(":
            return try parseMathInText(opener: token, closer: .command(")"))
        case "TeX", "LaTeX", "KaTeX":
            return Parser.logo(name, font: font, at: offset)
        case "textcircled":
            return Parser.circled(try parseTextArgument(for: token, font: font), at: offset)
        case "phantom", "hphantom", "vphantom":
            let body = try parseTextArgument(for: token, font: font)
            return MathSyntax(.phantom(body, keepWidth: name != "vphantom", keepHeight: name != "hphantom"), at: offset)
        case "raisebox":
            let amount = try parseLength(for: token)
            let body = try parseTextArgument(for: token, font: font)
            return MathSyntax(.raised(body, by: amount), at: offset)
        case "underline":
            let body = try parseTextArgument(for: token, font: font)
            return MathSyntax(.accent(base: body, mark: "‾", stretchy: true, below: true), at: offset)
        case "textcolor":
            var change = MathSyntax.StyleChange()
            change.color = try parseRawArgument(for: token)
            return MathSyntax(.styled(change, [try parseTextArgument(for: token, font: font)]), at: offset)
        case "color":
            var change = MathSyntax.StyleChange()
            change.color = try parseRawArgument(for: token)
            return MathSyntax(.styled(change, try parseTextList(font: font, size: size)), at: offset)
        case "fbox", "colorbox", "fcolorbox", "llap", "rlap", "clap", "underbar", "strut", "relax", "DOTSB", "DOTSI", "DOTSX":
            // Text commands that read their argument as text (in the roman font) in math too.
            return try parseCommand(name, token: token)
        case _ where CommandTable.colorMacros[name] != nil:
            var change = MathSyntax.StyleChange()
            change.color = CommandTable.colorMacros[name]
            return MathSyntax(.styled(change, [try parseTextArgument(for: token, font: font)]), at: offset)
        case "\\", "cr":
            throw MathError(message: "line break inside \\text", offset: offset)
        default:
            if let inner = CommandTable.texts[name] {
                let merged: MathFont = (font == .bold && inner == .italic) || (font == .italic && inner == .bold) ? .boldItalic : inner
                return try parseTextArgument(for: token, font: merged)
            }
            if SymbolTable.symbols[name] != nil || CommandTable.allCommands.contains(name) {
                throw MathError(message: "\\\(name) is a math command; it cannot be used inside \\text (close the text first)", offset: offset)
            }
            let textCommands = Array(CommandTable.texts.keys) + Array(Parser.textSymbols.keys) + Array(TextCharacters.letters.keys)
                + Array(Parser.textFontSwitches.keys) + ["textcircled", "underline", "raisebox"]
            let suggestion = EditDistance.suggestion(for: name, among: textCommands.filter { $0.count > 1 }.sorted())
            throw MathError(message: "unknown command \\\(name) in text", offset: offset, suggestion: suggestion.map { "\\" + $0 })
        }
    }

    /// The TeX, LaTeX and KaTeX logos as LaTeX draws them: an E lowered by half an ex, a small
    /// A raised to the top of the T, letters kerned together (KaTeX's kerns).
    static func logo(_ name: String, font: MathFont, at offset: Int) -> MathSyntax {
        func letter(_ text: String) -> MathSyntax { MathSyntax(.text(font.map(text)), at: offset) }
        func kern(_ width: Double) -> MathSyntax { MathSyntax(.space(width), at: offset) }
        // 0.5ex of Latin Modern is 0.2155em; the A is 0.7 of the size, its top on T's (0.683em).
        let tex = [letter("T"), kern(-0.1667), MathSyntax(.raised(letter("E"), by: -0.2155), at: offset), kern(-0.125), letter("X")]
        guard name != "TeX" else { return MathSyntax(.row(tex), at: offset) }
        var small = MathSyntax.StyleChange()
        small.size = 0.7
        let a = MathSyntax(.raised(MathSyntax(.styled(small, [letter("A")]), at: offset), by: 0.205), at: offset)
        let start = name == "LaTeX" ? [letter("L"), kern(-0.36)] : [letter("K"), kern(-0.17)]
        return MathSyntax(.row(start + [a, kern(-0.15)] + tex), at: offset)
    }

    /// LaTeX's `\textcircled`: the text centred on a large circle (◯, about 1em wide) that keeps
    /// its size whatever the text.
    static func circled(_ body: MathSyntax, at offset: Int) -> MathSyntax {
        let circle = MathSyntax(.lap(MathSyntax(.text("◯"), at: offset), shift: 0.5), at: offset)
        let centred = MathSyntax(.lap(body, shift: 0.5), at: offset)
        return MathSyntax(.row([MathSyntax(.space(0.5), at: offset), circle, centred, MathSyntax(.space(0.5), at: offset)]), at: offset)
    }
}
