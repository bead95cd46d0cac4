/// A chapter after loading and rendering: what its page and the navigation need.
struct Chapter: Sendable {
    /// 1-based position in the book.
    var number: Int
    /// The source path, as shown in diagnostics (`content/01-introduction.md`).
    var sourcePath: String
    /// The page's file name in the site (`01-introduction.html`).
    var pageName: String
    /// The title from front matter, else the first `#` heading, else the file name.
    var title: String
    /// The rendered body.
    var fragment: RenderedFragment

    /// `第 3 章`.
    var label: String { "第 \(number) 章" }

    /// The page name for a chapter path: directories become `-`, `.md` becomes `.html`.
    static func pageName(for path: String) -> String {
        let flat = path.split(separator: "/").joined(separator: "-")
        return String(flat.dropLast(3)) + ".html"
    }
}
