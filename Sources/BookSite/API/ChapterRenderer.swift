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
        var diagnostics = document.diagnostics.map { Diagnostic($0, file: file) } + experiments.diagnostics
        var figures = FigureRegistry()
        for block in experiments.blocks {
            figures.add(block, chapter: options.chapterNumber, page: "", file: file)
        }
        var equations = EquationRegistry()
        equations.add(document, chapter: options.chapterNumber, page: "", file: file)
        let drawn = figures.draw(cache: nil, dataDirectory: nil)
        diagnostics += figures.diagnostics + equations.diagnostics + drawn.diagnostics
        let references = figures.references.merging(equations.references) { first, _ in first }
        let context = PageContext(figures: drawn.markup[file] ?? [:], references: references, equations: equations.numbers[file] ?? [:])
        let fragment = HTMLRenderer(options: options, context: context).render(document)
        diagnostics += EquationRegistry.diagnostics(for: fragment, file: file)
        let source = SourceChapter(
            number: options.chapterNumber ?? 0, path: file, pageName: "", markdown: markdown, document: document,
            blocks: experiments.blocks, frontMatterTitle: nil, fallbackTitle: "")
        diagnostics += source.unresolved(fragment, known: references.keys)
        return Result(fragment: fragment, diagnostics: diagnostics.sorted { ($0.location ?? .init(line: 0, column: 0)) < ($1.location ?? .init(line: 0, column: 0)) })
    }
}
