extension Parser {
    /// Parses one of ``CommandTable/structures``: verbatim text, links and HTML attributes,
    /// `\char`, boxes drawn with CSS (`\phase`, line segments), `\vcenter`, `\mathchoice`,
    /// `\sideset`, plain TeX matrices and `\definecolor`.
    ///
    /// - Parameters:
    ///   - name: The command name without the backslash.
    ///   - token: The command token, for offsets.
    /// - Returns: The node, or `nil` for commands without output (`\definecolor`).
    /// - Throws: ``MathError``.
    mutating func parseStructure(_ name: String, token: Token) throws(MathError) -> MathSyntax? {
        let offset = token.offset
        switch name {
        case "verb", "verb*":
            return try parseVerbatim(starred: name == "verb*", token: token)
        case "url":
            let url = try parseURL(for: token)
            return MathSyntax(.link(url, Parser.monospaceText(url, visibleSpaces: false, at: offset)), at: offset)
        case "href":
            let url = try parseURL(for: token)
            let body = try parseArgument(for: token)
            return MathSyntax(.link(url, body), at: offset)
        case "includegraphics":
            throw MathError(message: "\\includegraphics is not supported: the page would have to load the image; "
                            + "put the image in the Markdown text instead", offset: offset)
        case "ref", "eqref":
            // A formula is converted on its own, without the book's equation numbers.
            throw MathError(message: "\\\(name) is not supported inside math; refer to an equation with @eq-… in the text", offset: offset)
        case "htmlId", "htmlClass", "htmlStyle", "htmlData":
            let valueStart = try peekNonSpace()?.offset ?? offset
            let value = try parseRawArgument(for: token)
            let attributes = try Parser.htmlAttributes(name, value: value, offset: valueStart)
            let body = try parseArgument(for: token)
            return MathSyntax(.attributed(attributes, body), at: offset)
        case "char":
            let scalar = try parseCharCode(token)
            return MathSyntax(.identifier(String(scalar), upright: true), at: offset)
        case "phase":
            // steinmetz's phasor angle, as KaTeX draws it: a rule under the body (0.35ex below
            // its depth, 0.6pt thick) and a stroke from that rule's left end up to the body's top,
            // in a left pad about half the height wide.
            let body = try parseArgument(for: token)
            var change = MathSyntax.StyleChange()
            change.css = "padding-left:0.6em;padding-bottom:0.15em;border-bottom:0.06em solid;"
                + "background-image:linear-gradient(to bottom right,transparent calc(50% - 0.04em),currentcolor calc(50% - 0.04em),"
                + "currentcolor calc(50% + 0.04em),transparent calc(50% + 0.04em));background-size:0.54em 100%;background-repeat:no-repeat"
            return MathSyntax(.styled(change, [body]), at: offset)
        case "overlinesegment", "underlinesegment":
            // A rule with a short tick at each end (KaTeX's line segments), painted as three
            // backgrounds in a 0.3em pad above or below the body.
            let body = try parseArgument(for: token)
            let side = name == "overlinesegment" ? "top" : "bottom"
            let rule = "linear-gradient(currentcolor,currentcolor)"
            var change = MathSyntax.StyleChange()
            change.css = "padding-\(side):0.3em;background-image:\(rule),\(rule),\(rule);background-size:100% 0.05em,0.05em 0.3em,0.05em 0.3em;"
                + "background-position:left 0 \(side) 0.125em,left \(side),right \(side);background-repeat:no-repeat"
            return MathSyntax(.styled(change, [body]), at: offset)
        case "vcenter":
            return MathSyntax(.vcenter(try parseArgument(for: token)), at: offset)
        case "mathchoice":
            let display = try parseArgument(for: token)
            let text = try parseArgument(for: token)
            let script = try parseArgument(for: token)
            let scriptScript = try parseArgument(for: token)
            return MathSyntax(.styleChoice(display: display, text: text, script: script, scriptScript: scriptScript), at: offset)
        case "sideset":
            return try parseSideset(token)
        case "matrix", "bordermatrix":
            return try parsePlainMatrix(name, token: token)
        case "definecolor":
            try parseColorDefinition(token)
            return nil
        default:
            let suggestion = EditDistance.suggestion(for: name, among: CommandTable.allCommands)
            throw MathError(message: "unknown command \\\(name)", offset: offset, suggestion: suggestion.map { "\\" + $0 })
        }
    }

    // MARK: - Verbatim text and links

    /// Reads the delimited text after `\verb` (the tokenizer has turned it into characters)
    /// and sets it in monospace, spaces kept (`\verb*` shows them as `␣`).
    mutating func parseVerbatim(starred: Bool, token: Token) throws(MathError) -> MathSyntax {
        guard position < tokens.count, case .character(let delimiter) = tokens[position].kind else {
            throw MathError(message: "\\verb needs its text between two equal delimiters, such as \\verb|x^2|", offset: token.offset)
        }
        position += 1
        var text = ""
        while true {
            guard position < tokens.count, case .character(let scalar) = tokens[position].kind else {
                throw MathError(message: "\\verb text is not closed by '\(delimiter)' before the end of the line", offset: token.offset)
            }
            position += 1
            if scalar == delimiter { break }
            text.unicodeScalars.append(scalar)
        }
        return Parser.monospaceText(text, visibleSpaces: starred, at: token.offset)
    }

    /// Monospace text: letters and digits as Unicode monospace characters, each space as a
    /// space one monospace character wide (0.525em), or as `␣` when `visibleSpaces`.
    static func monospaceText(_ text: String, visibleSpaces: Bool, at offset: Int) -> MathSyntax {
        if visibleSpaces {
            return MathSyntax(.text(MathFont.monospace.map(String(text.map { $0 == " " ? "␣" : $0 }))), at: offset)
        }
        var items: [MathSyntax] = []
        var run = ""
        for character in text {
            if character == " " {
                if !run.isEmpty { items.append(MathSyntax(.text(MathFont.monospace.map(run)), at: offset)) }
                run = ""
                items.append(MathSyntax(.space(0.525), at: offset))
            } else {
                run.append(character)
            }
        }
        if !run.isEmpty { items.append(MathSyntax(.text(MathFont.monospace.map(run)), at: offset)) }
        return items.count == 1 ? items[0] : MathSyntax(.row(items), at: offset)
    }

    /// Reads the URL argument of `\href` or `\url` (tokenized raw: `%`, `#` and `~` are plain
    /// characters) and checks it: `\#`, `\%`, `\&`, `\~`, `\_`, `\^`, `\{`, `\}` and `\\` stand for
    /// the character; only http, https and mailto links and scheme-less links inside the site
    /// are allowed, so a formula cannot carry a `javascript:` link.
    mutating func parseURL(for command: Token) throws(MathError) -> String {
        let start = try peekNonSpace()?.offset ?? command.offset
        let raw = try parseRawArgument(for: command)
        var url = ""
        var escaped = false
        for scalar in raw.unicodeScalars {
            if escaped {
                if !"#$%&~_^{}\\".unicodeScalars.contains(scalar) { url += "\\" }
                url.unicodeScalars.append(scalar)
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else {
                url.unicodeScalars.append(scalar)
            }
        }
        if escaped { url += "\\" }
        url = url.trimmedOfSpaces
        guard !url.isEmpty else { throw MathError(message: "empty URL in \(Parser.name(of: command))", offset: start) }
        if url.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw MathError(message: "control character in the URL of \(Parser.name(of: command))", offset: start)
        }
        // A scheme is what precedes the first ':' when no '/', '?' or '#' comes before it.
        if let colon = url.firstIndex(of: ":") {
            let prefix = url[..<colon]
            if !prefix.contains(where: { "/?#".contains($0) }) {
                let scheme = prefix.lowercased()
                guard ["http", "https", "mailto"].contains(scheme) else {
                    throw MathError(message: "\(Parser.name(of: command)) allows only http, https and mailto links and links within the site, "
                                    + "not '\(prefix):'", offset: start)
                }
            }
        }
        return url
    }

    /// The attributes of `\htmlId{id}`, `\htmlClass{names}`, `\htmlStyle{css}` and
    /// `\htmlData{key=value, …}`, checked: no white space in an id, class names separated by
    /// spaces, CSS that cannot load anything, `data-` keys of lower-case letters, digits, `-`,
    /// `_` and `.`.
    static func htmlAttributes(_ name: String, value: String, offset: Int) throws(MathError) -> [MathSyntax.HTMLAttribute] {
        if value.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw MathError(message: "control character in the argument of \\\(name)", offset: offset)
        }
        let trimmed = value.trimmedOfSpaces
        switch name {
        case "htmlId":
            guard !trimmed.isEmpty, !trimmed.contains(" ") else {
                throw MathError(message: "invalid id '\(value)' in \\htmlId (expected one word without spaces)", offset: offset)
            }
            return [MathSyntax.HTMLAttribute(name: "id", value: trimmed)]
        case "htmlClass":
            let names = trimmed.split(separator: " ")
            guard !names.isEmpty else { throw MathError(message: "empty class name in \\htmlClass", offset: offset) }
            return [MathSyntax.HTMLAttribute(name: "class", value: names.joined(separator: " "))]
        case "htmlStyle":
            try CSSCheck.check(trimmed, command: name, offset: offset)
            return [MathSyntax.HTMLAttribute(name: "style", value: trimmed)]
        default:
            var attributes: [MathSyntax.HTMLAttribute] = []
            for pair in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
                let parts = pair.split(separator: "=", omittingEmptySubsequences: false)
                guard parts.count == 2 else {
                    throw MathError(message: "invalid entry '\(pair.trimmedOfSpaces)' in \\htmlData (expected key=value)", offset: offset)
                }
                let key = parts[0].trimmedOfSpaces
                let validKey = !key.isEmpty && key.unicodeScalars.allSatisfy {
                    ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
                }
                guard validKey else {
                    throw MathError(message: "invalid key '\(key)' in \\htmlData (use lower-case letters, digits, '-', '_' and '.')", offset: offset)
                }
                attributes.append(MathSyntax.HTMLAttribute(name: "data-" + key, value: parts[1].trimmedOfSpaces))
            }
            return attributes
        }
    }

    // MARK: - Characters

    /// Reads TeX's number after `\char`: decimal, `'` octal, `"` hexadecimal (KaTeX also takes
    /// lower-case digits) or `` ` `` and a character (`` \char`\% ``).
    mutating func parseCharCode(_ token: Token) throws(MathError) -> Unicode.Scalar {
        guard let first = try peekNonSpace() else {
            throw MathError(message: "missing character code after \\char", offset: token.offset)
        }
        var base: UInt32 = 10
        switch first.kind {
        case .character("'"): base = 8; position += 1
        case .character("\""): base = 16; position += 1
        case .character("`"):
            position += 1
            guard let character = try next() else { throw MathError(message: "missing character after \\char`", offset: token.offset) }
            switch character.kind {
            case .character(let scalar): return scalar
            case .command(let name) where name.unicodeScalars.count == 1: return name.unicodeScalars.first ?? " "
            default: throw MathError(message: "expected a character after \\char`", offset: character.offset)
            }
        default: break
        }
        var code: UInt32 = 0
        var digits = 0
        while let digitToken = try peek(), case .character(let scalar) = digitToken.kind, let digit = Parser.digitValue(scalar), digit < base {
            position += 1
            digits += 1
            code = code * base + digit
            if code > 0x10FFFF { throw MathError(message: "character code after \\char is larger than 0x10FFFF", offset: token.offset) }
        }
        guard digits > 0 else {
            let kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "decimal"
            throw MathError(message: "expected a \(kind) character code after \\char", offset: token.offset)
        }
        guard code >= 0x20, code != 0x7F, let scalar = Unicode.Scalar(code) else {
            throw MathError(message: "\\char \(code) is not a printable character", offset: token.offset)
        }
        return scalar
    }

    /// The value of a digit in bases up to 16 (0–9, a–f, A–F), or `nil`.
    static func digitValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 48
        case "a"..."f": return scalar.value - 87
        case "A"..."F": return scalar.value - 55
        default: return nil
        }
    }

    // MARK: - Scripts on both sides

    /// `\sideset{_a^b}{_c^d}\sum`: scripts at the four corners of a big operator, whose own
    /// limits (read by the caller) still go under and over it in display style.
    mutating func parseSideset(_ token: Token) throws(MathError) -> MathSyntax {
        let before = try parseArgument(for: token)
        let after = try parseArgument(for: token)
        guard let operatorToken = try peekNonSpace(), !endsList(operatorToken), let base = try parseAtom(single: true) else {
            throw MathError(message: "\\sideset needs a big operator after its two arguments, such as \\sum", offset: token.offset)
        }
        func scripts(_ node: MathSyntax) throws(MathError) -> (MathSyntax?, MathSyntax?) {
            let items = Emitter.items(of: node)
            if items.isEmpty { return (nil, nil) }
            guard items.count == 1, case .scripts(let empty, let sub, let sup) = items[0].kind, case .row(let inner) = empty.kind, inner.isEmpty else {
                throw MathError(message: "the arguments of \\sideset must be scripts only, such as {_1^2}", offset: node.offset)
            }
            return (sub, sup)
        }
        let (preSub, preSup) = try scripts(before)
        let (postSub, postSup) = try scripts(after)
        let multi = MathSyntax(.multiscripts(base: base, preSub: preSub, preSup: preSup, postSub: postSub, postSup: postSup), at: token.offset)
        return MathSyntax(.operator(multi, limits: .display), at: token.offset)
    }

    // MARK: - Plain TeX matrices

    /// Plain TeX's `\matrix{a & b \cr c & d}` and `\bordermatrix{…}` (its optional argument, as
    /// in Temml, gives other delimiters: `\bordermatrix[{[]}]{…}`).
    mutating func parsePlainMatrix(_ name: String, token: Token) throws(MathError) -> MathSyntax {
        var open = "("
        var close = ")"
        if name == "bordermatrix", let bracket = try peekNonSpace(), bracket.kind == .character("[") {
            position += 1
            let braced = try peekNonSpace()?.kind == .beginGroup
            if braced { position += 1 }
            open = try parseDelimiter(after: token) ?? ""
            close = try parseDelimiter(after: token) ?? ""
            if braced {
                guard try peekNonSpace()?.kind == .endGroup else {
                    throw MathError(message: "expected two delimiters such as {[]} in the optional argument of \\bordermatrix", offset: bracket.offset)
                }
                position += 1
            }
            guard try peekNonSpace()?.kind == .character("]") else {
                throw MathError(message: "expected two delimiters such as {[]} in the optional argument of \\bordermatrix", offset: bracket.offset)
            }
            position += 1
        }
        guard let brace = try peekNonSpace(), brace.kind == .beginGroup else { throw missingArgument(token) }
        position += 1
        // Each \bordermatrix holds its entries three times (once visible, twice as phantoms),
        // so nesting multiplies the output: a limit keeps it small.
        if name == "bordermatrix" {
            guard borderMatrixDepth < 3 else {
                throw MathError(message: "\\bordermatrix nested more than 3 deep", offset: token.offset)
            }
            borderMatrixDepth += 1
        }
        environmentDepth += 1
        let rows = try parseRows(until: .endGroup, opener: brace)
        environmentDepth -= 1
        if name == "bordermatrix" { borderMatrixDepth -= 1 }
        let offset = token.offset
        func table(_ rows: [[MathSyntax]], align: [String] = ["center"]) -> MathSyntax.Table {
            MathSyntax.Table(rows: rows, columnAlign: align, columnLines: [], rowLines: [:], rowSpacing: 0.16, columnSpacing: 1,
                             displayStyle: false, scriptLevel: 0, alignPairs: false)
        }
        guard name == "bordermatrix" else { return MathSyntax(.table(table(rows)), at: offset) }
        guard rows.count >= 2 else {
            throw MathError(message: "\\bordermatrix needs a row of column labels and at least one row with a label and entries", offset: offset)
        }
        // TeX sets the row labels left of the delimiters and the column labels above them.
        // Three tables share row heights and column widths through phantoms: the labels on
        // the left (each with the vertical phantom of its row), the entries between the
        // delimiters (under a flat row holding the column labels' widths), and above them the
        // column labels (over flat rows holding the entries' widths).
        let columns = rows.map { max($0.count - 1, 0) }.max() ?? 0
        func cell(_ row: [MathSyntax], _ column: Int) -> MathSyntax {
            column + 1 < row.count ? row[column + 1] : MathSyntax(.row([]), at: offset)
        }
        func flat(_ node: MathSyntax) -> MathSyntax { MathSyntax(.phantom(node, keepWidth: true, keepHeight: false), at: node.offset) }
        let header = rows[0]
        let body = Array(rows.dropFirst())
        var left = table(body.map { row in
            let entries = MathSyntax(.row((0..<columns).map { cell(row, $0) }), at: offset)
            let label = row.first ?? MathSyntax(.row([]), at: offset)
            return [MathSyntax(.row([label, MathSyntax(.phantom(entries, keepWidth: false, keepHeight: true), at: offset)]), at: label.offset)]
        }, align: ["left"])
        left.columnSpacing = 0
        var inner = table([(0..<columns).map { flat(cell(header, $0)) }] + body.map { row in (0..<columns).map { cell(row, $0) } })
        inner.flatRows = [0]
        var top = table([(0..<columns).map { cell(header, $0) }] + body.map { row in (0..<columns).map { flat(cell(row, $0)) } })
        top.flatRows = Set(1..<(body.count + 1))
        let fenced = MathSyntax(.fenced(open: open.isEmpty ? nil : open, body: [MathSyntax(.table(inner), at: offset)], close: close.isEmpty ? nil : close), at: offset)
        let labels = MathSyntax(.styled(MathSyntax.StyleChange(displayStyle: false, scriptLevel: 0), [MathSyntax(.table(top), at: offset)]), at: offset)
        return MathSyntax(.row([MathSyntax(.table(left), at: offset), MathSyntax(.underOver(base: fenced, under: nil, over: labels, accent: false), at: offset)]), at: offset)
    }

    // MARK: - Colours

    /// `\definecolor{name}{model}{values}` with xcolor's models `HTML`, `rgb`, `RGB`, `gray`
    /// and `cmyk`: later `\color{name}` and friends use the colour.
    mutating func parseColorDefinition(_ token: Token) throws(MathError) {
        let nameStart = try peekNonSpace()?.offset ?? token.offset
        let name = try parseRawArgument(for: token).trimmedOfSpaces
        guard !name.isEmpty, name.count <= 32, name.unicodeScalars.allSatisfy({ Tokenizer.isLetter($0) || ("0"..."9").contains($0) }) else {
            throw MathError(message: "invalid colour name '\(name)' in \\definecolor (use letters and digits)", offset: nameStart)
        }
        let modelStart = try peekNonSpace()?.offset ?? token.offset
        let model = try parseRawArgument(for: token).trimmedOfSpaces
        let valuesStart = try peekNonSpace()?.offset ?? token.offset
        let values = try parseRawArgument(for: token).filter { $0 != " " }
        let numbers = values.split(separator: ",", omittingEmptySubsequences: false).map { part -> Double? in
            guard part.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "." }) else { return nil }
            return Double(part)
        }
        func invalid(_ expected: String) -> MathError {
            MathError(message: "invalid \(model) colour '\(values)' in \\definecolor (expected \(expected))", offset: valuesStart)
        }
        func hex(_ channels: [Double]) -> String {
            "#" + channels.map { value -> String in
                let byte = Int((min(max(value, 0), 1) * 255).rounded())
                let digits = String(byte, radix: 16)
                return digits.count == 1 ? "0" + digits : digits
            }.joined()
        }
        let fractions = numbers.compactMap { $0 }.filter { $0 <= 1 }
        let css: String
        switch model {
        case "HTML":
            guard values.count == 6, values.unicodeScalars.allSatisfy({ Parser.digitValue($0) != nil }) else { throw invalid("six hex digits such as FF8000") }
            css = "#" + values.lowercased()
        case "rgb":
            guard numbers.count == 3, fractions.count == 3 else { throw invalid("three numbers from 0 to 1 such as 1,0.5,0") }
            css = hex(fractions)
        case "RGB":
            let bytes = numbers.compactMap { $0 }.filter { $0 <= 255 }
            guard numbers.count == 3, bytes.count == 3 else { throw invalid("three numbers from 0 to 255 such as 255,128,0") }
            css = hex(bytes.map { $0 / 255 })
        case "gray":
            guard numbers.count == 1, fractions.count == 1 else { throw invalid("a number from 0 to 1") }
            css = hex([fractions[0], fractions[0], fractions[0]])
        case "cmyk":
            guard numbers.count == 4, fractions.count == 4 else { throw invalid("four numbers from 0 to 1") }
            let black = fractions[3]
            css = hex(fractions.prefix(3).map { (1 - $0) * (1 - black) })
        default:
            throw MathError(message: "unknown colour model '\(model)' in \\definecolor (use HTML, rgb, RGB, gray or cmyk)", offset: modelStart)
        }
        colors[name] = css
    }
}

/// Checks CSS from `\htmlStyle` so that it cannot make the page load anything: no escapes
/// (which could spell `url(`), no at-rules, and no functions other than colours, maths,
/// gradients and transforms.
enum CSSCheck {
    static let functions: Set<String> = [
        "rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch", "color", "color-mix", "calc", "min", "max", "clamp",
        "var", "linear-gradient", "radial-gradient", "conic-gradient", "repeating-linear-gradient", "repeating-radial-gradient",
        "repeating-conic-gradient", "translate", "translatex", "translatey", "rotate", "scale", "scalex", "scaley", "skew",
        "skewx", "skewy", "matrix",
    ]

    /// Throws when `css` holds a backslash, an `@`, or a function outside ``functions``.
    static func check(_ css: String, command: String, offset: Int) throws(MathError) {
        if css.contains("\\") || css.contains("@") {
            throw MathError(message: "\\\(command): escapes and at-rules are not allowed in the CSS", offset: offset)
        }
        var name = ""
        for scalar in css.unicodeScalars {
            if scalar == "(" {
                guard functions.contains(name.lowercased()) else {
                    throw MathError(message: "\\\(command): the CSS function '\(name)(' is not allowed "
                                    + "(nothing in a formula may load a resource)", offset: offset)
                }
                name = ""
            } else if Tokenizer.isLetter(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" {
                name.unicodeScalars.append(scalar)
            } else {
                name = ""
            }
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces.
    var trimmedOfSpaces: String {
        let scalars = Array(unicodeScalars)
        guard let first = scalars.firstIndex(where: { $0 != " " }), let last = scalars.lastIndex(where: { $0 != " " }) else { return "" }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[first...last])
        return result
    }
}
