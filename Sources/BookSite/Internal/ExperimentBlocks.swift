import BookExperiments
import BookHTML
import BookMarkdown

/// The experiment blocks of one chapter: fenced code with the info string `experiment`.
enum ExperimentBlocks {
    struct Block: Sendable {
        var location: SourceLocation
        var experiment: Experiment
    }

    /// Parses every experiment block of `document`; each bad spec becomes a diagnostic at its
    /// position in the chapter.
    static func collect(_ document: MarkdownDocument, file: String) -> (blocks: [Block], diagnostics: [Diagnostic]) {
        var blocks: [Block] = []
        var diagnostics: [Diagnostic] = []
        func walk(_ node: MarkdownNode) {
            if case .codeBlock(let info, let literal) = node.kind, info.split(separator: " ").first == "experiment" {
                do {
                    blocks.append(Block(location: node.location, experiment: try Experiment.parse(literal)))
                } catch {
                    diagnostics.append(diagnostic(error, block: node.location, file: file))
                }
                return
            }
            node.children.forEach(walk)
        }
        walk(document.root)
        return (blocks, diagnostics)
    }

    /// An error inside a spec, moved to the chapter: the spec's line 1 is the line after the
    /// opening fence, and its columns start where the fence does.
    static func diagnostic(_ error: ExperimentError, block: SourceLocation, file: String) -> Diagnostic {
        Diagnostic(
            .error, file: file,
            location: SourceLocation(line: block.line + error.line, column: block.column + error.column - 1),
            error.message)
    }

    /// The `<figure>` around a drawing: number, caption and a link to the data.
    static func figureMarkup(_ figure: RenderedFigure, id: String, number: String, caption: String?, dataHref: String?)
        -> String
    {
        var captionChildren: [Node] = [.element("span", [Attribute("class", "figure-number")], [.text(number)])]
        if let caption, !caption.isEmpty { captionChildren.append(.text(" " + caption)) }
        if let dataHref {
            captionChildren.append(
                .element(
                    "a", [Attribute("class", "figure-data"), Attribute("href", dataHref), "download"], [.text("下载数据")]))
        }
        return Node.element(
            "figure", [Attribute("class", "experiment"), Attribute("id", id)],
            [.raw(figure.html), .element("figcaption", [], captionChildren)]
        ).rendered
    }
}
