extension Parser {
    /// Parses a command and its arguments.
    ///
    /// - Parameters:
    ///   - name: The command name without the backslash.
    ///   - token: The command token, for offsets.
    /// - Returns: The node, or `nil` for commands without output.
    /// - Throws: ``MathError``, including "unknown command" with a suggestion.
    mutating func parseCommand(_ name: String, token: Token) throws(MathError) -> MathSyntax? {
        let offset = token.offset
        if name == "colon" {
            // amsmath: \mskip2mu, then ':' and \mskip6mu (`f\colon X\to Y`).
            return MathSyntax(.op(":", OperatorAttributes(lspace: "0.1111em", rspace: "0.3333em")), at: offset)
        }
        if let symbol = SymbolTable.symbols[name] {
            return symbolNode(symbol, at: offset)
        }
        if let limits = CommandTable.functions[name] {
            return MathSyntax(.function(CommandTable.functionText[name] ?? name, limits: limits), at: offset)
        }
        if let accent = CommandTable.accents[name] {
            // \underbar boxes its argument in text mode, as LaTeX's definition does.
            let base = name == "underbar" ? try parseTextArgument(for: token, font: .roman) : try parseArgument(for: token)
            return MathSyntax(.accent(base: base, mark: accent.mark, stretchy: accent.stretchy, below: accent.below), at: offset)
        }
        if let width = CommandTable.spaces[name] {
            return MathSyntax(.space(width), at: offset)
        }
        if let newFont = CommandTable.fonts[name] {
            let saved = font
            font = newFont
            defer { font = saved }
            return try parseArgument(for: token)
        }
        if let textFont = CommandTable.texts[name] {
            return try parseTextArgument(for: token, font: textFont)
        }
        if let size = CommandTable.bigSizes[name] {
            let delimiter = try parseDelimiter(after: token)
            var attributes = OperatorAttributes(fence: false, stretchy: true, minsize: Emitter.em(size), maxsize: Emitter.em(size))
            attributes.symmetric = true
            // TeX makes \big… an ordinary atom, \bigl… an opening and \bigr… a closing one (no
            // space around them), and \bigm… a relation; without this, an arrow or a bar gets
            // the operator dictionary's relation spacing.
            let space = name.hasSuffix("m") ? Emitter.em(5.0 / 18) : "0em"
            attributes.lspace = space
            attributes.rspace = space
            return MathSyntax(.op(delimiter ?? "", attributes), at: offset)
        }
        if let arrow = CommandTable.extensibleArrows[name] {
            let below = try parseOptionalArgument()
            var above = try parseArgument(for: token)
            // KaTeX's shortest arrows: always for mhchem's arrows, and when the labels are empty
            // for the others (so that \xrightarrow{} is not a bare glyph).
            let empty = Parser.isEmpty(above) && (below.map(Parser.isEmpty) ?? true)
            if let minimum = CommandTable.arrowMinimumWidths[name], empty || CommandTable.mhchemArrows.contains(name) {
                above = Parser.withMinimumWidth(above, labelOf: minimum)
            }
            return MathSyntax(.extensibleArrow(arrow, under: below, over: above), at: offset)
        }
        if let color = CommandTable.colorMacros[name] {
            let body = try parseArgument(for: token)
            var change = MathSyntax.StyleChange()
            change.color = color
            return MathSyntax(.styled(change, [body]), at: offset)
        }
        switch name {
        case "vdots", "varvdots":
            // latex.ltx builds \vdots as a box 1.5em tall, so a matrix row holding it is about
            // 0.67em taller than its neighbours. The font's U+22EE is short; giving it the height
            // and depth of a line of Latin Modern text (0.875em + 0.333em) makes the row 0.54em
            // taller, which is also how KaTeX's MathML comes out in Chromium.
            let dots = MathSyntax(.identifier("⋮", upright: true), at: offset)
            return MathSyntax(.sized(dots, height: 0.875, depth: 1.0 / 3), at: offset)
        case "frac", "dfrac", "tfrac":
            let numerator = try parseArgument(for: token)
            let denominator = try parseArgument(for: token)
            let style: Bool? = name == "dfrac" ? true : name == "tfrac" ? false : nil
            return MathSyntax(.fraction(numerator: numerator, denominator: denominator, thickness: nil, displayStyle: style), at: offset)
        case "cfrac":
            return try parseContinuedFraction(token)
        case "binom", "dbinom", "tbinom":
            let top = try parseArgument(for: token)
            let bottom = try parseArgument(for: token)
            let style: Bool? = name == "dbinom" ? true : name == "tbinom" ? false : nil
            let fraction = MathSyntax(.fraction(numerator: top, denominator: bottom, thickness: "0", displayStyle: nil), at: offset)
            let fenced = MathSyntax(.fenced(open: "(", body: [fraction], close: ")"), at: offset)
            guard let style else { return fenced }
            var change = MathSyntax.StyleChange()
            change.displayStyle = style
            change.scriptLevel = 0
            return MathSyntax(.styled(change, [fenced]), at: offset)
        case "sqrt":
            let index = try parseOptionalArgument()
            let body = try parseArgument(for: token)
            return MathSyntax(.root(body, index: index), at: offset)
        case "left":
            return try parseLeftRight(token)
        case "operatorname", "operatornamewithlimits", "mathop":
            var limits: MathSyntax.Limits = name == "operatorname" ? .never : .display
            if name == "operatorname", let star = try peek(), star.kind == .character("*") {
                position += 1
                limits = .display
            }
            // Operator names are upright; \mathop keeps its content's letters as they are.
            let saved = font
            if name != "mathop" { font = .roman }
            let body = try parseArgument(for: token)
            font = saved
            if var text = Parser.plainText(of: body), !(name == "mathop" && Parser.hasItalicLetter(body)) {
                if text.isEmpty { return nil }
                // amsmath sets `-` and `*` in operator names as text characters.
                text = String(text.map { $0 == "−" ? "-" : $0 == "∗" ? "*" : $0 })
                return MathSyntax(.function(text, limits: limits), at: offset)
            }
            return MathSyntax(.operator(body, limits: limits), at: offset)
        case "mathbin", "mathrel", "mathord", "mathopen", "mathclose", "mathpunct", "mathinner":
            let body = try parseArgument(for: token)
            if name != "mathord", name != "mathinner", let text = Parser.plainText(of: body) {
                return MathSyntax(.op(text, name == "mathopen" || name == "mathclose" ? .nonStretchy : .plain), at: offset)
            }
            return body
        case "textcolor":
            let raw = try parseRawArgument(for: token)
            let color = colors[raw.trimmedOfSpaces] ?? raw
            let body = try parseArgument(for: token)
            var change = MathSyntax.StyleChange()
            change.color = color
            return MathSyntax(.styled(change, [body]), at: offset)
        case "phantom", "hphantom", "vphantom":
            let body = try parseArgument(for: token)
            return MathSyntax(.phantom(body, keepWidth: name != "vphantom", keepHeight: name != "hphantom"), at: offset)
        case "mathstrut":
            let paren = MathSyntax(.op("(", .nonStretchy), at: offset)
            return MathSyntax(.phantom(paren, keepWidth: false, keepHeight: true), at: offset)
        case "strut":
            return Parser.strut(at: offset)
        case "ensuremath":
            return try parseArgument(for: token)
        case "smash":
            let which = try parseOptionalArgument().flatMap(Parser.plainText(of:)) ?? "tb"
            let body = try parseArgument(for: token)
            return MathSyntax(.smash(body, height: which.contains("t"), depth: which.contains("b")), at: offset)
        case "llap", "rlap", "clap", "mathllap", "mathrlap", "mathclap":
            let body = name.hasPrefix("math") ? try parseArgument(for: token) : try parseTextArgument(for: token, font: .roman)
            let shift = name.hasSuffix("llap") ? 1.0 : name.hasSuffix("clap") ? 0.5 : 0
            return MathSyntax(.lap(body, shift: shift), at: offset)
        case "raisebox":
            let amount = try parseLength(for: token)
            let body = try parseTextArgument(for: token, font: .roman)
            return MathSyntax(.raised(body, by: amount), at: offset)
        case "colorbox", "fcolorbox":
            let frame = name == "fcolorbox" ? try parseCSSColor(for: token) : nil
            let background = try parseCSSColor(for: token)
            let body = try parseTextArgument(for: token, font: .roman)
            var change = MathSyntax.StyleChange()
            // \fboxsep is 3pt; \fboxrule 0.4pt.
            change.css = (frame.map { "border:0.04em solid \($0);" } ?? "") + "background-color:\(background);padding:0.3em"
            return MathSyntax(.styled(change, [body]), at: offset)
        case "genfrac":
            let open = try parseBracedDelimiter(for: token)
            let close = try parseBracedDelimiter(for: token)
            let thicknessText = try parseRawArgument(for: token).filter { $0 != " " }
            var thickness: String?
            if !thicknessText.isEmpty {
                guard let value = Length.em(thicknessText), value >= 0 else {
                    throw MathError(message: "invalid rule thickness '\(thicknessText)' in \\genfrac (expected a length such as 0pt)", offset: offset)
                }
                thickness = Emitter.em(value)
            }
            let styleText = try parseRawArgument(for: token).filter { $0 != " " }
            guard ["", "0", "1", "2", "3"].contains(styleText) else {
                throw MathError(message: "invalid style '\(styleText)' in \\genfrac (expected 0, 1, 2, 3 or nothing)", offset: offset)
            }
            let numerator = try parseArgument(for: token)
            let denominator = try parseArgument(for: token)
            var node = MathSyntax(.fraction(numerator: numerator, denominator: denominator, thickness: thickness, displayStyle: nil), at: offset)
            if open != nil || close != nil {
                node = MathSyntax(.fenced(open: open, body: [node], close: close), at: offset)
            }
            guard let level = Int(styleText) else { return node }
            var change = MathSyntax.StyleChange()
            change.displayStyle = level == 0
            change.scriptLevel = max(0, level - 1)
            return MathSyntax(.styled(change, [node]), at: offset)
        case "cancel", "bcancel", "xcancel", "sout":
            // Strokes painted as CSS gradients over the body's box (MathML Core has no menclose).
            let body = try parseArgument(for: token)
            func stroke(_ direction: String) -> String {
                "linear-gradient(\(direction),transparent calc(50% - 0.03em),currentcolor calc(50% - 0.03em),currentcolor calc(50% + 0.03em),transparent calc(50% + 0.03em))"
            }
            // A band across "to bottom right" joins the bottom-left and top-right corners: "/".
            let strokes = ["cancel": [stroke("to bottom right")], "bcancel": [stroke("to top right")],
                           "xcancel": [stroke("to top right"), stroke("to bottom right")], "sout": [stroke("to bottom")]][name] ?? []
            var change = MathSyntax.StyleChange()
            change.css = "background-image:" + strokes.joined(separator: ",")
            return MathSyntax(.styled(change, [body]), at: offset)
        case "angl", "angln":
            // The actuarial angle: rules above and to the right of the body (\angln: of n).
            let body = name == "angln" ? letter("n", upright: false, at: offset) : try parseArgument(for: token)
            var change = MathSyntax.StyleChange()
            change.css = "border-top:0.04em solid currentcolor;border-right:0.04em solid currentcolor;padding:0.1em 0.1em 0 0.05em"
            return MathSyntax(.styled(change, [body]), at: offset)
        case "bra", "ket", "braket", "set":
            // braket's \bra{x} is ⟨x|, \ket{x} |x⟩, \braket{x} ⟨x⟩, \set{x} {x}.
            let body = try parseArgument(for: token)
            let (open, close) = ["bra": ("⟨", "|"), "ket": ("|", "⟩"), "braket": ("⟨", "⟩"), "set": ("{", "}")][name] ?? ("", "")
            return MathSyntax(.row([MathSyntax(.op(open, .nonStretchy), at: offset), body, MathSyntax(.op(close, .nonStretchy), at: offset)]), at: offset)
        case "Bra", "Ket", "Braket", "Set":
            let body = try parseArgument(for: token)
            let (open, close) = ["Bra": ("⟨", "|"), "Ket": ("|", "⟩"), "Braket": ("⟨", "⟩"), "Set": ("{", "}")][name] ?? ("", "")
            return MathSyntax(.fenced(open: open, body: Emitter.items(of: body), close: close), at: offset)
        case "rule":
            let raise = try parseOptionalLength(for: token) ?? 0
            let width = try parseLength(for: token)
            let height = try parseLength(for: token)
            let rule = MathSyntax(.rule(width: max(0, width), height: max(0, height + raise), depth: max(0, -raise)), at: offset)
            return rule
        case "TextOrMath":
            _ = try parseTextArgument(for: token, font: .roman)
            return try parseArgument(for: token)
        case "boxed", "fbox":
            let body = name == "fbox" ? try parseTextArgument(for: token, font: .roman) : try parseArgument(for: token)
            var change = MathSyntax.StyleChange()
            change.css = "border:0.06em solid currentcolor;padding:0.25em"
            return MathSyntax(.styled(change, [body]), at: offset)
        case "R", "N", "Z", "C", "Q", "Reals", "natnums", "Complex", "reals", "cnums":
            let letter = ["Reals": "R", "natnums": "N", "Complex": "C", "reals": "R", "cnums": "C"][name] ?? name
            return MathSyntax(.identifier(MathFont.doubleStruck.map(letter), upright: false), at: offset)
        case "not":
            return try parseNot(token)
        case "tag":
            var starred = false
            if let star = try peek(), star.kind == .character("*") {
                position += 1
                starred = true
            }
            if tag != nil { throw MathError(message: "a formula can have only one \\tag", offset: offset) }
            let start = position
            let text = try parseRawArgument(for: token)
            position = start
            tagText = try parseTextArgument(for: token, font: .roman)
            tag = starred ? "*" + text : text
            return nil
        case "label":
            if label != nil { throw MathError(message: "a formula can have only one \\label", offset: offset) }
            label = try parseRawArgument(for: token)
            return nil
        case "nonumber", "notag", "allowbreak", "nobreak", "relax", "displaylimits", "DOTSB", "DOTSI", "DOTSX":
            // (amsmath's \DOTSB and friends only tell \dots which dots to use.)
            return nil
        case "limits", "nolimits":
            throw MathError(message: "\\\(name) may only follow a big operator such as \\sum", offset: offset)
        case "overset", "underset", "stackrel":
            let mark = try parseArgument(for: token)
            let base = try parseArgument(for: token)
            var baseNode = Parser.unwrapped(base)
            // LaTeX keeps the base at its own size; Chromium would stretch an arrow to the
            // width of the mark (that is what \xrightarrow is for).
            if case .op(let text, var attributes) = baseNode.kind, attributes.stretchy == nil {
                attributes.stretchy = false
                baseNode.kind = .op(text, attributes)
            }
            if name == "underset" {
                return MathSyntax(.underOver(base: baseNode, under: mark, over: nil, accent: false), at: offset)
            }
            return MathSyntax(.underOver(base: baseNode, under: nil, over: mark, accent: false), at: offset)
        case "substack":
            guard let open = try peekNonSpace(), open.kind == .beginGroup else { throw missingArgument(token) }
            position += 1
            environmentDepth += 1
            let rows = try parseRows(until: .endGroup, opener: open)
            environmentDepth -= 1
            let table = MathSyntax.Table(rows: rows, columnAlign: ["center"], columnLines: [], rowLines: [:], rowSpacing: 0.1,
                                         columnSpacing: 1, displayStyle: false, scriptLevel: nil, alignPairs: false)
            return MathSyntax(.table(table), at: offset)
        case "bmod":
            // LaTeX: \mskip-\medmuskip\mkern5mu\mathbin{mod}\mkern5mu\mskip-\medmuskip, i.e. 5mu a side.
            return MathSyntax(.op("mod", OperatorAttributes(lspace: "0.2778em", rspace: "0.2778em")), at: offset)
        case "pmod", "pod", "mod":
            let argument = try parseArgument(for: token)
            // amsmath: 18mu before in display style; 12mu (\mod) or 8mu (\pmod, \pod) in text style.
            var items: [MathSyntax] = [MathSyntax(.styleSpace(text: name == "mod" ? 12.0 / 18 : 8.0 / 18, display: 1), at: offset)]
            if name == "mod" {
                items += [MathSyntax(.function("mod", limits: .never), at: offset), MathSyntax(.space(6.0 / 18), at: offset), argument]
                return MathSyntax(.row(items), at: offset)
            }
            var inner: [MathSyntax] = []
            if name == "pmod" {
                inner = [MathSyntax(.identifier("mod", upright: true), at: offset), MathSyntax(.space(6.0 / 18), at: offset)]
            }
            inner.append(argument)
            items += [MathSyntax(.op("(", .nonStretchy), at: offset)] + inner + [MathSyntax(.op(")", .nonStretchy), at: offset)]
            return MathSyntax(.row(items), at: offset)
        case "begin":
            return try parseEnvironment(token)
        case "def", "gdef", "newcommand", "renewcommand":
            try parseDefinition(token)
            return nil
        case "KaTeX", "LaTeX", "TeX":
            return Parser.logo(name, font: .roman, at: offset)
        case " ", "space", "nobreakspace":
            return MathSyntax(.text("\u{A0}"), at: offset)
        case "textcircled":
            // A text command; LaTeX draws it in math too.
            return Parser.circled(try parseTextArgument(for: token, font: .roman), at: offset)
        case "varinjlim", "varprojlim", "varliminf", "varlimsup":
            // amsmath: lim with an arrow or a rule under it, or a rule over it; an operator
            // whose limits go under in display style.
            let lim = MathSyntax(.identifier("lim", upright: true), at: offset)
            let mark = ["varinjlim": "→", "varprojlim": "←"][name] ?? "‾"
            let decorated = MathSyntax(.accent(base: lim, mark: mark, stretchy: true, below: name != "varlimsup"), at: offset)
            return MathSyntax(.operator(decorated, limits: .display), at: offset)
        case "minuso":
            return Parser.minuso(at: offset)
        case "dotsx":
            // KaTeX's \dotsx: \ldots\,.
            return MathSyntax(.row([MathSyntax(.op("…", .plain), at: offset), MathSyntax(.space(3.0 / 18), at: offset)]), at: offset)
        case "And":
            // amsmath: \;\mathrel{\&}\; — an ampersand relation with a thick space added on each side.
            return MathSyntax(.op("&", OperatorAttributes(lspace: "0.5556em", rspace: "0.5556em")), at: offset)
        case "rq":
            // LaTeX's \rq is `'`, a prime in math (here with nothing to attach to).
            return MathSyntax(.op("′", OperatorAttributes(lspace: "0em", rspace: "0em")), at: offset)
        case "O":
            // texvc's \O, the empty set (in text, \O is Ø).
            return MathSyntax(.identifier("∅", upright: true), at: offset)
        case "hspace", "kern", "mkern", "mskip", "hskip":
            if name == "hspace", let star = try peek(), star.kind == .character("*") { position += 1 }
            let width = try parseLength(for: token)
            if name == "hskip" || name == "mskip" { try skipGlueStretch() }
            return MathSyntax(.space(width), at: offset)
        case "hline", "hdashline":
            throw MathError(message: "\\\(name) is only allowed at the start of a row in an array or matrix", offset: offset)
        case "":
            throw MathError(message: "a lone backslash at the end of the formula", offset: offset)
        default:
            if CommandTable.structures.contains(name) {
                return try parseStructure(name, token: token)
            }
            if let letter = TextCharacters.letters[name] {
                // LaTeX's special letters (\AA for ångström): upright, as LaTeX draws them in math.
                return MathSyntax(.identifier(letter, upright: true), at: offset)
            }
            if let accent = TextCharacters.accents[name] {
                throw MathError(message: "\\\(name) is a text accent, for use inside \\text", offset: offset,
                                suggestion: accent.mathAccent.map { "\\" + $0 })
            }
            let suggestion = EditDistance.suggestion(for: name, among: CommandTable.allCommands)
            throw MathError(message: "unknown command \\\(name)", offset: offset, suggestion: suggestion.map { "\\" + $0 })
        }
    }

    /// Whether `node` is an empty group.
    static func isEmpty(_ node: MathSyntax) -> Bool {
        if case .row(let items) = node.kind { return items.isEmpty }
        return false
    }

    /// An arrow label that is at least wide enough for its arrow to be `width` em long: the
    /// label is set at script size (0.7) with 0.3em of padding at each side.
    static func withMinimumWidth(_ label: MathSyntax, labelOf width: Double) -> MathSyntax {
        var minimum = MathSyntax.StyleChange()
        minimum.css = "min-width:" + Emitter.em(width / 0.7 - 0.6)
        return MathSyntax(.styled(minimum, Emitter.items(of: label)), at: label.offset)
    }

    /// Whether `node` holds a letter in TeX's default italic (`\mathop{x}` keeps it italic).
    static func hasItalicLetter(_ node: MathSyntax) -> Bool {
        switch node.kind {
        case .identifier(let text, let upright):
            return !upright && text.unicodeScalars.count == 1 && text.unicodeScalars.allSatisfy { $0.value < 0x1D400 && $0.properties.isAlphabetic }
        case .row(let items): return items.contains(where: hasItalicLetter)
        default: return false
        }
    }

    /// Skips the stretch and shrink of TeX glue (`\hskip 3mu plus 2mu minus 1fil`): only the
    /// natural width is drawn.
    mutating func skipGlueStretch() throws(MathError) {
        for keyword in ["plus", "minus"] {
            let saved = position
            let keywordOffset = try peekNonSpace()?.offset ?? endOffset
            var matched = true
            for expected in keyword.unicodeScalars {
                guard let token = try peek(), token.kind == .character(expected) else {
                    matched = false
                    break
                }
                position += 1
            }
            guard matched else {
                position = saved
                continue
            }
            _ = try peekNonSpace()
            var sawDigit = false
            var letters = 0
            while let token = try peek(), case .character(let scalar) = token.kind {
                if ("0"..."9").contains(scalar) || scalar == "." || ((scalar == "-" || scalar == "+") && !sawDigit) {
                    guard letters == 0 else { break }
                    sawDigit = true
                } else if Tokenizer.isLetter(scalar), letters < 5 {
                    letters += 1
                } else {
                    break
                }
                position += 1
            }
            guard sawDigit || letters > 0 else {
                throw MathError(message: "missing length after '\(keyword)' in glue", offset: keywordOffset)
            }
        }
    }

    /// stmaryrd's `\minuso` (⦵, which Latin Modern Math lacks), drawn as KaTeX does: a minus with
    /// a small circle (∘) over its middle, spaced as a binary operator.
    static func minuso(at offset: Int) -> MathSyntax {
        let tight = OperatorAttributes(lspace: "0em", rspace: "0em")
        let circle = MathSyntax(.row([MathSyntax(.space(0.145), at: offset), MathSyntax(.op("∘", tight), at: offset)]), at: offset)
        return MathSyntax(.row([
            MathSyntax(.space(4.0 / 18), at: offset), MathSyntax(.lap(circle, shift: 0), at: offset),
            MathSyntax(.op("−", tight), at: offset), MathSyntax(.space(4.0 / 18), at: offset),
        ]), at: offset)
    }

    /// The text of a group made only of letters, digits, operators and text, for operator names.
    static func plainText(of node: MathSyntax) -> String? {
        switch node.kind {
        case .identifier(let text, _), .number(let text), .text(let text), .function(let text, _): return text
        case .op(let text, _): return text
        case .space(let width): return width > 0 ? "\u{2009}" : ""
        case .row(let items):
            var result = ""
            var previousWasFunction = false
            for item in items {
                guard let text = plainText(of: item) else { return nil }
                let isFunction: Bool
                if case .function = item.kind { isFunction = true } else { isFunction = false }
                // Two operator names in a row (\arg\max) keep TeX's thin space between them.
                if isFunction && previousWasFunction { result += "\u{2009}" }
                previousWasFunction = isFunction
                result += text
            }
            return result
        default: return nil
        }
    }

    /// A one-element row's element, or the node itself.
    static func unwrapped(_ node: MathSyntax) -> MathSyntax {
        if case .row(let items) = node.kind, items.count == 1 { return items[0] }
        return node
    }

    /// Reads an optional `[length]` (`\rule[-2pt]{…}{…}`) in em, or `nil` when there is none.
    mutating func parseOptionalLength(for command: Token) throws(MathError) -> Double? {
        guard let open = try peekNonSpace(), open.kind == .character("[") else { return nil }
        position += 1
        var text = ""
        while let token = try next(), token.kind != .character("]") {
            switch token.kind {
            case .character(let scalar): text.unicodeScalars.append(scalar)
            case .space: break
            default: throw MathError(message: "invalid length in '[…]' after \(Parser.name(of: command))", offset: token.offset)
            }
        }
        guard let value = Length.em(text) else {
            throw MathError(message: "invalid length '\(text)' (expected a number and a unit such as 1em, 3mu, 2pt)", offset: open.offset)
        }
        return value
    }

    /// Reads a braced delimiter argument (`\genfrac`'s `{(}`, `{\{}` or `{}`): `nil` when empty or `.`.
    mutating func parseBracedDelimiter(for command: Token) throws(MathError) -> String? {
        guard let open = try peekNonSpace(), open.kind == .beginGroup else { return try parseDelimiter(after: command) }
        position += 1
        if let close = try peekNonSpace(), close.kind == .endGroup {
            position += 1
            return nil
        }
        let delimiter = try parseDelimiter(after: command)
        guard let close = try peekNonSpace(), close.kind == .endGroup else {
            throw MathError(message: "expected '}' after the delimiter of \(Parser.name(of: command))", offset: open.offset)
        }
        position += 1
        return delimiter
    }

    /// Reads a colour argument for CSS: a name or `#hex`, letters and digits only, so that
    /// it cannot carry other CSS.
    mutating func parseCSSColor(for command: Token) throws(MathError) -> String {
        let start = try peekNonSpace()?.offset ?? command.offset
        var text = try parseRawArgument(for: command).filter { $0 != " " }
        text = colors[text] ?? text
        let valid = !text.isEmpty && text.count <= 32 && text.unicodeScalars.enumerated().allSatisfy { index, scalar in
            (index == 0 && scalar == "#") || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        guard valid else {
            throw MathError(message: "invalid colour '\(text)' (expected a name such as red or a hex colour such as #ff0000)", offset: start)
        }
        return text
    }

    /// Reads a delimiter after `\left`, `\right`, `\middle` or `\big`: `nil` for `.`.
    mutating func parseDelimiter(after command: Token) throws(MathError) -> String? {
        guard let token = try peekNonSpace() else {
            throw MathError(message: "missing delimiter after \(Parser.name(of: command))", offset: command.offset)
        }
        position += 1
        switch token.kind {
        case .character("."): return nil
        case .character(let scalar):
            switch scalar {
            case "(", ")", "[", "]", "|", "/", "<", ">":
                return scalar == "<" ? "⟨" : scalar == ">" ? "⟩" : String(scalar)
            default:
                if let symbol = SymbolTable.byCharacter[scalar], [.open, .close].contains(symbol.symbolClass) { return symbol.text }
            }
        case .command(let name):
            switch name {
            case "{", "lbrace": return "{"
            case "}", "rbrace": return "}"
            case "|", "Vert", "lVert", "rVert", "Arrowvert": return "‖"
            case "vert", "lvert", "rvert", "arrowvert", "mid": return "|"
            case "backslash": return "\\"
            case "uparrow", "downarrow", "updownarrow", "Uparrow", "Downarrow", "Updownarrow":
                return SymbolTable.symbols[name]?.text
            default:
                if let symbol = SymbolTable.symbols[name], [.open, .close].contains(symbol.symbolClass) { return symbol.text }
            }
        default:
            break
        }
        throw MathError(message: "\(Parser.name(of: token)) is not a delimiter after \(Parser.name(of: command))", offset: token.offset,
                        suggestion: nil)
    }

    /// How a token is named in messages.
    static func name(of token: Token) -> String {
        switch token.kind {
        case .command(let name): return "\\" + name
        case .character(let scalar): return "'\(scalar)'"
        case .beginGroup: return "'{'"
        case .endGroup: return "'}'"
        case .superscript: return "'^'"
        case .subscript: return "'_'"
        case .alignment: return "'&'"
        case .space: return "a space"
        case .parameter: return "'#'"
        }
    }

    /// Parses amsmath's `\cfrac[c]{num}{den}`: a display-style fraction whose numerator holds a
    /// `\strut`, so that the levels of a continued fraction keep a line's height apart.
    mutating func parseContinuedFraction(_ command: Token) throws(MathError) -> MathSyntax {
        if let position = try parseOptionalArgument() {
            let side = Parser.plainText(of: position)
            if side == "l" || side == "r" {
                throw MathError(message: "\\cfrac[\(side!)] is not supported: MathML centres a numerator; use \\cfrac",
                                offset: position.offset)
            }
            if side != "c" { throw MathError(message: "\\cfrac takes [l], [c] or [r]", offset: position.offset) }
        }
        let numerator = try parseArgument(for: command)
        let denominator = try parseArgument(for: command)
        let strutted = MathSyntax(.row([Parser.strut(at: numerator.offset), numerator]), at: numerator.offset)
        return MathSyntax(.fraction(numerator: strutted, denominator: denominator, thickness: nil, displayStyle: true),
                          at: command.offset)
    }

    /// LaTeX's `\strut`: no width, 0.7 and 0.3 of the 12pt baseline skip of a 10pt font.
    static func strut(at offset: Int) -> MathSyntax {
        MathSyntax(.rule(width: 0, height: 0.84, depth: 0.36), at: offset)
    }

    /// Parses `\left<d> … [\middle<d> …] \right<d>` after `\left`.
    mutating func parseLeftRight(_ left: Token) throws(MathError) -> MathSyntax {
        let open = try parseDelimiter(after: left)
        var body: [MathSyntax] = []
        let savedBrackets = bracketDepth
        bracketDepth = 0
        defer { bracketDepth = savedBrackets }
        while true {
            body += try parseList()
            guard let token = try peekNonSpace() else {
                throw MathError(message: "\\left without a matching \\right", offset: left.offset)
            }
            switch token.kind {
            case .command("middle"):
                position += 1
                let delimiter = try parseDelimiter(after: token)
                // Chromium gives a stretched slash a box far wider than its ink, so slashes
                // keep their natural size. Others grow symmetrically about the math axis, as
                // TeX's delimiters do: without `symmetric` Chromium stretches an infix bar
                // only to the row's own height and depth (it drops below the baseline and
                // does not cover a fraction).
                let slash = delimiter == "/" || delimiter == "\\"
                body.append(MathSyntax(.op(delimiter ?? "", OperatorAttributes(fence: true, stretchy: !slash, symmetric: slash ? nil : true,
                                                                             lspace: "0.05em", rspace: "0.05em")), at: token.offset))
            case .command("right"):
                position += 1
                let close = try parseDelimiter(after: token)
                return MathSyntax(.fenced(open: open, body: body, close: close), at: left.offset)
            case _ where Parser.isLineBreak(token) && environmentDepth == 0:
                // As inside braces: only the top level of a formula breaks lines (KaTeX).
                position += 1
                _ = try parseRowGap()
            default:
                if case .endGroup = token.kind {
                    throw MathError(message: "\\left without a matching \\right before this '}'", offset: left.offset)
                }
                throw unexpected(token)
            }
        }
    }

    /// Parses `\not` and what it negates.
    mutating func parseNot(_ token: Token) throws(MathError) -> MathSyntax? {
        let negations: [String: String] = [
            "=": "≠", "<": "≮", ">": "≯", "≤": "≰", "≥": "≱", "∈": "∉", "≡": "≢", "∼": "≁", "⊂": "⊄", "⊃": "⊅", "⊆": "⊈",
            "⊇": "⊉", "≈": "≉", "≅": "≇", "∣": "∤", "∥": "∦", "≃": "≄", "∋": "∌", "→": "↛", "←": "↚", "⩽": "≰", "⩾": "≱",
            "≺": "⊀", "≻": "⊁", "⊢": "⊬", "⊨": "⊭",
        ]
        guard let next = try peekNonSpace(), !endsList(next) else {
            return MathSyntax(.identifier("/", upright: true), at: token.offset)
        }
        let slash = MathSyntax(.row([MathSyntax(.identifier("/", upright: true), at: token.offset), MathSyntax(.space(-0.5), at: token.offset)]), at: token.offset)
        if next.kind == .beginGroup {
            // \not{…}: a slash over the start of the group.
            return slash
        }
        guard let atom = try parseAtom(single: true) else { return nil }
        switch atom.kind {
        case .op(let text, let attributes):
            if let negated = negations[text] { return MathSyntax(.op(negated, attributes), at: token.offset) }
            return MathSyntax(.op(text + "\u{338}", attributes), at: token.offset)
        case .identifier(let text, let upright):
            if let negated = negations[text] { return MathSyntax(.op(negated, .plain), at: token.offset) }
            return MathSyntax(.identifier(text + "\u{338}", upright: upright), at: token.offset)
        default:
            return MathSyntax(.row([slash, atom]), at: token.offset)
        }
    }

    /// Parses `\def\name#1#2{body}`, `\newcommand{\name}[2]{body}` or
    /// `\newcommand{\name}[2][default]{body}`.
    mutating func parseDefinition(_ token: Token) throws(MathError) {
        guard var nameToken = try peekNonSpace() else { throw missingArgument(token) }
        var braced = false
        if nameToken.kind == .beginGroup {
            position += 1
            braced = true
            guard let inner = try peekNonSpace() else { throw missingArgument(token) }
            nameToken = inner
        }
        guard case .command(let name) = nameToken.kind else {
            throw MathError(message: "\(Parser.name(of: token)) needs a command name such as \\foo", offset: nameToken.offset)
        }
        // Take the name token raw: it must not be expanded.
        position += 1
        if braced {
            guard let close = try peekNonSpace(), close.kind == .endGroup else { throw missingArgument(token) }
            position += 1
        }
        var arity = 0
        var optionalDefault: [Token]?
        if Parser.name(of: token) == "\\def" || Parser.name(of: token) == "\\gdef" {
            // \def\foo#1#2{…}: the parameters in order.
            while let hash = try peekNonSpace(), hash.kind == .parameter {
                position += 1
                guard let digit = try peek(), digit.kind == .character(Unicode.Scalar(UInt8(ascii: "1") + UInt8(arity))) else {
                    throw MathError(message: "expected #\(arity + 1) in the parameters of \\\(name)", offset: hash.offset)
                }
                position += 1
                arity += 1
                if arity == 9 { break }
            }
        } else if let bracket = try peekNonSpace(), bracket.kind == .character("[") {
            // \newcommand{\foo}[2]{…}
            position += 1
            var text = ""
            while let inner = try next(), inner.kind != .character("]") {
                if case .character(let scalar) = inner.kind { text.unicodeScalars.append(scalar) } else if inner.kind != .space { text += "?" }
            }
            guard let count = Int(text.filter { $0 != " " }), (0...9).contains(count) else {
                throw MathError(message: "expected a number of arguments from 0 to 9 in '[…]'", offset: bracket.offset)
            }
            arity = count
            if let optional = try peekNonSpace(), optional.kind == .character("[") {
                guard arity > 0 else {
                    throw MathError(message: "an optional argument needs a number of arguments from 1 to 9 in '[…]'", offset: optional.offset)
                }
                let (inside, end) = try bracketedTokens(openingAt: position)
                optionalDefault = inside
                position = end
            }
        }
        guard let open = try peekNonSpace() else { throw missingArgument(token) }
        guard open.kind == .beginGroup else { throw missingArgument(token) }
        let unclosed = MathError(message: "unbalanced braces: missing '}' for the '{' opened here", offset: open.offset)
        let (body, end) = try groupTokens(openingAt: position, closedBy: .endGroup, unclosed: unclosed)
        position = end
        macros[name] = Macro(body: body, arity: arity, optionalDefault: optionalDefault)
    }
}
