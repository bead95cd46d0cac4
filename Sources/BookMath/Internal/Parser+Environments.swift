extension Parser {
    /// Parses `\begin{name} … \end{name}` after the `\begin` token.
    ///
    /// - Parameter begin: The `\begin` token.
    /// - Returns: The table (with its delimiters for `pmatrix`, `cases`, …).
    /// - Throws: ``MathError`` for unknown or mismatched environments and bad rows.
    mutating func parseEnvironment(_ begin: Token) throws(MathError) -> MathSyntax {
        let name = try parseRawArgument(for: begin).filter { $0 != " " }
        guard CommandTable.environments.contains(name) else {
            let suggestion = EditDistance.suggestion(for: name, among: CommandTable.environments.sorted())
            throw MathError(message: "unknown environment '\(name)'", offset: begin.offset, suggestion: suggestion)
        }
        let offset = begin.offset
        if name == "CD" { return try parseCommutativeDiagram(begin) }
        var spec = ""
        if ["array", "darray", "subarray"].contains(name) {
            spec = try parseRawArgument(for: begin)
        } else if ["alignat", "alignat*", "alignedat"].contains(name) {
            _ = try parseRawArgument(for: begin)
        } else if name.hasSuffix("matrix*"), let bracket = try peekNonSpace(), bracket.kind == .character("[") {
            position += 1
            while let token = try next(), token.kind != .character("]") {}
        }
        if name == "equation" || name == "equation*" {
            let body = try parseList()
            try expectEnd(of: name, begin: begin)
            return MathSyntax(.row(body), at: offset)
        }
        var stretch = 1.0
        if let macro = macros["arraystretch"] {
            var text = ""
            for token in macro.body { if case .character(let scalar) = token.kind { text.unicodeScalars.append(scalar) } }
            let allowed = text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." }
            if allowed, let value = Double(text), value.isFinite, value <= 20 { stretch = value }
        }
        environmentDepth += 1
        var rowLines: [Int: String] = [:]
        var rowGaps: [Int: Double] = [:]
        let rows = try parseRows(until: .command("end"), opener: begin, rowLines: &rowLines, rowGaps: &rowGaps)
        environmentDepth -= 1
        try expectEnd(of: name, begin: begin)

        var table = MathSyntax.Table(rows: rows, columnAlign: ["center"], columnLines: [], rowLines: rowLines,
                                     rowSpacing: 0.16 + stretch - 1, columnSpacing: 1, displayStyle: false, scriptLevel: 0, alignPairs: false)
        table.rowGaps = rowGaps
        var open: String?
        var close: String?
        switch name {
        case "pmatrix", "pmatrix*": (open, close) = ("(", ")")
        case "bmatrix", "bmatrix*": (open, close) = ("[", "]")
        case "Bmatrix", "Bmatrix*": (open, close) = ("{", "}")
        case "vmatrix", "vmatrix*": (open, close) = ("|", "|")
        case "Vmatrix", "Vmatrix*": (open, close) = ("‖", "‖")
        case "smallmatrix":
            table.scriptLevel = 1
            table.rowSpacing = 0.1
            table.columnSpacing = 0.2778
            // The whole table in script size, so that Chromium's cell padding (in em of the
            // table) shrinks with it: columns a \thickspace-like 0.57em apart, not 0.8em.
            let node = MathSyntax(.table(table), at: offset)
            return MathSyntax(.styled(MathSyntax.StyleChange(scriptLevel: 1), [node]), at: offset)
        case "cases", "dcases", "rcases", "drcases":
            table.columnAlign = ["left"]
            table.rowSpacing = 0.16 + 1.2 * stretch - 1
            table.displayStyle = name == "dcases" || name == "drcases"
            if name.hasSuffix("rcases") { close = "}" } else { open = "{" }
        case "aligned", "align", "align*", "alignat", "alignat*", "alignedat", "split":
            table.columnAlign = ["right", "left"]
            table.columnSpacing = 0
            table.rowSpacing = 0.25
            table.displayStyle = true
            table.alignPairs = true
            switch name {
            case "align", "align*": table.pairSeparation = 2
            case "alignat", "alignat*", "alignedat": table.pairSeparation = 0
            default: table.pairSeparation = 1
            }
        case "gathered", "gather", "gather*", "multline", "multline*":
            table.rowSpacing = 0.25
            table.displayStyle = true
        case "array", "darray", "subarray":
            let columns = try Parser.columnSpec(spec, offset: offset)
            table.columnAlign = columns.aligns
            table.columnLines = columns.lines
            table.leftLine = columns.left
            table.rightLine = columns.right
            table.displayStyle = name == "darray"
            if name == "subarray" {
                table.rowSpacing = 0.1
                table.scriptLevel = nil
                table.columnSpacing = 0
            }
        default:
            break
        }
        let node = MathSyntax(.table(table), at: offset)
        if open != nil || close != nil {
            return MathSyntax(.fenced(open: open, body: [node], close: close), at: offset)
        }
        return node
    }

    /// Consumes `\end{name}` and checks that it closes `name`.
    mutating func expectEnd(of name: String, begin: Token) throws(MathError) {
        guard let end = try peekNonSpace(), end.kind == .command("end") else {
            if let token = try peekNonSpace() { throw unexpected(token) }
            throw MathError(message: "missing \\end{\(name)} for this \\begin{\(name)}", offset: begin.offset)
        }
        position += 1
        let endName = try parseRawArgument(for: end).filter { $0 != " " }
        guard endName == name else {
            throw MathError(message: "\\begin{\(name)} ended by \\end{\(endName)}", offset: end.offset, suggestion: "\\end{\(name)}")
        }
    }

    /// Parses rows of `&`-separated cells up to `terminator` (not consumed unless it is `}`).
    mutating func parseRows(until terminator: Token.Kind, opener: Token) throws(MathError) -> [[MathSyntax]] {
        var lines: [Int: String] = [:]
        var gaps: [Int: Double] = [:]
        return try parseRows(until: terminator, opener: opener, rowLines: &lines, rowGaps: &gaps)
    }

    /// Parses rows of `&`-separated cells, recording `\hline`/`\hdashline` rules.
    mutating func parseRows(
        until terminator: Token.Kind, opener: Token, rowLines: inout [Int: String], rowGaps: inout [Int: Double]
    ) throws(MathError) -> [[MathSyntax]] {
        var rows: [[MathSyntax]] = []
        var row: [MathSyntax] = []
        let savedBrackets = bracketDepth
        bracketDepth = 0
        defer { bracketDepth = savedBrackets }
        while true {
            if row.isEmpty {
                while let token = try peekNonSpace(), token.kind == .command("hline") || token.kind == .command("hdashline") {
                    position += 1
                    // A second \hline (or \hdashline) draws a double rule.
                    rowLines[rows.count] = rowLines[rows.count] != nil ? "double" : token.kind == .command("hline") ? "solid" : "dashed"
                }
            }
            guard let start = try peekNonSpace() else {
                throw MathError(message: terminator == .endGroup ? "unbalanced braces: missing '}' for the '{' opened here"
                                : "missing \\end for this \\begin", offset: opener.offset)
            }
            let cell = try parseList()
            row.append(MathSyntax(.row(cell), at: start.offset))
            guard let token = try peekNonSpace() else {
                throw MathError(message: terminator == .endGroup ? "unbalanced braces: missing '}' for the '{' opened here"
                                : "missing \\end for this \\begin", offset: opener.offset)
            }
            switch token.kind {
            case .alignment:
                position += 1
            case .command("\\"), .command("cr"):
                position += 1
                if let gap = try parseRowGap() { rowGaps[rows.count] = gap }
                rows.append(row)
                row = []
            case terminator:
                if terminator == .endGroup { position += 1 }
                rows.append(row)
                if rows.count > 1, let last = rows.last, last.count == 1, case .row(let items) = last[0].kind, items.isEmpty {
                    rows.removeLast()
                }
                return rows
            default:
                throw unexpected(token)
            }
        }
    }

    /// Reads an `array` column spec such as `|c|c:l||` into alignments, the rules between
    /// columns and the rules before the first and after the last column (`||` is `double`).
    static func columnSpec(_ spec: String, offset: Int) throws(MathError) -> (aligns: [String], lines: [String], left: String, right: String) {
        var aligns: [String] = []
        var lines: [String] = []
        var pending = "none"
        var left = "none"
        var skipDepth = 0
        var skipping = false
        for scalar in spec.unicodeScalars {
            if skipping {
                if scalar == "{" { skipDepth += 1 }
                if scalar == "}" {
                    skipDepth -= 1
                    if skipDepth == 0 { skipping = false }
                }
                continue
            }
            switch scalar {
            case "l", "c", "r", "p", "m", "b":
                if aligns.isEmpty { left = pending } else { lines.append(pending) }
                pending = "none"
                aligns.append(scalar == "l" || scalar == "p" || scalar == "m" || scalar == "b" ? "left" : scalar == "r" ? "right" : "center")
            case "|", ":":
                pending = pending == "none" ? (scalar == "|" ? "solid" : "dashed") : "double"
            case "@", "!", "*", ">", "<": break
            case "{":
                skipping = true
                skipDepth = 1
            case " ": break
            default:
                throw MathError(message: "unknown column type '\(scalar)' in array spec (use l, c, r, |)", offset: offset)
            }
        }
        if aligns.isEmpty { aligns = ["center"] }
        return (aligns, lines, left, pending)
    }

    // MARK: - Commutative diagrams

    /// amscd's `CD`: rows of objects joined by `@>a>b>`, `@<<<`, `@=`, `@.` (nothing), and rows
    /// of vertical arrows `@VaVbV`, `@AaAbA`, `@|`, read as KaTeX does. Horizontal arrows are at
    /// least 3em long, with the first label over and the second under them; vertical arrows are
    /// `\Big`, with the labels in script style to their left and right.
    mutating func parseCommutativeDiagram(_ begin: Token) throws(MathError) -> MathSyntax {
        var lines: [[MathSyntax]] = []
        environmentDepth += 1
        while true {
            lines.append(try parseList())
            guard let token = try peekNonSpace() else {
                throw MathError(message: "missing \\end{CD} for this \\begin{CD}", offset: begin.offset)
            }
            if Parser.isLineBreak(token) {
                position += 1
                _ = try parseRowGap()
                continue
            }
            if token.kind == .alignment {
                throw MathError(message: "'&' is not used in CD: objects are separated by arrows such as @>>>", offset: token.offset)
            }
            break
        }
        environmentDepth -= 1
        try expectEnd(of: "CD", begin: begin)
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }

        var rows: [[MathSyntax]] = []
        for (lineIndex, items) in lines.enumerated() {
            var row: [MathSyntax] = []
            var cell: [MathSyntax] = []
            var index = 0
            while index < items.count {
                let item = items[index]
                guard case .identifier("@", _) = item.kind else {
                    cell.append(item)
                    index += 1
                    continue
                }
                row.append(MathSyntax(.row(cell), at: cell.first?.offset ?? item.offset))
                cell = []
                index += 1
                guard index < items.count, let kind = Parser.diagramArrowCharacter(items[index]), "<>AV=|.".contains(kind) else {
                    throw MathError(message: "expected one of > < V A = | . after @ in CD", offset: index < items.count ? items[index].offset : item.offset)
                }
                var labels: [MathSyntax] = []
                if "<>AV".contains(kind) {
                    for _ in 0..<2 {
                        var label: [MathSyntax] = []
                        index += 1
                        while true {
                            guard index < items.count else {
                                throw MathError(message: "missing a \(kind) to complete a CD arrow", offset: item.offset)
                            }
                            if Parser.diagramArrowCharacter(items[index]) == kind { break }
                            if case .identifier("@", _) = items[index].kind {
                                throw MathError(message: "missing a \(kind) to complete a CD arrow", offset: item.offset)
                            }
                            label.append(items[index])
                            index += 1
                        }
                        labels.append(MathSyntax(.row(label), at: item.offset))
                    }
                }
                index += 1
                row.append(Parser.diagramArrow(kind, labels: labels, at: item.offset))
            }
            if lineIndex % 2 == 0 {
                row.append(MathSyntax(.row(cell), at: cell.first?.offset ?? begin.offset))
            } else if !row.isEmpty {
                // A row of vertical arrows: they stand in the object columns, the cells
                // between them (under the horizontal arrows) stay empty.
                row.removeFirst()
            }
            rows.append(row)
        }
        var table = MathSyntax.Table(rows: rows, columnAlign: ["center"], columnLines: [], rowLines: [:], rowSpacing: 0.25,
                                     columnSpacing: 0.5, displayStyle: true, scriptLevel: 0, alignPairs: false)
        // KaTeX sets the columns of a diagram close together: objects almost touch the arrows.
        table.cellSidePadding = 0.15
        return MathSyntax(.table(table), at: begin.offset)
    }

    /// The CD arrow character an item stands for (`>`, `<`, `=`, `|`, `.`, `V`, `A`), or `nil`.
    static func diagramArrowCharacter(_ item: MathSyntax) -> String? {
        switch item.kind {
        case .op(let text, _) where text == ">" || text == "<" || text == "=": return text
        case .identifier("∣", _): return "|"
        case .identifier(let text, _) where text == "." || text == "V" || text == "A": return text
        default: return nil
        }
    }

    /// The node of one CD arrow.
    static func diagramArrow(_ kind: String, labels: [MathSyntax], at offset: Int) -> MathSyntax {
        func nonEmpty(_ node: MathSyntax?) -> MathSyntax? {
            guard let node else { return nil }
            if case .row(let items) = node.kind, items.isEmpty { return nil }
            return node
        }
        switch kind {
        case ">", "<":
            // The label above has a minimum width so that the arrow is 3em long, as in KaTeX:
            // 3em / 0.7 (script size) less the two 0.3em paddings of the label.
            var minimum = MathSyntax.StyleChange()
            minimum.css = "min-width:" + Emitter.em(3 / 0.7 - 0.6)
            let over = MathSyntax(.styled(minimum, labels.first.map { [$0] } ?? []), at: offset)
            return MathSyntax(.extensibleArrow(kind == ">" ? "→" : "←", under: nonEmpty(labels.last), over: over), at: offset)
        case "=":
            var rule = MathSyntax.StyleChange()
            rule.css = "display:inline-block;width:2.75em;height:0.22em;border-top:0.05em solid;border-bottom:0.05em solid;margin:0 0.125em"
            return MathSyntax(.styled(rule, []), at: offset)
        case "V", "A", "|":
            let arrow = kind == "V" ? "↓" : kind == "A" ? "↑" : "‖"
            let big = MathSyntax(.op(arrow, OperatorAttributes(fence: false, stretchy: true, symmetric: true, minsize: "1.8em", maxsize: "1.8em")), at: offset)
            guard kind != "|" else { return big }
            func label(_ node: MathSyntax?, left: Bool) -> [MathSyntax] {
                guard let node else { return [] }
                var small = MathSyntax.StyleChange()
                small.displayStyle = false
                small.scriptLevel = 1
                let gap = MathSyntax(.space(0.1), at: offset)
                let text = MathSyntax(.styled(small, [node]), at: offset)
                return [MathSyntax(.lap(MathSyntax(.row(left ? [text, gap] : [gap, text]), at: offset), shift: left ? 1 : 0), at: offset)]
            }
            return MathSyntax(.row(label(nonEmpty(labels.first), left: true) + [big] + label(nonEmpty(labels.last), left: false)), at: offset)
        default:
            return MathSyntax(.row([]), at: offset)
        }
    }
}
