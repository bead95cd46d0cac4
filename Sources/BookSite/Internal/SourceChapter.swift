import BookMarkdown

/// A chapter after reading and parsing, before its figures are drawn and its HTML written.
struct SourceChapter: Sendable {
    var number: Int
    /// The path shown in diagnostics.
    var path: String
    var pageName: String
    /// The Markdown with its front matter blanked out (positions are file positions).
    var markdown: String
    var document: MarkdownDocument
    var blocks: [ExperimentBlocks.Block]
    var frontMatterTitle: String?
    var fallbackTitle: String

    /// Errors for the `@fig-` references the renderer could not resolve, each at the exact
    /// line and column of the `@` in the file.
    func unresolved(_ fragment: RenderedFragment, known: some Collection<String>) -> [Diagnostic] {
        guard !fragment.unresolvedReferences.isEmpty else { return [] }
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        var searchFrom: [String: SourceLocation] = [:]
        return fragment.unresolvedReferences.map { reference in
            let start = max(searchFrom[reference.id] ?? reference.location, reference.location)
            var location = reference.location
            search: for lineIndex in (start.line - 1)..<lines.count {
                let scalars = Array(lines[lineIndex].unicodeScalars)
                let needle = Array(("@" + reference.id).unicodeScalars)
                let first = lineIndex == start.line - 1 ? start.column - 1 : 0
                var column = max(first, 0)
                while column + needle.count <= scalars.count {
                    if Array(scalars[column..<(column + needle.count)]) == needle {
                        location = SourceLocation(line: lineIndex + 1, column: column + 1)
                        break search
                    }
                    column += 1
                }
            }
            searchFrom[reference.id] = SourceLocation(line: location.line, column: location.column + 1)
            let hint = Spelling.hint(for: reference.id, among: known)
            let kind = reference.id.hasPrefix("eq-") ? "equation" : "figure"
            return Diagnostic(.error, file: path, location: location, "unknown \(kind) '@\(reference.id)'\(hint)")
        }
    }
}
