/// A parsed Markdown document: the node tree and the problems found while parsing.
public struct MarkdownDocument: Sendable {
    /// The document node; its children are the top-level blocks.
    public var root: MarkdownNode
    /// Errors and warnings, in source order.
    public var diagnostics: [MarkdownDiagnostic]

    /// Parses Markdown with libcmark and bookgen's extensions.
    ///
    /// Parsing never fails on content: problems such as an unclosed `$$` or an unknown callout
    /// type are reported in ``diagnostics`` and the text is kept as written.
    ///
    /// - Parameters:
    ///   - source: The Markdown source.
    ///   - options: Which extensions to apply; chapters use ``ParseOptions/book``.
    public init(parsing source: String, options: ParseOptions = .book) {
        let bytes = Array(source.utf8)
        let originalLines = LineIndex(bytes)
        let protected =
            options.contains(.math)
            ? MathProtector.protect(bytes, lineIndex: originalLines) : ProtectedSource(unprotected: bytes)
        let protectedLines = LineIndex(protected.bytes)
        var diagnostics = protected.diagnostics.map {
            MarkdownDiagnostic(.error, at: originalLines.location(ofOffset: $0.offset, in: bytes), $0.message)
        }
        let mathSpans = protected.spans.map {
            MathSpan(
                tex: $0.tex, isDisplay: $0.isDisplay,
                location: originalLines.location(ofOffset: $0.texStart, in: bytes))
        }

        let tree: MarkdownNode
        do {
            tree = try CommonMarkConverter.convert(
                protected.bytes,
                smartPunctuation: options.contains(.smartPunctuation),
                location: { line, byteColumn in
                    let offset = protectedLines.offset(line: line, byteColumn: byteColumn, count: protected.bytes.count)
                    return originalLines.location(ofOffset: protected.originalOffset(ofProtected: offset), in: bytes)
                },
                text: { literal, location in
                    protected.pieces(of: literal).map { piece in
                        switch piece {
                        case .text(let text): MarkdownNode(.text(text), location: location)
                        case .math(let number):
                            MarkdownNode(.math(mathSpans[number]), location: mathSpans[number].location)
                        }
                    }
                },
                restore: protected.restore)
        } catch {
            tree = MarkdownNode(.document, location: SourceLocation(line: 1, column: 1))
            diagnostics.append(
                MarkdownDiagnostic(.error, at: SourceLocation(line: 1, column: 1), "out of memory while parsing"))
        }
        root = options.contains(.callouts) ? CalloutRewriter.rewrite(tree, diagnostics: &diagnostics) : tree
        self.diagnostics = diagnostics.sorted { $0.location < $1.location }
    }

    /// libcmark's own HTML rendering of `markdown` (unsafe mode, the same punctuation option),
    /// the reference that bookgen's renderer must reproduce for plain CommonMark.
    ///
    /// - Parameters:
    ///   - markdown: CommonMark source.
    ///   - options: Only ``ParseOptions/smartPunctuation`` is honoured.
    /// - Returns: The HTML libcmark writes.
    public static func libcmarkHTML(_ markdown: String, options: ParseOptions) -> String {
        CommonMarkConverter.libcmarkHTML(markdown, smartPunctuation: options.contains(.smartPunctuation))
    }
}
