import BookMarkdown
import Yams

/// The contents of `content/book.yml`: the book's metadata and the order of its chapters.
public struct BookConfiguration: Sendable, Equatable {
    /// One entry of the `chapters:` list.
    public struct ChapterEntry: Sendable, Equatable {
        /// The chapter's path relative to the content folder.
        public var path: String
        /// Where the entry is written in `book.yml`.
        public var location: SourceLocation?
    }

    /// The book's title (required).
    public var title: String
    /// A subtitle, shown under the title.
    public var subtitle: String?
    /// The author or authors.
    public var author: String?
    /// A BCP 47 language tag; `zh-CN` unless given.
    public var language: String
    /// One or two sentences shown on the cover.
    public var description: String?
    /// The chapters, in reading order.
    public var chapters: [ChapterEntry]

    /// The keys `book.yml` may contain.
    public static let keys = ["title", "subtitle", "author", "language", "description", "chapters"]

    /// Parses `book.yml`.
    ///
    /// - Parameters:
    ///   - text: The file's text.
    ///   - file: Its path, for diagnostics.
    /// - Returns: The configuration.
    /// - Throws: ``DiagnosticList`` with every problem found: YAML syntax, unknown keys, a
    ///   missing title or chapter list, values of the wrong kind.
    public static func parse(_ text: String, file: String) throws(DiagnosticList) -> BookConfiguration {
        let reader = YAMLReader(file: file)
        let mapping: Node.Mapping
        do {
            mapping = try reader.rootMapping(text)
        } catch {
            throw DiagnosticList([error])
        }
        var problems = reader.unknownKeys(in: mapping, allowed: keys, context: "book.yml")
        func string(_ key: String) -> String? {
            do {
                return try reader.string(key, in: mapping)
            } catch {
                problems.append(error)
                return nil
            }
        }
        let title = string("title")
        let configuration = BookConfiguration(
            title: title ?? "",
            subtitle: string("subtitle"),
            author: string("author"),
            language: string("language") ?? "zh-CN",
            description: string("description"),
            chapters: chapterEntries(mapping, reader: reader, problems: &problems))
        if title?.isEmpty ?? true {
            problems.append(
                Diagnostic(
                    .error, file: file, location: SourceLocation(line: 1, column: 1),
                    "missing 'title:'; every book needs a title"))
        }
        guard problems.isEmpty else {
            throw DiagnosticList(
                problems.sorted {
                    ($0.location ?? .init(line: 0, column: 0)) < ($1.location ?? .init(line: 0, column: 0))
                })
        }
        return configuration
    }

    private static func chapterEntries(
        _ mapping: Node.Mapping, reader: YAMLReader, problems: inout [Diagnostic]
    ) -> [ChapterEntry] {
        guard let (key, node) = reader.value("chapters", in: mapping) else {
            problems.append(
                Diagnostic(
                    .error, file: reader.file, location: SourceLocation(line: 1, column: 1),
                    "missing 'chapters:'; list the chapter files in reading order, e.g. 'chapters: [01-introduction.md]'"
                ))
            return []
        }
        guard let sequence = node.sequence, !sequence.isEmpty else {
            problems.append(
                Diagnostic(
                    .error, file: reader.file, location: reader.location(node.mark ?? key.mark),
                    "'chapters' must be a non-empty list of Markdown files"))
            return []
        }
        var entries: [ChapterEntry] = []
        var seen: Set<String> = []
        for item in sequence {
            guard let path = item.string, !path.isEmpty else {
                problems.append(
                    Diagnostic(
                        .error, file: reader.file, location: reader.location(item.mark),
                        "a chapter entry must be a file path"))
                continue
            }
            if !path.hasSuffix(".md") {
                problems.append(
                    Diagnostic(
                        .error, file: reader.file, location: reader.location(item.mark),
                        "chapter '\(path)' is not a Markdown file (expected a name ending in .md)"))
            } else if !seen.insert(path).inserted {
                problems.append(
                    Diagnostic(
                        .error, file: reader.file, location: reader.location(item.mark),
                        "chapter '\(path)' is listed twice"))
            }
            entries.append(ChapterEntry(path: path, location: reader.location(item.mark)))
        }
        return entries
    }
}
