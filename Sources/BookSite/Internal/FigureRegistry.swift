import BookExperiments
import BookMarkdown

/// Every experiment figure of a book (or of one fragment): its number (`图 2.3`), its element
/// id (`fig-lr-compare`, or `fig-2-3` when the spec gives none), and the targets of
/// `@fig-ID` references. Draws the figures on all cores, through the cache.
struct FigureRegistry {
    struct Entry: Sendable {
        var file: String
        var block: ExperimentBlocks.Block
        var elementID: String
        var number: String
    }

    private(set) var entries: [Entry] = []
    private(set) var references: [String: PageContext.Reference] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    private var counts: [Int: Int] = [:]
    private var firstUse: [String: (file: String, location: SourceLocation)] = [:]

    var count: Int { entries.count }

    /// Registers the next figure of chapter `chapter` (or of an unnumbered fragment when `nil`).
    mutating func add(_ block: ExperimentBlocks.Block, chapter: Int?, page: String, file: String) {
        let key = chapter ?? 0
        counts[key, default: 0] += 1
        let index = counts[key]!
        let number = chapter.map { "图 \($0).\(index)" } ?? "图 \(index)"
        let elementID = "fig-" + (block.experiment.id ?? (chapter.map { "\($0)-\(index)" } ?? "\(index)"))
        if let first = firstUse[elementID] {
            diagnostics.append(
                Diagnostic(
                    .error, file: file, location: block.location,
                    "duplicate figure id '\(elementID)': \(first.file):\(first.location) uses it already"))
            return
        }
        firstUse[elementID] = (file, block.location)
        entries.append(Entry(file: file, block: block, elementID: elementID, number: number))
        references[elementID] = PageContext.Reference(href: page + "#" + elementID, text: number)
    }

    /// Draws every figure: from the cache where possible, otherwise by running its experiment.
    ///
    /// - Parameters:
    ///   - cache: The figure cache, or `nil`.
    ///   - dataDirectory: Where the CSV files go in the site (e.g. `data/`), or `nil` for none.
    /// - Returns: The `<figure>` markup by file and block location, the CSV files, the
    ///   problems (false claims, bad slider values) and how many figures were computed.
    func draw(cache: (any FigureCache)?, dataDirectory: String?) -> (
        markup: [String: [SourceLocation: String]], dataFiles: [OutputFile], diagnostics: [Diagnostic],
        computedCount: Int
    ) {
        let results = entries.parallelMap { entry -> (Result<RenderedFigure, Diagnostic>, computed: Bool) in
            let key = FigureCacheKey.key(for: entry.block.experiment, figureID: entry.elementID)
            if let cached = cache?.figure(forKey: key) { return (.success(cached), false) }
            do throws(ExperimentError) {
                let figure = try entry.block.experiment.render(figureID: entry.elementID)
                cache?.store(figure, forKey: key)
                return (.success(figure), true)
            } catch {
                return (
                    .failure(ExperimentBlocks.diagnostic(error, block: entry.block.location, file: entry.file)), true
                )
            }
        }
        var markup: [String: [SourceLocation: String]] = [:]
        var dataFiles: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        var computed = 0
        for (entry, (result, wasComputed)) in zip(entries, results) {
            if wasComputed { computed += 1 }
            switch result {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            case .success(let figure):
                let dataHref = dataDirectory.map { $0 + entry.elementID + ".csv" }
                if let dataHref { dataFiles.append(OutputFile(path: dataHref, contents: Array(figure.csv.utf8))) }
                markup[entry.file, default: [:]][entry.block.location] = ExperimentBlocks.figureMarkup(
                    figure, id: entry.elementID, number: entry.number, caption: entry.block.experiment.caption,
                    dataHref: dataHref)
            }
        }
        return (markup, dataFiles, diagnostics, computed)
    }
}
