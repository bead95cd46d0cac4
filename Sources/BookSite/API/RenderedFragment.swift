public import BookMarkdown
public import BookMath

/// The HTML of a document's body plus what the page around it needs.
public struct RenderedFragment: Sendable, Equatable {
    /// One heading of the page, for a table of contents.
    public struct Heading: Sendable, Equatable {
        /// 1…6.
        public var level: Int
        /// The element id (empty when heading anchors are off).
        public var id: String
        /// The section number such as `2.1`, or empty.
        public var number: String
        /// The heading as plain text.
        public var text: String
    }

    /// The body HTML.
    public var html: String
    /// The text of the extracted title heading, when ``RenderOptions/extractsTitle`` is on and
    /// the document has a level-1 heading.
    public var title: String?
    /// The headings left in the body, in order.
    public var headings: [Heading]
    /// `@fig-ID` and `@eq-ID` references with no target, and the block they stand in.
    public var unresolvedReferences: [(id: String, location: SourceLocation)]
    /// Formulas that did not convert, with the span they came from.
    public var mathErrors: [(error: MathError, span: MathSpan)]

    public static func == (lhs: RenderedFragment, rhs: RenderedFragment) -> Bool {
        lhs.html == rhs.html && lhs.title == rhs.title && lhs.headings == rhs.headings
    }
}
