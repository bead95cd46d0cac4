import BookMarkdown

/// What a page's renderer needs beyond its own Markdown: the figures drawn for its experiment
/// blocks, and where each `@fig-ID` of the book points.
struct PageContext: Sendable {
    /// A cross-reference target: a link and its text (`图 2.1`).
    struct Reference: Sendable {
        var href: String
        var text: String
    }

    /// The `<figure>` markup for the experiment block at each location.
    var figures: [SourceLocation: String] = [:]
    /// Targets by id, e.g. `fig-lr-compare` or `eq-update-rule`.
    var references: [String: Reference] = [:]
    /// The anchor id and number of each labelled display formula, by the location of its TeX.
    var equations: [SourceLocation: (id: String, number: String)] = [:]
}
