import Mustache

/// The mustache templates of the book's pages, read from the templates folder:
/// `cover.mustache` (the title page with the table of contents), `chapter.mustache`, and any
/// other `.mustache` file there as a partial (`{{> head}}`).
struct PageTemplates: Sendable {
    static let required = ["cover", "chapter", "sidebar-item"]

    let library: MustacheLibrary

    init(fileSystem: some FileSystem, directory: String) throws(DiagnosticList) {
        var library = MustacheLibrary()
        var problems: [Diagnostic] = []
        let names = fileSystem.files(in: directory).filter { $0.hasSuffix(".mustache") }
        for name in names {
            let path = joinPath(directory, name)
            do {
                let text = try SourceText.decode(try fileSystem.contents(of: path), file: path)
                try library.register(text, named: String(name.dropLast(".mustache".count)))
            } catch let error as Diagnostic {
                problems.append(error)
            } catch {
                problems.append(Diagnostic(.error, file: path, "cannot use template: \(error)"))
            }
        }
        for name in Self.required where !names.contains(name + ".mustache") {
            problems.append(
                Diagnostic(
                    .error, file: joinPath(directory, name + ".mustache"),
                    "missing template; the templates folder needs \(Self.required.map { $0 + ".mustache" }.joined(separator: ", "))"
                ))
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        self.library = library
    }

    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
