import BookMarkdown
import Yams

/// Optional YAML front matter at the top of a chapter, between two `---` lines.
struct FrontMatter: Equatable {
    static let keys = ["title"]

    var title: String?

    /// Splits a chapter into its front matter and its Markdown. The front matter lines are
    /// replaced by empty lines, so that positions in the Markdown are positions in the file.
    static func split(_ text: String, file: String) throws(DiagnosticList) -> (FrontMatter, String) {
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return (FrontMatter(), text) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let closing = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "---\r" || $0 == "..." }) else {
            throw DiagnosticList([
                Diagnostic(
                    .error, file: file, location: SourceLocation(line: 1, column: 1),
                    "front matter opened with '---' is never closed; add a line '---' after it")
            ])
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let reader = YAMLReader(file: file, lineOffset: 1)
        let mapping: Node.Mapping
        do {
            mapping = try reader.rootMapping(yaml)
        } catch {
            throw DiagnosticList([error])
        }
        var problems = reader.unknownKeys(in: mapping, allowed: keys, context: "front matter")
        var frontMatter = FrontMatter()
        do {
            frontMatter.title = try reader.string("title", in: mapping)
        } catch {
            problems.append(error)
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        let blanked = String(repeating: "\n", count: closing + 1) + lines[(closing + 1)...].joined(separator: "\n")
        return (frontMatter, blanked)
    }
}
