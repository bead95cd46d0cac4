/// Turns block quotes that start with `[!type]` into callouts (Obsidian's syntax):
///
///     > [!tip] 标题
///     > 正文……
///
/// An unknown type leaves the block quote as it is and adds a warning with a suggestion.
enum CalloutRewriter {
    static func rewrite(_ node: MarkdownNode, diagnostics: inout [MarkdownDiagnostic]) -> MarkdownNode {
        var node = node
        node.children = node.children.map { rewrite($0, diagnostics: &diagnostics) }
        guard case .blockQuote = node.kind, let first = node.children.first, case .paragraph = first.kind,
            let marker = marker(in: first.children)
        else { return node }
        guard let type = CalloutType(rawValue: marker.name.lowercased()) else {
            let hint = Spelling.hint(for: marker.name, among: CalloutType.allCases.map(\.rawValue))
            diagnostics.append(
                MarkdownDiagnostic(
                    .warning, at: first.location,
                    "unknown callout type '\(marker.name)'\(hint); rendered as a plain block quote"))
            return node
        }
        var inlines = dropping(characterCount: marker.length, from: first.children)
        let lineEnd = inlines.firstIndex { $0.kind == .softBreak || $0.kind == .lineBreak } ?? inlines.endIndex
        var title = Array(inlines[..<lineEnd])
        inlines = lineEnd < inlines.endIndex ? Array(inlines[(lineEnd + 1)...]) : []
        trimTrailingSpaces(&title)
        var children = [MarkdownNode(.calloutTitle, children: title, location: first.location)]
        if !inlines.isEmpty {
            children.append(MarkdownNode(.paragraph, children: inlines, location: first.location))
        }
        children.append(contentsOf: node.children.dropFirst())
        return MarkdownNode(.callout(type, fold: marker.fold), children: children, location: node.location)
    }

    /// The `[!name]` marker (plus an optional fold sign `+`/`-`, and spaces) at the start of
    /// the paragraph's leading text, and its length in characters.
    private static func marker(in inlines: [MarkdownNode]) -> (name: String, fold: CalloutFold, length: Int)? {
        var leading = ""
        for inline in inlines {
            guard case .text(let text) = inline.kind else { break }
            leading += text
        }
        let characters = Array(leading)
        guard characters.count >= 4, characters[0] == "[", characters[1] == "!" else { return nil }
        var i = 2
        while i < characters.count, characters[i].isLetter || characters[i] == "-" { i += 1 }
        guard i > 2, i < characters.count, characters[i] == "]" else { return nil }
        let name = String(characters[2..<i])
        i += 1
        var fold = CalloutFold.none
        if i < characters.count, characters[i] == "+" || characters[i] == "-" {
            fold = characters[i] == "+" ? .open : .closed
            i += 1
        }
        while i < characters.count, characters[i] == " " || characters[i] == "\t" { i += 1 }
        return (name, fold, i)
    }

    private static func dropping(characterCount: Int, from inlines: [MarkdownNode]) -> [MarkdownNode] {
        var remaining = characterCount
        var result: [MarkdownNode] = []
        for inline in inlines {
            if remaining > 0, case .text(let text) = inline.kind {
                let count = text.count
                if count <= remaining {
                    remaining -= count
                    continue
                }
                var rest = inline
                rest.kind = .text(String(text.dropFirst(remaining)))
                remaining = 0
                result.append(rest)
            } else {
                remaining = 0
                result.append(inline)
            }
        }
        return result
    }

    private static func trimTrailingSpaces(_ inlines: inout [MarkdownNode]) {
        guard let last = inlines.last, case .text(let text) = last.kind else { return }
        var trimmed = Substring(text)
        while let character = trimmed.last, character == " " || character == "\t" { trimmed = trimmed.dropLast() }
        if trimmed.isEmpty { inlines.removeLast() } else { inlines[inlines.count - 1].kind = .text(String(trimmed)) }
    }
}
