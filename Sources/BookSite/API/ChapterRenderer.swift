public import BookMarkdown

/// The one path from Markdown text to body HTML, shared by `bookgen render` and the chapter
/// pages of a book.
public enum ChapterRenderer {
    /// The rendered body and the problems found.
    public struct Result: Sendable {
        /// Body HTML, title and headings.
        public var fragment: RenderedFragment
        /// Errors and warnings, positioned in `file`.
        public var diagnostics: [Diagnostic]

        /// The body HTML.
        public var html: String { fragment.html }
    }

    /// Parses `markdown` with every extension and renders it.
    ///
    /// - Parameters:
    ///   - markdown: The Markdown source (front matter already blanked out).
    ///   - file: The path used in diagnostics.
    ///   - options: Page context: heading anchors, numbering, title extraction.
    ///   - parseOptions: Markdown extensions; chapters use ``ParseOptions/book``.
    /// - Returns: The HTML and diagnostics.
    public static func render(
        _ markdown: String, file: String, options: RenderOptions = .fragment, parseOptions: ParseOptions = .book
    ) -> Result {
        let document = MarkdownDocument(parsing: markdown, options: parseOptions)
        let fragment = HTMLRenderer(options: options).render(document)
        return Result(fragment: fragment, diagnostics: document.diagnostics.map { Diagnostic($0, file: file) })
    }
}
