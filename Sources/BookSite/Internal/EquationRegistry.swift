import BookMarkdown
import Foundation

/// The labelled display formulas of a book: `$$ … \label{update-rule} $$` is numbered
/// `(N.k)` in its chapter, anchored `#eq-update-rule`, and referenced as `@eq-update-rule`
/// (式 (2.1)). Only labelled formulas get numbers, so a number always means a reference.
struct EquationRegistry {
    private(set) var references: [String: PageContext.Reference] = [:]
    private(set) var numbers: [String: [SourceLocation: (id: String, number: String)]] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    private var counts: [Int: Int] = [:]
    private var firstUse: [String: (file: String, location: SourceLocation)] = [:]

    /// Numbers every labelled display formula of `document` in order.
    mutating func add(_ document: MarkdownDocument, chapter: Int?, page: String, file: String) {
        for (span, label) in Self.labelledFormulas(document.root) {
            let id = Self.anchor(for: label)
            if let first = firstUse[id] {
                diagnostics.append(
                    Diagnostic(
                        .error, file: file, location: span.location,
                        "duplicate equation label '\(label)': \(first.file):\(first.location) uses it already"))
                continue
            }
            firstUse[id] = (file, span.location)
            let key = chapter ?? 0
            counts[key, default: 0] += 1
            let number = chapter.map { "\($0).\(counts[key]!)" } ?? "\(counts[key]!)"
            numbers[file, default: [:]][span.location] = (id, number)
            references[id] = PageContext.Reference(href: page + "#" + id, text: "式 (\(number))")
        }
    }

    /// `eq-` followed by the label, with `:` and other characters outside [A-Za-z0-9_-]
    /// turned into `-`; a label that already starts with `eq-` or `eq:` keeps its prefix once.
    static func anchor(for label: String) -> String {
        var name = label
        if name.hasPrefix("eq-") || name.hasPrefix("eq:") { name.removeFirst(3) }
        let cleaned = String(
            String.UnicodeScalarView(
                name.unicodeScalars.map { scalar in
                    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                        || scalar == "_"
                        || scalar == "-" ? scalar : "-"
                }))
        return "eq-" + cleaned
    }

    /// Display formulas holding `\label{…}`, with the label, in document order.
    static func labelledFormulas(_ node: MarkdownNode) -> [(MathSpan, String)] {
        var found: [(MathSpan, String)] = []
        func walk(_ node: MarkdownNode) {
            if case .math(let span) = node.kind, span.isDisplay, let range = span.tex.range(of: "\\label{"),
                let close = span.tex[range.upperBound...].firstIndex(of: "}")
            {
                let label = span.tex[range.upperBound..<close].trimmingCharacters(in: .whitespaces)
                if !label.isEmpty { found.append((span, label)) }
            }
            node.children.forEach(walk)
        }
        walk(node)
        return found
    }

    /// Formulas that did not convert, as diagnostics at the offending character in the file.
    static func diagnostics(for fragment: RenderedFragment, file: String) -> [Diagnostic] {
        fragment.mathErrors.map { error, span in
            Diagnostic(
                .error, file: file,
                location: MathLocation.location(ofOffset: error.offset, in: span.tex, startingAt: span.location),
                error.description)
        }
    }
}
