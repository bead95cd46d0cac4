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

    /// Creates a builder.
    ///
    /// - Parameters:
    ///   - fileSystem: Read access to the sources.
    ///   - contentDirectory: The content folder, e.g. `content`.
    ///   - templatesDirectory: The templates folder, e.g. `templates`.
    public init(fileSystem: any FileSystem, contentDirectory: String, templatesDirectory: String) {
        self.fileSystem = fileSystem
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
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

        var chapters: [Chapter] = []
        for (index, entry) in configuration.chapters.enumerated() {
            do {
                chapters.append(try loadChapter(entry, number: index + 1, configurationPath: configurationPath))
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty, let templates else { throw DiagnosticList(problems) }

        var files = [OutputFile]()
        files.append(OutputFile(path: "index.html", contents: Array(coverPage(configuration, chapters, templates).utf8)))
        for (index, chapter) in chapters.enumerated() {
            let page = chapterPage(
                chapter, configuration: configuration, chapters: chapters,
                previous: index > 0 ? chapters[index - 1] : nil,
                next: index + 1 < chapters.count ? chapters[index + 1] : nil, templates: templates)
            files.append(OutputFile(path: chapter.pageName, contents: Array(page.utf8)))
        }
        files += assetFiles()
        files.sort { $0.path < $1.path }
        return BuiltBook(files: files, chapterCount: chapters.count, pageCount: chapters.count + 1)
    }

    private func loadConfiguration(at path: String) throws(DiagnosticList) -> BookConfiguration {
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.contents(of: path)
        } catch {
            switch error {
            case .notFound:
                throw DiagnosticList([
                    Diagnostic(.error, file: path,
                        "no book configuration found; create it with 'title:' and a 'chapters:' list (see README.md, \"book.yml\")")
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
    ) throws(DiagnosticList) -> Chapter {
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
                Diagnostic(.error, file: configurationPath, location: entry.location,
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
        let options = RenderOptions(headingAnchors: true, chapterNumber: number, extractsTitle: true)
        let result = ChapterRenderer.render(markdown, file: path, options: options)
        guard result.diagnostics.isEmpty else { throw DiagnosticList(result.diagnostics) }
        let fallbackTitle = String(entry.path.split(separator: "/").last?.dropLast(3) ?? "")
        return Chapter(
            number: number, sourcePath: path, pageName: Chapter.pageName(for: entry.path),
            title: frontMatter.title ?? result.fragment.title ?? fallbackTitle, fragment: result.fragment)
    }

    private func bookContext(_ configuration: BookConfiguration) -> [String: Any] {
        [
            "title": configuration.title,
            "subtitle": configuration.subtitle ?? false,
            "author": configuration.author ?? false,
            "language": configuration.language,
            "description": configuration.description ?? false,
        ]
    }

    private func coverPage(_ configuration: BookConfiguration, _ chapters: [Chapter], _ templates: PageTemplates) -> String {
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
                "book": bookContext(configuration),
                "pageTitle": configuration.title,
                "contents": contents,
                "first": Navigation.link(to: chapters.first),
                "sidebar": Navigation.sidebar(for: nil, chapters: chapters),
            ])
    }

    private func chapterPage(
        _ chapter: Chapter, configuration: BookConfiguration, chapters: [Chapter], previous: Chapter?, next: Chapter?,
        templates: PageTemplates
    ) -> String {
        templates.render(
            "chapter",
            [
                "book": bookContext(configuration),
                "pageTitle": "\(chapter.label) \(chapter.title) · \(configuration.title)",
                "chapter": ["label": chapter.label, "title": chapter.title, "number": chapter.number],
                "content": chapter.fragment.html,
                "previous": Navigation.link(to: previous),
                "next": Navigation.link(to: next),
                "sidebar": Navigation.sidebar(for: chapter.number, chapters: chapters),
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
