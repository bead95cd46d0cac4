internal import BookHTML

/// Writes ``MathSyntax`` trees as MathML Core, tracking display versus text style the way
/// TeX does so that big operators get their limits in the right place.
struct Emitter {
    /// TeX's script level of the content: 0 in display and text style, 1 in script style, 2 in
    /// scriptscript style (for `\mathchoice`).
    var level = 0

    /// The emitter for content set in script style.
    var script: Emitter {
        var emitter = self
        emitter.level = min(level + 1, 2)
        return emitter
    }

    /// Emits a list as MathML nodes.
    ///
    /// Operator names get an invisible function application (U+2061) and, before an
    /// ordinary atom, TeX's thin space (`\sin x`).
    ///
    /// - Parameters:
    ///   - items: The list.
    ///   - display: Whether the list is in display style.
    /// - Returns: One node per item, plus function application marks and spaces.
    func emitList(_ items: [MathSyntax], display: Bool) -> [Node] {
        let items = Emitter.applyOperatorContext(items)
        var nodes: [Node] = []
        nodes.reserveCapacity(items.count)
        var previousAtom: MathSyntax? = nil
        for (index, item) in items.enumerated() {
            if level == 0, let previousAtom, Emitter.wantsInnerSpace(between: previousAtom, and: item) {
                // TeX's thin space on either side of a \left…\right group or a fraction (Inner
                // atoms), taken between atoms across explicit spaces, so `f\!\left(` touches.
                nodes.append(Emitter.thinSpace)
            }
            if !Emitter.isSpace(item) { previousAtom = item }
            if Emitter.isFunction(item), index > 0, Emitter.endsOrdinary(items[index - 1]) {
                // TeX's thin space between an ordinary or closing atom and an operator name
                // (`2\sin x`, `q\ln p`); after one, the operator name adds its own below.
                nodes.append(Emitter.thinSpace)
            }
            nodes.append(emit(item, display: display))
            if Emitter.isFunction(item) {
                nodes.append(.element("mo", [], [.text("\u{2061}")]))
                if index + 1 < items.count, Emitter.startsOrdinary(items[index + 1]) {
                    nodes.append(Emitter.thinSpace)
                }
            }
        }
        return nodes
    }

    /// TeX's spacing rules that MathML's per-operator spacing cannot express on its own:
    /// a binary operator at the start of a list or after a relation, an opening delimiter,
    /// punctuation or another binary operator is a sign (`x \to -\infty`), so it is written
    /// as a prefix operator; two relations in a row (`:=`) get no space between them.
    static func applyOperatorContext(_ items: [MathSyntax]) -> [MathSyntax] {
        var result = items
        var previous: Symbol.Class? = nil
        var previousIndex = 0
        var atStart = true
        for index in result.indices {
            guard case .op(let text, var attributes) = result[index].kind else {
                switch result[index].kind {
                case .space, .styleSpace, .scriptPrime: break
                case .largeOperator: previous = .largeOperator(.display); atStart = false
                default: previous = nil; atStart = false
                }
                continue
            }
            let current = SymbolTable.operatorClass[text]
            if attributes == .plain, current == .binary {
                let unaryContext: Bool
                switch previous {
                case .binary?, .relation?, .open?, .punctuation?: unaryContext = true
                default: unaryContext = atStart
                }
                if unaryContext {
                    attributes.form = "prefix"
                    result[index].kind = .op(text, attributes)
                }
            }
            // Also across explicit spaces: `=\!=` draws two touching equals signs. A vertical
            // arrow is non-stretchy but still a relation.
            let ownSpacing = attributes.lspace == nil && attributes.rspace == nil && attributes.form == nil
            if ownSpacing, current == .relation, previous == .relation, case .op(let before, var beforeAttributes) = result[previousIndex].kind {
                beforeAttributes.rspace = "0em"
                result[previousIndex].kind = .op(before, beforeAttributes)
                attributes.lspace = "0em"
                result[index].kind = .op(text, attributes)
            }
            previous = current
            previousIndex = index
            atStart = false
        }
        return result
    }

    /// Emits a list as one node: the node itself when there is one, else an `mrow`.
    func emitRow(_ items: [MathSyntax], display: Bool) -> Node {
        let nodes = emitList(items, display: display)
        if nodes.count == 1 { return nodes[0] }
        return .element("mrow", [], nodes)
    }

    /// Emits one node.
    ///
    /// - Parameters:
    ///   - node: The syntax node.
    ///   - display: Whether it is in display style.
    /// - Returns: The MathML node.
    func emit(_ node: MathSyntax, display: Bool) -> Node {
        switch node.kind {
        case .identifier(let text, let upright):
            let single = text.unicodeScalars.count == 1
            return .element("mi", upright && single ? [Attribute("mathvariant", "normal")] : [], [.text(text)])
        case .number(let text):
            return .element("mn", [], [.text(text)])
        case .op(let text, let attributes):
            let mo = Node.element("mo", Emitter.attributes(attributes), [.text(text)])
            // A sized delimiter (\bigg]) as the base of a script does not grow in Chromium
            // unless it sits in an mrow of its own.
            return attributes.minsize == nil ? mo : .element("mrow", [], [mo])
        case .text(let text):
            return .element("mtext", [], [.text(text)])
        case .space(let width):
            return Emitter.space(width)
        case .styleSpace(let text, let displayWidth):
            return Emitter.space(display ? displayWidth : text)
        case .scriptPrime(let mark):
            // The prime glyphs of OpenType math fonts already sit at superscript height, so the
            // superscript is undone: back to the base's size (a relative scriptlevel inside the
            // script) and down by the superscript shift (0.363em of the base in Latin Modern
            // Math = 0.511em at script size), with no box of its own to push the subscript.
            let mark = Node.element("mo", [Attribute("lspace", "0em"), Attribute("rspace", "0em")], [.text(mark)])
            return .element("mpadded", [Attribute("height", "0"), Attribute("depth", "0"), Attribute("voffset", "-0.511em")],
                            [.element("mstyle", [Attribute("scriptlevel", "-1")], [mark])])
        case .row(let items):
            return emitRow(items, display: display)
        case .largeOperator(let text, _):
            return .element("mo", [Attribute("largeop", "true"), Attribute("movablelimits", "false")], [.text(text)])
        case .function(let text, _):
            return .element("mi", text.unicodeScalars.count == 1 ? [Attribute("mathvariant", "normal")] : [], [.text(text)])
        case .operator(let body, _):
            return emit(body, display: display)
        case .scripts(let base, let sub, let sup):
            return emitScripts(base: base, sub: sub, sup: sup, display: display)
        case .underOver(let base, let under, let over, let accent):
            let baseNode = emit(base, display: display)
            let underNode = under.map { script.emit($0, display: false) }
            let overNode = over.map { script.emit($0, display: false) }
            return Emitter.underOver(baseNode, under: underNode, over: overNode, accent: accent)
        case .extensibleArrow(let arrow, let under, let over):
            // The labels get 0.3em on each side (mrow + mspace: MathML Core's mpadded has no
            // relative "+0.6em" widths, and an invalid mpadded stops the arrow stretching).
            let arrowNode = Node.element("mo", [Attribute("stretchy", "true")], [.text(arrow)])
            func padded(_ label: MathSyntax?) -> Node {
                let pad = Node.selfClosing("mspace", [Attribute("width", "0.3em")])
                guard let label else { return .element("mrow", [], [pad, pad]) }
                return .element("mrow", [], [pad, script.emit(label, display: false), pad])
            }
            return Emitter.underOver(arrowNode, under: under.map { padded($0) }, over: padded(over), accent: false)
        case .fraction(let numerator, let denominator, let thickness, let displayStyle):
            var attributes: [Attribute] = []
            if let thickness { attributes.append(Attribute("linethickness", thickness)) }
            // The parts of a fraction are in script style unless the fraction is in display style.
            let partsInScript = displayStyle.map { !$0 } ?? !display
            let parts = partsInScript ? script : Emitter(level: 0)
            let fraction = Node.element("mfrac", attributes, [parts.emit(numerator, display: false), parts.emit(denominator, display: false)])
            guard let displayStyle else { return fraction }
            return .element("mstyle", [Attribute("displaystyle", displayStyle ? "true" : "false"), Attribute("scriptlevel", "0")], [fraction])
        case .root(let body, let index):
            guard let index else { return .element("msqrt", [], emitList(Emitter.items(of: body), display: display)) }
            return .element("mroot", [], [emit(body, display: display), script.emit(index, display: false)])
        case .fenced(let open, let body, let close):
            // Arrows are stretchy only in the operator dictionary's infix form, so as
            // \left/\right delimiters they are told to stretch (about the axis, as in TeX).
            // Content no taller than a parenthesis gets TeX's text-size delimiter, drawn
            // non-stretchy: Chromium gives a stretchy operator the width of its widest size
            // variant (MathML Core), which leaves a visible gap inside `\left( x \right)`.
            let small = Emitter.fitsTextDelimiter(body)
            func fence(_ text: String, _ form: String) -> Node {
                var attributes = [Attribute("fence", "true"), Attribute("form", form)]
                if small {
                    attributes.append(Attribute("stretchy", "false"))
                } else if SymbolTable.verticalArrows.contains(text) {
                    attributes += [Attribute("stretchy", "true"), Attribute("symmetric", "true")]
                }
                return .element("mo", attributes, [.text(text)])
            }
            var nodes: [Node] = []
            if let open { nodes.append(fence(open, "prefix")) }
            nodes += emitList(body, display: display)
            if let close { nodes.append(fence(close, "postfix")) }
            return .element("mrow", [], nodes)
        case .accent(let base, let mark, let stretchy, let below):
            let baseNode = emit(base, display: display)
            // \overline and \underline over more than one symbol: a stretchy U+203E does not
            // stretch in Chromium (it covers the first letter only), so the rule is the border
            // of an mrow, which spans the whole base. Over one symbol the glyph is right as is.
            if mark == "‾" && stretchy, !Emitter.isSingleSymbol(base) {
                let rule = below ? "border-bottom:0.06em solid;padding-bottom:0.1em" : "border-top:0.06em solid;padding-top:0.1em"
                return .element("mrow", [Attribute("style", rule)], [baseNode])
            }
            // \vec: the combining arrow U+20D7 is placed beside the letter by Chromium; a small
            // → centred over the base is what LaTeX draws.
            if mark == "⃗" {
                let arrow = Node.element(
                    "mo", [Attribute("stretchy", "false"), Attribute("style", "font-size:0.6em")], [.text("→")])
                return .element("mover", [Attribute("accent", "true")], [baseNode, arrow])
            }
            let isBrace = mark == "⏞" || mark == "⏟"
            let markNode = Node.element("mo", [Attribute("stretchy", stretchy ? "true" : "false")], [.text(mark)])
            if below {
                return .element("munder", isBrace ? [] : [Attribute("accentunder", "true")], [baseNode, markNode])
            }
            return .element("mover", isBrace ? [] : [Attribute("accent", "true")], [baseNode, markNode])
        case .styled(let change, let items):
            var attributes: [Attribute] = []
            if let style = change.displayStyle { attributes.append(Attribute("displaystyle", style ? "true" : "false")) }
            if let level = change.scriptLevel { attributes.append(Attribute("scriptlevel", String(level))) }
            if let size = change.size { attributes.append(Attribute("mathsize", Emitter.em(size))) }
            if let color = change.color { attributes.append(Attribute("mathcolor", color)) }
            if let css = change.css {
                // mstyle is laid out like mrow; a frame needs a real box.
                return .element("mrow", [Attribute("style", css)], emitList(items, display: display))
            }
            let inner = change.displayStyle ?? ((change.scriptLevel ?? 0) > 0 ? false : display)
            var styled = self
            if let level = change.scriptLevel {
                styled.level = min(level, 2)
            }
            return .element("mstyle", attributes, styled.emitList(items, display: inner))
        case .table(let table):
            return emitTable(table, display: display)
        case .smash(let body, let height, let depth):
            var attributes: [Attribute] = []
            if height { attributes.append(Attribute("height", "0")) }
            if depth { attributes.append(Attribute("depth", "0")) }
            return .element("mpadded", attributes, [emit(body, display: display)])
        case .sized(let body, let height, let depth):
            return .element("mpadded", [Attribute("height", Emitter.em(height)), Attribute("depth", Emitter.em(depth))],
                            [emit(body, display: display)])
        case .lap(let body, let shift):
            // MathML Core's mpadded has no "minus my own width", so the box is moved with CSS.
            var inner = emit(body, display: display)
            if shift > 0 {
                let percent = Int((shift * 100).rounded())
                inner = .element("mrow", [Attribute("style", "transform:translateX(-\(percent)%)")], [inner])
            }
            return .element("mpadded", [Attribute("width", "0")], [inner])
        case .rule(let width, let height, let depth):
            var attributes = [Attribute("width", Emitter.em(width)), Attribute("height", Emitter.em(height)),
                              Attribute("depth", Emitter.em(depth))]
            if width > 0 && height + depth > 0 { attributes.append(Attribute("style", "background-color:currentcolor")) }
            return .selfClosing("mspace", attributes)
        case .raised(let body, let amount):
            return .element("mpadded", [Attribute("voffset", Emitter.em(amount))], [emit(body, display: display)])
        case .phantom(let body, let keepWidth, let keepHeight):
            let phantom = Node.element("mphantom", [], [emit(body, display: display)])
            if keepWidth && keepHeight { return phantom }
            if keepWidth { return .element("mpadded", [Attribute("height", "0"), Attribute("depth", "0")], [phantom]) }
            return .element("mpadded", [Attribute("width", "0")], [phantom])
        case .multiscripts(let base, let preSub, let preSup, let postSub, let postSup):
            func slot(_ node: MathSyntax?) -> Node { node.map { script.emit($0, display: false) } ?? .element("mrow", [], []) }
            return .element("mmultiscripts", [], [emit(base, display: display), slot(postSub), slot(postSup), .selfClosing("mprescripts", []),
                                                  slot(preSub), slot(preSup)])
        case .styleChoice(let displayForm, let textForm, let scriptForm, let scriptScriptForm):
            let chosen = level >= 2 ? scriptScriptForm : level == 1 ? scriptForm : display ? displayForm : textForm
            return emit(chosen, display: display)
        case .vcenter(let body):
            // MathML Core centres a table on the math axis, which is what \vcenter does.
            let content = Node.element("mstyle", [Attribute("displaystyle", display ? "true" : "false")], emitList(Emitter.items(of: body), display: display))
            return .element("mtable", [], [.element("mtr", [], [.element("mtd", [Attribute("style", "padding:0")], [content])])])
        case .link(let url, let body):
            // MathML Core has no links, but an HTML <a> may stand in <mtext>: plain text goes in
            // it directly, anything else as a nested <math> in the same style.
            if let text = Emitter.plainText(body) {
                return .element("mtext", [], [.element("a", [Attribute("href", url)], [.text(text)])])
            }
            var attributes: [Attribute] = []
            if display { attributes.append(Attribute("displaystyle", "true")) }
            if level > 0 { attributes.append(Attribute("scriptlevel", String(level))) }
            let math = Node.element("math", attributes, emitList(Emitter.items(of: body), display: display))
            return .element("mtext", [], [.element("a", [Attribute("href", url)], [math])])
        case .attributed(let attributes, let body):
            return .element("mrow", attributes.map { Attribute($0.name, $0.value) }, emitList(Emitter.items(of: body), display: display))
        }
    }

    /// The text of a node made only of `mtext` runs, or `nil`.
    static func plainText(_ node: MathSyntax) -> String? {
        switch node.kind {
        case .text(let text): return text
        case .row(let items) where !items.isEmpty:
            var result = ""
            for item in items {
                guard let text = plainText(item) else { return nil }
                result += text
            }
            return result
        default: return nil
        }
    }

    /// Emits a base with scripts: beside (`msub`…) or, for big operators and operator names
    /// whose limits go under and over in this style, `munder`/`mover`/`munderover`.
    func emitScripts(base: MathSyntax, sub: MathSyntax?, sup: MathSyntax?, display: Bool) -> Node {
        let subNode = sub.map { script.emit($0, display: false) }
        let supNode = sup.map { script.emit($0, display: false) }
        var limits: MathSyntax.Limits?
        switch base.kind {
        case .largeOperator(_, let l), .function(_, let l), .operator(_, let l): limits = l
        default: limits = nil
        }
        if let limits, limits == .always || (limits == .display && display) {
            let baseNode: Node
            switch base.kind {
            case .largeOperator(let text, _):
                baseNode = .element("mo", [Attribute("largeop", "true"), Attribute("movablelimits", limits == .display ? "true" : "false")], [.text(text)])
            default:
                baseNode = emit(base, display: display)
            }
            return Emitter.underOver(baseNode, under: subNode, over: supNode, accent: false)
        }
        let baseNode = emit(base, display: display)
        switch (subNode, supNode) {
        case (let s?, let p?): return .element("msubsup", [], [baseNode, s, p])
        case (let s?, nil): return .element("msub", [], [baseNode, s])
        case (nil, let p?): return .element("msup", [], [baseNode, p])
        case (nil, nil): return baseNode
        }
    }

    /// `munder`, `mover` or `munderover` around a base.
    static func underOver(_ base: Node, under: Node?, over: Node?, accent: Bool) -> Node {
        switch (under, over) {
        case (let u?, let o?): return .element("munderover", accent ? [Attribute("accent", "true")] : [], [base, u, o])
        case (let u?, nil): return .element("munder", accent ? [Attribute("accentunder", "true")] : [], [base, u])
        case (nil, let o?): return .element("mover", accent ? [Attribute("accent", "true")] : [], [base, o])
        case (nil, nil): return base
        }
    }

    /// Emits a table; rules from `\hline` and `|` columns are drawn with cell borders, since
    /// MathML Core has no `rowlines`/`columnlines` (and writing both would draw every rule
    /// twice in Firefox, which has them). Cell alignment is likewise given as CSS.
    func emitTable(_ table: MathSyntax.Table, display: Bool) -> Node {
        if table.inheritsDisplayStyle && !display {
            // LaTeX's \\ in inline math breaks the paragraph's line there, which MathML Core
            // cannot do, so an inline formula's lines stay on one line, a quad apart, marked as
            // line breaks for renderers that can break (KaTeX writes the same mark).
            var nodes: [Node] = []
            for (index, row) in table.rows.enumerated() {
                if index > 0 { nodes.append(.selfClosing("mspace", [Attribute("width", "1em"), Attribute("linebreak", "newline")])) }
                nodes += emitList(row.flatMap(Emitter.items(of:)), display: false)
            }
            return .element("mrow", [], nodes)
        }
        let columns = table.rows.map(\.count).max() ?? 0
        let aligns = (0..<max(columns, 1)).map { table.columnAlign[$0 % table.columnAlign.count] }
        let attributes = [
            Attribute("rowspacing", Emitter.em(table.rowSpacing)),
            Attribute("columnalign", aligns.joined(separator: " ")),
            Attribute("columnspacing", Emitter.em(table.columnSpacing)),
        ]
        var rows: [Node] = []
        for (rowIndex, row) in table.rows.enumerated() {
            var cells: [Node] = []
            for column in 0..<columns {
                var content: [MathSyntax] = column < row.count ? Emitter.items(of: row[column]) : []
                if table.alignPairs && column % 2 == 1 {
                    content.insert(MathSyntax(.row([]), at: row.first?.offset ?? 0), at: 0)
                }
                var cellEmitter = self
                if let level = table.scriptLevel {
                    cellEmitter.level = min(level, 2)
                }
                let cellDisplay = table.inheritsDisplayStyle ? display : table.displayStyle
                var nodes = cellEmitter.emitList(content, display: cellDisplay)
                if table.alignPairs && column % 2 == 1 {
                    nodes[0] = .element("mrow", [], [])
                    nodes = [.element("mrow", [], nodes)]
                }
                var styleAttributes: [Attribute] = []
                if let level = table.scriptLevel { styleAttributes.append(Attribute("scriptlevel", String(level))) }
                styleAttributes.append(Attribute("displaystyle", cellDisplay ? "true" : "false"))
                var cellStyle: [String] = []
                if aligns[column] != "center" {
                    // Chromium aligns MathML cell content only with its -webkit- keywords.
                    cellStyle.append("text-align:\(aligns[column]);text-align:-webkit-\(aligns[column])")
                }
                if let line = table.rowLines[rowIndex] { cellStyle.append("border-top:" + Emitter.rule(line)) }
                if rowIndex == table.rows.count - 1, let line = table.rowLines[rowIndex + 1] { cellStyle.append("border-bottom:" + Emitter.rule(line)) }
                if column == 0, table.leftLine != "none" { cellStyle.append("border-left:" + Emitter.rule(table.leftLine)) }
                if column == columns - 1, table.rightLine != "none" { cellStyle.append("border-right:" + Emitter.rule(table.rightLine)) }
                if table.flatRows.contains(rowIndex) { cellStyle.append("padding-top:0;padding-bottom:0") }
                if let padding = table.cellSidePadding {
                    cellStyle.append("padding-left:\(Emitter.em(padding));padding-right:\(Emitter.em(padding))")
                }
                if let gap = table.rowGaps[rowIndex], gap > 0 {
                    cellStyle.append("padding-bottom:calc(0.5ex + \(Emitter.em(gap)))")
                }
                if column < table.columnLines.count, table.columnLines[column] != "none" {
                    cellStyle.append("border-right:" + Emitter.rule(table.columnLines[column]))
                }
                if table.alignPairs {
                    // A pair's halves touch; consecutive pairs are `pairSeparation` apart.
                    let half = Emitter.em(table.pairSeparation / 2)
                    if column % 2 == 0 {
                        cellStyle.append(column == 0 ? "padding-right:0" : "padding-right:0;padding-left:\(half)")
                    } else {
                        cellStyle.append(column + 1 < columns ? "padding-left:0;padding-right:\(half)" : "padding-left:0")
                    }
                }
                let cellAttributes = cellStyle.isEmpty ? [] : [Attribute("style", cellStyle.joined(separator: ";"))]
                cells.append(.element("mtd", cellAttributes, [.element("mstyle", styleAttributes, nodes)]))
            }
            rows.append(.element("mtr", [], cells))
        }
        return .element("mtable", attributes, rows)
    }

    /// The CSS border of a table rule: `solid` and `dashed` 0.06em thick; `double` two such
    /// lines 0.06em apart.
    static func rule(_ style: String) -> String {
        style == "double" ? "0.18em double currentcolor" : "0.06em \(style) currentcolor"
    }

    /// The items of a row node, or the node alone.
    static func items(of node: MathSyntax) -> [MathSyntax] {
        if case .row(let items) = node.kind { return items }
        return [node]
    }

    /// Whether the node is an operator name (possibly with scripts), after which TeX puts a
    /// function application.
    static func isFunction(_ node: MathSyntax) -> Bool {
        switch node.kind {
        case .function, .operator: return true
        case .scripts(let base, _, _), .underOver(let base, _, _, _): return isFunction(base)
        default: return false
        }
    }

    /// Whether the node is an Inner atom in TeX: a `\left…\right` group or a fraction, scripted
    /// or not.
    static func isInner(_ node: MathSyntax) -> Bool {
        switch node.kind {
        case .fenced, .fraction: return true
        case .scripts(let base, _, _): return isInner(base)
        default: return false
        }
    }

    /// Whether the node is a big operator (`\sum`, `\int`), with or without limits; its own
    /// `lspace` already gives TeX's Inner–Op thin space.
    static func isLargeOperator(_ node: MathSyntax) -> Bool {
        switch node.kind {
        case .largeOperator: return true
        case .scripts(let base, _, _), .underOver(let base, _, _, _): return isLargeOperator(base)
        default: return false
        }
    }

    static func isSpace(_ node: MathSyntax) -> Bool {
        switch node.kind {
        case .space, .styleSpace: return true
        default: return false
        }
    }

    /// TeX's thin space (in text and display style) for Ord–Inner, Close–Inner, Inner–Inner,
    /// Inner–Ord, Inner–Open and Inner–Punct pairs. Operator names space themselves (see
    /// ``emitList(_:display:)``), and binary operators and relations carry their own spacing.
    static func wantsInnerSpace(between left: MathSyntax, and right: MathSyntax) -> Bool {
        if isFunction(left) || isFunction(right) { return false }
        if isInner(right) { return isInner(left) || endsOrdinary(left) }
        guard isInner(left) else { return false }
        if case .op(let text, let attributes) = right.kind {
            // (A \middle delimiter carries its own spacing.)
            let kind = SymbolTable.operatorClass[text]
            return attributes.lspace == nil && (kind == .open || kind == .punctuation)
        }
        return !isLargeOperator(right) && startsOrdinary(right)
    }

    /// Whether TeX would put a thin space between this node and an operator name after it
    /// (Ord–Op and Close–Op pairs). Operator names and big operators space themselves.
    static func endsOrdinary(_ node: MathSyntax) -> Bool {
        switch node.kind {
        case .identifier, .number, .fraction, .root, .accent, .text, .sized:
            return true
        case .fenced(_, _, let close):
            return close != nil
        case .op(let text, _):
            return SymbolTable.operatorClass[text] == .close
        case .scripts(let base, _, _):
            return endsOrdinary(base)
        case .row(let items), .styled(_, let items):
            return items.last.map(endsOrdinary) ?? false
        default:
            return false
        }
    }

    /// Whether TeX would put a thin space between an operator name and this node (Op–Ord,
    /// Op–Op and Op–Inner pairs).
    static func startsOrdinary(_ node: MathSyntax) -> Bool {
        switch node.kind {
        case .identifier, .number, .function, .operator, .largeOperator, .fraction, .root, .accent, .text, .table, .phantom, .underOver, .smash, .sized, .lap,
             .raised, .rule, .multiscripts, .vcenter:
            return true
        case .styleChoice(_, let text, _, _):
            return startsOrdinary(text)
        case .link(_, let body), .attributed(_, let body):
            return startsOrdinary(body)
        case .fenced(let open, _, _):
            return open != nil
        case .scripts(let base, _, _):
            return startsOrdinary(base)
        case .row(let items):
            return !items.isEmpty
        case .styled(_, let items):
            return items.first.map(startsOrdinary) ?? false
        case .op, .space, .styleSpace, .scriptPrime, .extensibleArrow:
            return false
        }
    }

    /// Whether `\left…\right` around these items would get the text-size delimiter in TeX
    /// (the items reach at most about 0.8em above and 0.3em below the baseline, within
    /// `\delimiterfactor` of a parenthesis): letters, digits, ordinary operators, operator
    /// names, text and spaces, with at most a one-level subscript of such atoms. Anything
    /// with a superscript, fraction, root, accent, big operator, table or nested delimiter
    /// counts as tall.
    static func fitsTextDelimiter(_ items: [MathSyntax]) -> Bool {
        func plain(_ node: MathSyntax, scripts: Bool) -> Bool {
            switch node.kind {
            case .identifier, .number, .space, .styleSpace, .function:
                return true
            case .text(let text):
                // CJK and other tall scripts reach above a parenthesis.
                return text.unicodeScalars.allSatisfy { $0.value < 0x0370 }
            case .op(_, let attributes):
                return attributes.stretchy != true && attributes.largeop != true && attributes.minsize == nil
            case .row(let inner):
                return inner.allSatisfy { plain($0, scripts: scripts) }
            case .styled(let change, let inner):
                return change.displayStyle == nil && change.scriptLevel == nil && change.size == nil && change.css == nil
                    && inner.allSatisfy { plain($0, scripts: scripts) }
            case .scripts(let base, let sub?, nil):
                return scripts && plain(base, scripts: false) && plain(sub, scripts: false)
            default:
                return false
            }
        }
        return !items.isEmpty && items.allSatisfy { plain($0, scripts: true) }
    }

    /// `<mo>` attributes in a fixed order.
    static func attributes(_ a: OperatorAttributes) -> [Attribute] {
        var result: [Attribute] = []
        func flag(_ name: String, _ value: Bool?) {
            if let value { result.append(Attribute(name, value ? "true" : "false")) }
        }
        if let form = a.form { result.append(Attribute("form", form)) }
        flag("fence", a.fence)
        flag("stretchy", a.stretchy)
        flag("symmetric", a.symmetric)
        flag("separator", a.separator)
        flag("largeop", a.largeop)
        flag("movablelimits", a.movablelimits)
        if let lspace = a.lspace { result.append(Attribute("lspace", lspace)) }
        if let rspace = a.rspace { result.append(Attribute("rspace", rspace)) }
        if let minsize = a.minsize { result.append(Attribute("minsize", minsize)) }
        if let maxsize = a.maxsize { result.append(Attribute("maxsize", maxsize)) }
        return result
    }

    /// Whether `syntax` is one letter, number or operator (possibly wrapped in a one-item row).
    static func isSingleSymbol(_ syntax: MathSyntax) -> Bool {
        switch syntax.kind {
        case .identifier(let name, _): return name.count == 1
        case .number(let digits): return digits.count == 1
        case .op: return true
        case .row(let items): return items.count == 1 && isSingleSymbol(items[0])
        default: return false
        }
    }

    /// TeX's thin space (3mu) between atoms.
    static let thinSpace = space(3.0 / 18)

    /// A horizontal space of `width` em. Chromium clamps a negative `mspace` width to zero, so a
    /// negative space (`\!`, the kerns of `\LaTeX`, `\not`) is a negative CSS margin, which
    /// MathML Core lays out like any other box's.
    static func space(_ width: Double) -> Node {
        guard width < 0 else { return .selfClosing("mspace", [Attribute("width", em(width))]) }
        return .selfClosing("mspace", [Attribute("style", "margin-left:" + em(width))])
    }

    /// Formats a length in em with at most four decimals: `0.1667em`, `1em`, `-0.2778em`.
    static func em(_ value: Double) -> String {
        // Lengths are checked where they are read; this guard only keeps a bad value from trapping.
        guard value.isFinite, abs(value) < 100_000 else { return "0em" }
        let scaled = Int((value * 10_000).rounded())
        let sign = scaled < 0 ? "-" : ""
        let magnitude = abs(scaled)
        let whole = magnitude / 10_000
        let fraction = magnitude % 10_000
        if fraction == 0 { return "\(sign)\(whole)em" }
        var digits = String(fraction)
        while digits.count < 4 { digits = "0" + digits }
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(sign)\(whole).\(digits)em"
    }
}
