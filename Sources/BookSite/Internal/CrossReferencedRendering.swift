import BookMarkdown

/// The part of a build that needs every chapter at once: numbering figures and equations,
/// drawing the figures (through the cache), and rendering each chapter's HTML with the
/// cross-references of the whole book resolved. `bookgen render` runs it on one document.
struct CrossReferencedRendering {
    /// Each chapter with its rendered body, in order (only when there were no problems).
    var fragments: [RenderedFragment]
    /// The CSV files of the figures.
    var dataFiles: [OutputFile]
    /// Every problem found: duplicate ids, false claims, formulas that do not convert,
    /// references to nothing.
    var diagnostics: [Diagnostic]
    var figureCount: Int
    var computedFigureCount: Int

    /// - Parameters:
    ///   - sources: The parsed chapters.
    ///   - numbered: Whether figures and equations carry the chapter number (图 2.1).
    ///   - cache: The figure cache, or `nil`.
    ///   - dataDirectory: Where the CSV files go (`data/`), or `nil` for none.
    ///   - options: The render options for a chapter.
    init(
        _ sources: [SourceChapter], numbered: Bool, cache: (any FigureCache)?, dataDirectory: String?,
        options: @Sendable (SourceChapter) -> RenderOptions
    ) {
        var figures = FigureRegistry()
        var equations = EquationRegistry()
        for source in sources {
            let chapter = numbered ? source.number : nil
            for block in source.blocks {
                figures.add(block, chapter: chapter, page: source.pageName, file: source.path)
            }
            equations.add(source.document, chapter: chapter, page: source.pageName, file: source.path)
        }
        let drawn = figures.draw(cache: cache, dataDirectory: dataDirectory)
        diagnostics = figures.diagnostics + equations.diagnostics + drawn.diagnostics
        dataFiles = drawn.dataFiles
        figureCount = figures.count
        computedFigureCount = drawn.computedCount

        let references = figures.references.merging(equations.references) { first, _ in first }
        let equationNumbers = equations.numbers
        let rendered = sources.parallelMap { source -> (RenderedFragment, [Diagnostic]) in
            let context = PageContext(
                figures: drawn.markup[source.path] ?? [:], references: references,
                equations: equationNumbers[source.path] ?? [:])
            let fragment = HTMLRenderer(options: options(source), context: context).render(source.document)
            let problems =
                EquationRegistry.diagnostics(for: fragment, file: source.path)
                + source.unresolved(fragment, known: references.keys)
            return (fragment, problems)
        }
        fragments = rendered.map(\.0)
        diagnostics += rendered.flatMap(\.1)
    }
}

extension Array {
    /// The successes, in order; the diagnostics of the failures are appended to `problems`.
    func successes<Value>(collecting problems: inout [Diagnostic]) -> [Value]
    where Element == Result<Value, DiagnosticList> {
        var values: [Value] = []
        for result in self {
            switch result {
            case .success(let value): values.append(value)
            case .failure(let error): problems += error.diagnostics
            }
        }
        return values
    }
}
