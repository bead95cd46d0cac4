/// One node of a parsed Markdown document: a CommonMark block or inline, or one of bookgen's
/// extensions (math, callouts). A value tree: it holds no C pointers and is `Sendable`.
public struct MarkdownNode: Sendable, Equatable {
    /// What the node is, with the data that belongs to that kind.
    public enum Kind: Sendable, Equatable {
        case document
        case blockQuote
        /// An Obsidian callout, `> [!tip] 标题`. Its first child is a ``calloutTitle`` holding
        /// the title inlines (empty when the author gave none); the rest are the body blocks.
        /// `[!tip]-` is folded (closed until the reader opens it), `[!tip]+` foldable but open.
        case callout(CalloutType, fold: CalloutFold = .none)
        /// The inline content of a callout's title line.
        case calloutTitle
        case list(ListStyle)
        case item
        /// A fenced or indented code block; `info` is the full info string.
        case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        case paragraph
        case heading(level: Int)
        case thematicBreak
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case link(destination: String, title: String)
        case image(source: String, title: String)
        /// `$…$` or `$$…$$`, with the TeX exactly as written.
        case math(MathSpan)
    }

    /// The kind of node.
    public var kind: Kind
    /// Child nodes, in document order.
    public var children: [MarkdownNode]
    /// Where the node starts in the original source. Inline nodes other than math carry the
    /// start of their enclosing block, since libcmark records positions for blocks only.
    public var location: SourceLocation

    /// Creates a node.
    ///
    /// - Parameters:
    ///   - kind: What the node is.
    ///   - children: Child nodes.
    ///   - location: Where it starts in the original source.
    public init(_ kind: Kind, children: [MarkdownNode] = [], location: SourceLocation) {
        self.kind = kind
        self.children = children
        self.location = location
    }

    /// The concatenated text of the node's inline descendants, as a reader sees it (no markup;
    /// math contributes its TeX). Used for heading slugs, titles and `alt` text.
    public var plainText: String {
        var output = ""
        appendPlainText(to: &output)
        return output
    }

    private func appendPlainText(to output: inout String) {
        switch kind {
        case .text(let text), .code(let text): output += text
        case .softBreak, .lineBreak: output += " "
        case .math(let span): output += span.tex
        default: for child in children { child.appendPlainText(to: &output) }
        }
    }
}

/// How a list is numbered and laid out.
public struct ListStyle: Sendable, Equatable {
    /// `true` for `1.`/`1)` lists, `false` for bullets.
    public var isOrdered: Bool
    /// The number of the first item of an ordered list.
    public var start: Int
    /// Whether the items are tight (no `<p>` around their paragraphs).
    public var isTight: Bool

    /// Creates a list style.
    ///
    /// - Parameters:
    ///   - isOrdered: Ordered or bullet list.
    ///   - start: First number (ordered lists).
    ///   - isTight: Tight or loose.
    public init(isOrdered: Bool, start: Int, isTight: Bool) {
        self.isOrdered = isOrdered
        self.start = start
        self.isTight = isTight
    }
}

/// A math span protected from Markdown parsing.
public struct MathSpan: Sendable, Equatable {
    /// The TeX between the delimiters, byte for byte as written (container prefixes such as
    /// `> ` on continuation lines of display math removed).
    public var tex: String
    /// `true` for `$$…$$`.
    public var isDisplay: Bool
    /// Where the TeX starts (the character after the opening delimiter).
    public var location: SourceLocation

    /// Creates a math span.
    ///
    /// - Parameters:
    ///   - tex: The TeX source.
    ///   - isDisplay: Display (`$$`) or inline (`$`) math.
    ///   - location: Where the TeX starts in the original file.
    public init(tex: String, isDisplay: Bool, location: SourceLocation) {
        self.tex = tex
        self.isDisplay = isDisplay
        self.location = location
    }
}
