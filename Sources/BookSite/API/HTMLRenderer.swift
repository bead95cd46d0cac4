import BookHTML
import BookMarkdown
import BookMath

/// Renders a ``MarkdownDocument`` as HTML.
///
/// For CommonMark nodes the output is byte for byte what libcmark's `cmark_render_html`
/// writes in unsafe mode (the tests check all 652 examples of the spec); bookgen's extensions
/// add math, callouts and heading anchors.
public struct HTMLRenderer: Sendable {
    /// The options in force.
    public let options: RenderOptions
    /// Rendered figures and the targets of cross-references.
    let context: PageContext
    /// Ids the page templates use or link to, which a heading never gets (a heading 「Main」
    /// becomes `main-2`). `nav-closed` is the drawer's close link: it must match nothing, so
    /// closing does not scroll.
    static let templateIDs = ["main", "book-nav", "nav-closed", "contents", "contents-title"]

    /// Creates a renderer.
    ///
    /// - Parameter options: Heading anchors, numbering and title extraction.
    public init(options: RenderOptions) {
        self.init(options: options, context: PageContext())
    }

    init(options: RenderOptions, context: PageContext) {
        self.options = options
        self.context = context
    }

    /// Renders a document's body.
    ///
    /// - Parameter document: A parsed document.
    /// - Returns: The HTML and the page's headings.
    public func render(_ document: MarkdownDocument) -> RenderedFragment {
        var state = State(options: options, context: context)
        var blocks = document.root.children
        var title: String? = nil
        if options.extractsTitle, let index = blocks.firstIndex(where: { $0.kind == .heading(level: 1) }) {
            title = blocks[index].plainText.trimmingSpaces
            blocks.remove(at: index)
        }
        for block in blocks {
            state.renderBlock(block, inTightList: false)
        }
        return RenderedFragment(
            html: state.output, title: title, headings: state.headings,
            unresolvedReferences: state.unresolvedReferences,
            mathErrors: state.mathErrors)
    }

    private struct State {
        let options: RenderOptions
        let context: PageContext
        var output = ""
        var unresolvedReferences: [(id: String, location: SourceLocation)] = []
        var mathErrors: [(error: MathError, span: MathSpan)] = []
        let mathConverter = MathConverter()
        /// Formulas already typeset on this page (books repeat their formulas).
        var typeset: [String: String] = [:]
        var headings: [RenderedFragment.Heading] = []
        var slugger = HeadingSlugger()
        var sectionCounters = [0, 0, 0, 0, 0, 0, 0]

        init(options: RenderOptions, context: PageContext) {
            self.options = options
            self.context = context
            output.reserveCapacity(16 * 1024)
            for id in HTMLRenderer.templateIDs { slugger.reserve(id) }
        }

        mutating func cr() {
            if let last = output.utf8.last, last != UInt8(ascii: "\n") { output += "\n" }
        }

        mutating func renderBlock(_ node: MarkdownNode, inTightList: Bool) {
            switch node.kind {
            case .document:
                for child in node.children { renderBlock(child, inTightList: false) }
            case .blockQuote:
                cr()
                output += "<blockquote>\n"
                for child in node.children { renderBlock(child, inTightList: false) }
                cr()
                output += "</blockquote>\n"
            case .callout(let type, let fold):
                renderCallout(node, type: type, fold: fold)
            case .list(let style):
                cr()
                if !style.isOrdered {
                    output += "<ul>\n"
                } else if style.start == 1 {
                    output += "<ol>\n"
                } else {
                    output += "<ol start=\"\(style.start)\">\n"
                }
                for item in node.children {
                    cr()
                    output += "<li>"
                    for child in item.children { renderBlock(child, inTightList: style.isTight) }
                    output += "</li>\n"
                }
                output += style.isOrdered ? "</ol>\n" : "</ul>\n"
            case .item:
                for child in node.children { renderBlock(child, inTightList: inTightList) }
            case .codeBlock(_, _) where context.figures[node.location] != nil:
                cr()
                output += context.figures[node.location]!
                output += "\n"
            case .codeBlock(let info, let literal):
                cr()
                let language = info.prefix { !$0.isWhitespace }
                if language.isEmpty {
                    output += "<pre><code>"
                } else {
                    output += "<pre><code class=\"language-"
                    Escaping.appendEscaped(language, to: &output)
                    output += "\">"
                }
                Escaping.appendEscaped(literal, to: &output)
                output += "</code></pre>\n"
            case .htmlBlock(let literal):
                cr()
                output += literal
                cr()
            case .paragraph:
                if let math = soleDisplayMath(node) {
                    cr()
                    renderMath(math, asBlock: true)
                    output += "\n"
                } else if inTightList {
                    renderInlines(node.children)
                } else {
                    cr()
                    output += "<p>"
                    renderInlines(node.children)
                    output += "</p>\n"
                }
            case .heading(let level):
                renderHeading(node, level: level)
            case .thematicBreak:
                cr()
                output += "<hr />\n"
            case .calloutTitle, .text, .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong, .link, .image,
                .math:
                renderInline(node)
            }
        }

        /// A paragraph holding only display math (and whitespace) is rendered as a block.
        private func soleDisplayMath(_ paragraph: MarkdownNode) -> MathSpan? {
            var found: MathSpan? = nil
            for child in paragraph.children {
                switch child.kind {
                case .math(let span) where span.isDisplay && found == nil: found = span
                case .softBreak: continue
                case .text(let text) where text.allSatisfy(\.isWhitespace): continue
                default: return nil
                }
            }
            return found
        }

        private mutating func renderHeading(_ node: MarkdownNode, level: Int) {
            cr()
            let text = node.plainText.trimmingSpaces
            var number = ""
            if let chapter = options.chapterNumber, level >= 2 {
                sectionCounters[level] += 1
                for deeper in (level + 1)..<sectionCounters.count { sectionCounters[deeper] = 0 }
                number = ([chapter] + sectionCounters[2...level]).map(String.init).joined(separator: ".")
            }
            guard options.headingAnchors else {
                output += "<h\(level)>"
                renderInlines(node.children)
                output += "</h\(level)>\n"
                headings.append(.init(level: level, id: "", number: number, text: text))
                return
            }
            let id = slugger.uniqueSlug(for: text)
            output += "<h\(level) id=\""
            Escaping.appendEscaped(id, to: &output)
            output += "\">"
            if !number.isEmpty { output += "<span class=\"section-number\">\(number)</span> " }
            renderInlines(node.children)
            output += "<a class=\"heading-anchor\" href=\"#"
            HrefEscaping.append(id, to: &output)
            output += "\" aria-label=\"本节链接\">#</a></h\(level)>\n"
            headings.append(.init(level: level, id: id, number: number, text: text))
        }

        /// A callout is a `<div>`; a foldable one (`[!tip]-`, `[!tip]+`) is a `<details>` whose
        /// `<summary>` is the title, which opens and closes without any script.
        private mutating func renderCallout(_ node: MarkdownNode, type: CalloutType, fold: CalloutFold) {
            cr()
            let element = fold == .none ? "div" : "details"
            let titleElement = fold == .none ? "p" : "summary"
            output += "<\(element) class=\"callout callout-\(type.rawValue)\" role=\"note\"\(fold == .open ? " open=\"\"" : "")>\n"
            output += "<\(titleElement) class=\"callout-title\">"
            let title = node.children.first?.children ?? []
            if title.isEmpty { output += type.defaultTitle } else { renderInlines(title) }
            output += "</\(titleElement)>\n"
            for child in node.children.dropFirst() { renderBlock(child, inTightList: false) }
            cr()
            output += "</\(element)>\n"
        }

        /// Closing punctuation that must not start a line (kinsoku): an inline formula is kept
        /// on one line with the mark that follows it, since browsers may break after a `<math>`.
        private static let closingPunctuation: Set<Character> = [
            "，", "。", "；", "：", "、", "！", "？", "）", "」", "』", "”", "’", "》", "〉", "…",
        ]

        mutating func renderInlines(_ nodes: [MarkdownNode]) {
            var index = 0
            while index < nodes.count {
                let node = nodes[index]
                if case .math(let span) = node.kind, !span.isDisplay, index + 1 < nodes.count,
                    case .text(let text) = nodes[index + 1].kind, let first = text.first,
                    Self.closingPunctuation.contains(first)
                {
                    output += "<span class=\"nowrap\">"
                    renderMath(span, asBlock: false)
                    Escaping.appendEscaped(String(first), to: &output)
                    output += "</span>"
                    var rest = nodes[index + 1]
                    rest.kind = .text(String(text.dropFirst()))
                    renderInline(rest)
                    index += 2
                    continue
                }
                renderInline(node)
                index += 1
            }
        }

        private mutating func renderInline(_ node: MarkdownNode) {
            switch node.kind {
            case .text(let text):
                renderText(text, location: node.location)
            case .softBreak:
                output += "\n"
            case .lineBreak:
                output += "<br />\n"
            case .code(let code):
                output += "<code>"
                Escaping.appendEscaped(code, to: &output)
                output += "</code>"
            case .htmlInline(let html):
                output += html
            case .emphasis:
                output += "<em>"
                renderInlines(node.children)
                output += "</em>"
            case .strong:
                output += "<strong>"
                renderInlines(node.children)
                output += "</strong>"
            case .link(let destination, let title):
                output += "<a href=\""
                HrefEscaping.append(destination, to: &output)
                if !title.isEmpty {
                    output += "\" title=\""
                    Escaping.appendEscaped(title, to: &output)
                }
                output += "\">"
                renderInlines(node.children)
                output += "</a>"
            case .image(let source, let title):
                output += "<img src=\""
                HrefEscaping.append(source, to: &output)
                output += "\" alt=\""
                for child in node.children { renderPlain(child) }
                if !title.isEmpty {
                    output += "\" title=\""
                    Escaping.appendEscaped(title, to: &output)
                }
                output += "\" />"
            case .math(let span):
                renderMath(span, asBlock: false)
            case .calloutTitle:
                renderInlines(node.children)
            default:
                renderBlock(node, inTightList: false)
            }
        }

        /// Text, with `@fig-ID` and `@eq-ID` cross-references turned into numbered links. A reference needs a
        /// non-alphanumeric character (or nothing) before the `@`, so e-mail addresses stay text.
        private mutating func renderText(_ text: String, location: SourceLocation) {
            guard text.utf8.contains(UInt8(ascii: "@")), text.contains("@fig-") || text.contains("@eq-") else {
                Escaping.appendEscaped(text, to: &output)
                return
            }
            let scalars = Array(text.unicodeScalars)
            var plainStart = 0
            var i = 0
            while i < scalars.count {
                let prefixLength = Self.referencePrefixLength(scalars, at: i)
                guard prefixLength > 0 else {
                    i += 1
                    continue
                }
                let idStart = i + 1 + prefixLength
                var end = idStart
                while end < scalars.count, Self.isIDCharacter(scalars[end]) { end += 1 }
                while end > idStart, scalars[end - 1] == "-" || scalars[end - 1] == "_" { end -= 1 }
                guard end > idStart else {
                    i += 1
                    continue
                }
                Escaping.appendEscaped(String(String.UnicodeScalarView(scalars[plainStart..<i])), to: &output)
                let id = String(String.UnicodeScalarView(scalars[(i + 1)..<end]))
                if let target = context.references[id] {
                    output += "<a class=\"xref\" href=\""
                    HrefEscaping.append(target.href, to: &output)
                    output += "\">"
                    Escaping.appendEscaped(target.text, to: &output)
                    output += "</a>"
                } else {
                    unresolvedReferences.append((id, location))
                    Escaping.appendEscaped("@" + id, to: &output)
                }
                i = end
                plainStart = end
            }
            Escaping.appendEscaped(String(String.UnicodeScalarView(scalars[plainStart...])), to: &output)
        }

        /// The length of `fig-` or `eq-` after an `@` at `index` that starts a reference, else 0.
        private static func referencePrefixLength(_ scalars: [Unicode.Scalar], at index: Int) -> Int {
            guard scalars[index] == "@" else { return 0 }
            if index > 0, scalars[index - 1].properties.isAlphabetic || ("0"..."9").contains(scalars[index - 1]) {
                return 0
            }
            for prefix in ["fig-", "eq-"] {
                let candidate = Array(prefix.unicodeScalars)
                if index + candidate.count < scalars.count,
                    Array(scalars[(index + 1)...(index + candidate.count)]) == candidate
                {
                    return candidate.count
                }
            }
            return 0
        }

        private static func isIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-"
                || scalar == "_"
        }

        /// Image descriptions are written as plain text into the `alt` attribute, as libcmark does.
        private mutating func renderPlain(_ node: MarkdownNode) {
            switch node.kind {
            case .text(let text), .code(let text), .htmlInline(let text):
                Escaping.appendEscaped(text, to: &output)
            case .math(let span):
                Escaping.appendEscaped(span.tex, to: &output)
            case .softBreak, .lineBreak:
                output += " "
            default:
                for child in node.children { renderPlain(child) }
            }
        }

        /// Math typeset as MathML; a formula that does not convert is recorded as an error and
        /// shown as its TeX. A labelled display formula carries its anchor id and number.
        private mutating func renderMath(_ span: MathSpan, asBlock: Bool) {
            let equation = span.isDisplay ? context.equations[span.location] : nil
            let key = (span.isDisplay ? "D" : "I") + (equation?.number ?? "") + "\u{0}" + span.tex
            var markup = typeset[key]
            if markup == nil {
                do {
                    markup = try mathConverter.convert(
                        span.tex, style: span.isDisplay ? .display : .inline, equationNumber: equation?.number
                    ).markup
                    typeset[key] = markup
                } catch {
                    mathErrors.append((error, span))
                    markup = Node.element("code", [Attribute("class", "math-error")], [.text(span.tex)]).rendered
                }
            }
            guard span.isDisplay else {
                output += markup!
                return
            }
            output += asBlock ? "<div class=\"math display\"" : "<span class=\"math display\""
            if let equation {
                output += " id=\""
                Escaping.appendEscaped(equation.id, to: &output)
                output += "\""
            }
            output += ">"
            output += markup!
            output += asBlock ? "</div>" : "</span>"
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
