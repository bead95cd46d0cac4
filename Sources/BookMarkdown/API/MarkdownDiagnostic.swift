/// A problem found while parsing Markdown, at a position in the source.
public struct MarkdownDiagnostic: Error, Sendable, Equatable {
    /// Whether the problem stops the build.
    public enum Severity: String, Sendable {
        case error, warning
    }

    /// Error or warning.
    public var severity: Severity
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong and how to fix it, in one sentence.
    public var message: String

    /// Creates a diagnostic.
    ///
    /// - Parameters:
    ///   - severity: Error or warning.
    ///   - location: Where the problem is.
    ///   - message: What is wrong.
    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }
}
