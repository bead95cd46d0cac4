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

    /// Parses `markdown` with every extension, runs and draws its experiment blocks, and
    /// renders it. Figures are numbered `图 N.k` when the options carry a chapter number.
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
        let experiments = ExperimentBlocks.collect(document, file: file)
        let source = SourceChapter(
            number: options.chapterNumber ?? 0, path: file, pageName: "", markdown: markdown, document: document,
            blocks: experiments.blocks, frontMatterTitle: nil, fallbackTitle: "")
        let rendering = CrossReferencedRendering(
            [source], numbered: options.chapterNumber != nil, cache: nil, dataDirectory: nil, options: { _ in options })
        let fragment = rendering.fragments[0]
        let diagnostics =
            document.diagnostics.map { Diagnostic($0, file: file) } + experiments.diagnostics + rendering.diagnostics
        return Result(
            fragment: fragment,
            diagnostics: diagnostics.sorted {
                ($0.location ?? .init(line: 0, column: 0)) < ($1.location ?? .init(line: 0, column: 0))
            })
    }
}
