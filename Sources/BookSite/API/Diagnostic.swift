public import BookMarkdown

/// A problem in the book's sources, printed the way compilers print them:
/// `content/02-gradient-descent.md:42:7: error: unclosed display math …`.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// Whether the problem is an error or a warning. A build stops on either.
    public typealias Severity = MarkdownDiagnostic.Severity

    /// Error or warning.
    public var severity: Severity
    /// The file, as the user named it (e.g. `content/book.yml`).
    public var file: String
    /// Where in the file, or `nil` when the problem concerns the whole file.
    public var location: SourceLocation?
    /// What is wrong and how to fix it.
    public var message: String

    /// Creates a diagnostic.
    ///
    /// - Parameters:
    ///   - severity: Error or warning.
    ///   - file: The file path as shown to the user.
    ///   - location: The position, if there is one.
    ///   - message: What is wrong.
    public init(_ severity: Severity, file: String, location: SourceLocation? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.location = location
        self.message = message
    }

    /// Wraps a Markdown diagnostic of `file`.
    ///
    /// - Parameters:
    ///   - diagnostic: The parser's diagnostic.
    ///   - file: The chapter's path.
    public init(_ diagnostic: MarkdownDiagnostic, file: String) {
        self.init(diagnostic.severity, file: file, location: diagnostic.location, diagnostic.message)
    }

    /// `file:line:col: error: message`.
    public var description: String {
        if let location {
            return "\(file):\(location.line):\(location.column): \(severity.rawValue): \(message)"
        }
        return "\(file): \(severity.rawValue): \(message)"
    }
}

/// Several diagnostics that together stop an action.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    /// The diagnostics, in the order they should be printed.
    public var diagnostics: [Diagnostic]

    /// Creates a list.
    ///
    /// - Parameter diagnostics: The problems found.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
