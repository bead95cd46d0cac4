import BookExperiments
import BookMarkdown

/// Builds a whole book: reads `book.yml`, the chapters and the templates through a
/// ``FileSystem`` and returns every file of the site. Writes nothing itself.
public struct BookBuilder: Sendable {
    /// Where the sources come from.
    public let fileSystem: any FileSystem
    /// The folder holding `book.yml` and the chapters.
    public let contentDirectory: String
    /// The folder holding the mustache templates and `assets/`.
    public let templatesDirectory: String
    /// Where computed figures are kept between builds; `nil` computes every figure.
    public let cache: (any FigureCache)?

    /// Creates a builder.
    ///
    /// - Parameters:
    ///   - fileSystem: Read access to the sources.
    ///   - contentDirectory: The content folder, e.g. `content`.
    ///   - templatesDirectory: The templates folder, e.g. `templates`.
    ///   - cache: Where figures are kept between builds, or `nil`.
    public init(
        fileSystem: any FileSystem, contentDirectory: String, templatesDirectory: String,
        cache: (any FigureCache)? = nil
    ) {
        self.fileSystem = fileSystem
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.cache = cache
    }

    /// Builds the site.
    ///
    /// Every problem found is collected before failing, so one run reports them all. Warnings
    /// (an unknown callout type, say) fail the build too: a published book should have none.
    ///
    /// - Returns: The site's files.
    /// - Throws: ``DiagnosticList`` with every error and warning, in file order.
    public func build() throws(DiagnosticList) -> BuiltBook {
        let configurationPath = joinPath(contentDirectory, "book.yml")
        let configuration = try loadConfiguration(at: configurationPath)
        var problems: [Diagnostic] = []
        let templates: PageTemplates?
        do {
            templates = try PageTemplates(fileSystem: fileSystem, directory: templatesDirectory)
        } catch {
            problems += error.diagnostics
            templates = nil
        }

        let loaded = configuration.chapters.enumerated().map { ($0.offset + 1, $0.element) }.parallelMap {
            number, entry -> Result<SourceChapter, DiagnosticList> in
            Result { () throws(DiagnosticList) -> SourceChapter in
                try loadChapter(entry, number: number, configurationPath: configurationPath)
            }
        }
        let sources = loaded.successes(collecting: &problems)
        guard problems.isEmpty, let templates else { throw DiagnosticList(problems) }

        let rendering = CrossReferencedRendering(
            sources, numbered: true, cache: cache, dataDirectory: "data/",
            options: { RenderOptions(headingAnchors: true, chapterNumber: $0.number, extractsTitle: true) })
        guard rendering.diagnostics.isEmpty else { throw DiagnosticList(rendering.diagnostics) }
        let chapters = zip(sources, rendering.fragments).map { source, fragment in
            Chapter(
                number: source.number, sourcePath: source.path, pageName: source.pageName,
                title: source.frontMatterTitle ?? fragment.title ?? source.fallbackTitle, fragment: fragment)
        }

        let entries = chapters.parallelMap { chapter in
            SidebarEntry(
                plain: templates.render("sidebar-item", Navigation.item(chapter, current: false)),
                current: templates.render("sidebar-item", Navigation.item(chapter, current: true)))
        }
        let book = bookContext(configuration)
        let cover = OutputFile(
            path: "index.html", contents: Array(coverPage(book, chapters, entries, templates).utf8))
        let pages = chapters.indices.map { $0 }.parallelMap { index in
            let chapter = chapters[index]
            let page = templates.render(
                "chapter",
                [
                    "book": book,
                    "pageTitle": "\(chapter.label) \(chapter.title) · \(configuration.title)",
                    "chapter": ["label": chapter.label, "title": chapter.title, "number": chapter.number],
                    "content": chapter.fragment.html,
                    "previous": Navigation.link(to: index > 0 ? chapters[index - 1] : nil),
                    "next": Navigation.link(to: index + 1 < chapters.count ? chapters[index + 1] : nil),
                    "sidebar": Navigation.sidebar(for: index, entries: entries),
                ])
            return OutputFile(path: chapter.pageName, contents: Array(page.utf8))
        }
        var files = [cover] + pages + assetFiles() + rendering.dataFiles
        files.sort { $0.path < $1.path }
        return BuiltBook(
            files: files, chapterCount: chapters.count, pageCount: chapters.count + 1,
            figureCount: rendering.figureCount,
            computedFigureCount: rendering.computedFigureCount)
    }

    private func loadConfiguration(at path: String) throws(DiagnosticList) -> BookConfiguration {
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.contents(of: path)
        } catch {
            switch error {
            case .notFound:
                throw DiagnosticList([
                    Diagnostic(
                        .error, file: path,
                        "no book configuration found; create it with 'title:' and a 'chapters:' list (see README.md, \"book.yml\")"
                    )
                ])
            case .unreadable(_, let reason):
                throw DiagnosticList([Diagnostic(.error, file: path, "cannot read the book configuration: \(reason)")])
            }
        }
        do {
            return try BookConfiguration.parse(try SourceText.decode(bytes, file: path), file: path)
        } catch let error as DiagnosticList {
            throw error
        } catch let error as Diagnostic {
            throw DiagnosticList([error])
        } catch {
            throw DiagnosticList([Diagnostic(.error, file: path, "\(error)")])
        }
    }

    private func loadChapter(
        _ entry: BookConfiguration.ChapterEntry, number: Int, configurationPath: String
    ) throws(DiagnosticList) -> SourceChapter {
        let path = joinPath(contentDirectory, entry.path)
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.contents(of: path)
        } catch {
            guard case .notFound = error else {
                throw DiagnosticList([Diagnostic(.error, file: path, "cannot read the chapter: \(error)")])
            }
            let available = fileSystem.files(in: contentDirectory).filter { $0.hasSuffix(".md") }
            let hint = Spelling.hint(for: entry.path, among: available)
            throw DiagnosticList([
                Diagnostic(
                    .error, file: configurationPath, location: entry.location,
                    "chapter '\(entry.path)' does not exist in \(contentDirectory)/\(hint)")
            ])
        }
        let text: String
        do {
            text = try SourceText.decode(bytes, file: path)
        } catch {
            throw DiagnosticList([error])
        }
        let (frontMatter, markdown) = try FrontMatter.split(text, file: path)
        let document = MarkdownDocument(parsing: markdown, options: .book)
        let experiments = ExperimentBlocks.collect(document, file: path)
        let diagnostics = document.diagnostics.map { Diagnostic($0, file: path) } + experiments.diagnostics
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        return SourceChapter(
            number: number, path: path, pageName: Chapter.pageName(for: entry.path), markdown: markdown,
            document: document, blocks: experiments.blocks, frontMatterTitle: frontMatter.title,
            fallbackTitle: String(entry.path.split(separator: "/").last?.dropLast(3) ?? ""))
    }

    private func bookContext(_ configuration: BookConfiguration) -> [String: String] {
        var context = ["title": configuration.title, "language": configuration.language]
        context["subtitle"] = configuration.subtitle
        context["author"] = configuration.author
        context["description"] = configuration.description
        return context
    }

    private func coverPage(
        _ book: [String: String], _ chapters: [Chapter], _ entries: [SidebarEntry], _ templates: PageTemplates
    ) -> String {
        let contents: [[String: Any]] = chapters.map { chapter in
            let sections = Navigation.sections(of: chapter, href: chapter.pageName)
            return [
                "label": chapter.label, "title": chapter.title, "href": chapter.pageName,
                "sections": sections, "hasSections": !sections.isEmpty,
            ]
        }
        return templates.render(
            "cover",
            [
                "book": book,
                "pageTitle": book["title"] ?? "",
                "contents": contents,
                "first": Navigation.link(to: chapters.first),
                "sidebar": Navigation.sidebar(for: nil, entries: entries),
            ])
    }

    private func assetFiles() -> [OutputFile] {
        let directory = joinPath(templatesDirectory, "assets")
        return fileSystem.files(in: directory).compactMap { name in
            guard let bytes = try? fileSystem.contents(of: joinPath(directory, name)) else { return nil }
            return OutputFile(path: "assets/" + name, contents: bytes)
        }
    }
}
