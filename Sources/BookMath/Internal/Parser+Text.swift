extension Parser {
    /// Text-mode commands that stand for one character (`\ldots`, `\textasciitilde`, …).
    static let textSymbols: [String: String] = [
        "ldots": "…", "dots": "…", "textellipsis": "…", "textasciitilde": "~", "textasciicircum": "^", "textbar": "|",
        "textless": "<", "textgreater": ">", "textunderscore": "_", "textendash": "–", "textemdash": "—",
        "textquoteleft": "‘", "textquoteright": "’", "textquotedblleft": "“", "textquotedblright": "”", "textdollar": "$",
        "textbraceleft": "{", "textbraceright": "}", "textbullet": "•", "textdagger": "†", "textdaggerdbl": "‡",
        "textsection": "§", "textparagraph": "¶", "textregistered": "®", "textdegree": "°", "textperiodcentered": "·",
    ]

    /// Parses the braced argument of `\text` and friends in text mode: spaces count, letters
    /// are upright, and a few commands (spaces, escaped characters, nested text fonts,
    /// phantoms) are understood.
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
        guard let open = try peekNonSpace() else { throw missingArgument(command) }
        guard open.kind == .beginGroup else {
            guard let token = try next() else { throw missingArgument(command) }
            if case .character(let scalar) = token.kind {
                return MathSyntax(.text(textFont.map(String(scalar))), at: token.offset)
            }
            throw missingArgument(command)
        }
        position += 1
        var items: [MathSyntax] = []
        var run = ""
        var runOffset = open.end
        var braceDepth = 0
        func flush(_ items: inout [MathSyntax], _ run: inout String, _ offset: Int) {
            if !run.isEmpty { items.append(MathSyntax(.text(textFont.map(run)), at: offset)) }
            run = ""
        }
        while let token = try next() {
            if run.isEmpty { runOffset = token.offset }
            switch token.kind {
            case .endGroup where braceDepth == 0:
                flush(&items, &run, runOffset)
                if items.count == 1 { return items[0] }
                return MathSyntax(.row(items), at: open.offset)
            case .endGroup:
                braceDepth -= 1
            case .beginGroup:
                braceDepth += 1
            case .space:
                run += "\u{A0}"
            case .character("$"):
                // Math inside text: up to the next unescaped `$` at this brace level.
                flush(&items, &run, runOffset)
                var inner: [Token] = []
                var closed = false
                var level = 0
                while let mathToken = try next() {
                    if mathToken.kind == .character("$") && level == 0 {
                        closed = true
                        break
                    }
                    if mathToken.kind == .beginGroup { level += 1 }
                    if mathToken.kind == .endGroup {
                        if level == 0 { break }
                        level -= 1
                    }
                    inner.append(mathToken)
                }
                guard closed else {
                    throw MathError(message: "'$' inside \\text opens math that is never closed", offset: token.offset)
                }
                var sub = Parser(tokens: inner, endOffset: token.offset, macros: macros, macroArity: macroArity)
                sub.font = nil
                sub.depth = self.depth
                let math = try sub.parseFormula()
                items.append(MathSyntax(.row(math), at: token.offset))
            case .character(let scalar):
                run.unicodeScalars.append(scalar == "~" ? "\u{A0}" : scalar)
            case .superscript: run += "^"
            case .subscript: run += "_"
            case .alignment, .parameter:
                throw MathError(message: "\(Parser.name(of: token)) inside text; write \\\(token.kind == .alignment ? "&" : "#")", offset: token.offset)
            case .command(let name):
                switch name {
                case " ", ",", ":", ";", "quad", "qquad", "enspace", "thinspace":
                    if name == " " {
                        run += "\u{A0}"
                    } else {
                        flush(&items, &run, runOffset)
                        items.append(MathSyntax(.space(CommandTable.spaces[name] ?? 0.25), at: token.offset))
                    }
                case "%", "#", "&", "_", "$", "{", "}":
                    run += name
                case "textbackslash": run += "\\"
                case _ where Parser.textSymbols[name] != nil:
                    run += Parser.textSymbols[name] ?? ""
                case "S", "P", "dag", "ddag", "copyright", "pounds":
                    run += SymbolTable.symbols[name]?.text ?? ""
                case "phantom", "hphantom", "vphantom":
                    flush(&items, &run, runOffset)
                    let body = try parseTextArgument(for: token, font: textFont)
                    items.append(MathSyntax(.phantom(body, keepWidth: name != "vphantom", keepHeight: name != "hphantom"), at: token.offset))
                case "\\", "cr":
                    throw MathError(message: "line break inside \\text", offset: token.offset)
                default:
                    if let inner = CommandTable.texts[name] {
                        flush(&items, &run, runOffset)
                        let merged: MathFont = (textFont == .bold && inner == .italic) || (textFont == .italic && inner == .bold) ? .boldItalic : inner
                        items.append(try parseTextArgument(for: token, font: merged))
                    } else if CommandTable.texts[name] == nil, SymbolTable.symbols[name] != nil || CommandTable.allCommands.contains(name) {
                        throw MathError(message: "\\\(name) is a math command; it cannot be used inside \\text (close the text first)", offset: token.offset)
                    } else {
                        let suggestion = EditDistance.suggestion(for: name, among: CommandTable.texts.keys.sorted())
                        throw MathError(message: "unknown command \\\(name) in text", offset: token.offset, suggestion: suggestion.map { "\\" + $0 })
                    }
                }
            }
        }
        throw MathError(message: "unbalanced braces: missing '}' for the '{' opened here", offset: open.offset)
    }
}
