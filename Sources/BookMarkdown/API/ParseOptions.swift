/// Options for parsing Markdown.
public struct ParseOptions: OptionSet, Sendable, Hashable {
    public let rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// Straight quotes become curly quotes, `---` an em dash and `--` an en dash (libcmark's
    /// `CMARK_OPT_SMART`).
    public static let smartPunctuation = ParseOptions(rawValue: 1 << 0)
    /// `$…$` and `$$…$$` become math nodes; off, dollars are ordinary text.
    public static let math = ParseOptions(rawValue: 1 << 1)
    /// `> [!type] title` block quotes become callouts.
    public static let callouts = ParseOptions(rawValue: 1 << 2)

    /// What a book chapter uses: every syntax extension and smart punctuation.
    public static let book: ParseOptions = [.smartPunctuation, .math, .callouts]
}
