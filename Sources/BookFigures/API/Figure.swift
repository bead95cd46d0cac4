import BookHTML

/// A figure: a grid of panels rendered as inline SVG.
///
/// Rendering is pure and deterministic: the same figure gives the same bytes. Ink (axes, text,
/// grid) uses `currentColor`, so the figure follows the page's text colour in light and dark
/// themes; series colours come from ``Palette`` and switch with `prefers-color-scheme`. Set the
/// CSS custom property `--bf-paper` on the page to its background colour (default `Canvas`) so
/// legend boxes and label halos match it. All ids inside the SVG start with ``id``, so many
/// figures can share a page.
public struct Figure: Sendable {
    /// A unique id on the page: a letter, then letters, digits, `-` or `_`.
    public var id: String
    /// A short title, used for the SVG `<title>` (the accessible name).
    public var title: String
    /// Prose placed before the generated text summary in `<desc>`.
    public var summary: String
    /// The panels, filled row by row.
    public var panels: [Panel]
    /// Panels per row in ``svg()`` (``html()`` reflows to one column on narrow screens).
    public var columns: Int
    /// Width of one panel in SVG user units (px at 100 % zoom), 160…2000.
    public var panelWidth: Double
    /// Height of one panel, 120…2000.
    public var panelHeight: Double
    /// The note written under a panel whose data was clipped at the frame.
    public var clipNote: String

    /// Creates a figure.
    ///
    /// - Parameters:
    ///   - id: A unique id on the page.
    ///   - title: A short title (the accessible name).
    ///   - summary: Prose placed before the generated text summary.
    ///   - columns: Panels per row (default: up to 2).
    ///   - panelWidth: Width of one panel (default 400, or 480 for a single panel).
    ///   - panelHeight: Height of one panel (default 300, or 360 for a single panel, or 95 % of
    ///     the width when every panel has equal aspect).
    ///   - panels: The panels.
    public init(
        id: String, title: String = "", summary: String = "", columns: Int? = nil, panelWidth: Double? = nil,
        panelHeight: Double? = nil, panels: [Panel]
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.panels = panels
        self.columns = columns ?? min(2, max(1, panels.count))
        let width = panelWidth ?? (panels.count == 1 ? 480 : 400)
        self.panelWidth = width
        // Equal-aspect panels (contour plots of a square domain) get a near-square panel so the
        // plot is not squeezed between empty margins; 3-D surfaces keep the landscape default.
        let square = !panels.isEmpty && panels.allSatisfy { $0.equalAspect && $0.surface == nil }
        self.panelHeight = panelHeight ?? (square ? (width * 0.95).rounded() : (panels.count == 1 ? 360 : 300))
        self.clipNote = "▲ 标记处的数据超出坐标范围，已在边框截断"
    }

    /// Checks the id, sizes and column count.
    func validate() throws(FigureError) {
        try Figure.validateID(id)
        guard !panels.isEmpty else { throw FigureError(.empty("figure '\(id)' panels")) }
        guard columns >= 1 && columns <= 12 else {
            throw FigureError(.invalidOption(name: "columns", value: "\(columns)", reason: "use 1 to 12"))
        }
        guard panelWidth >= 160 && panelWidth <= 2000 else {
            throw FigureError(
                .invalidOption(
                    name: "panelWidth", value: NumberFormat.fixed(panelWidth, decimals: 2), reason: "use 160 to 2000"))
        }
        guard panelHeight >= 120 && panelHeight <= 2000 else {
            throw FigureError(
                .invalidOption(
                    name: "panelHeight", value: NumberFormat.fixed(panelHeight, decimals: 2), reason: "use 120 to 2000")
            )
        }
    }

    /// Throws unless `id` is a letter followed by letters, digits, `-` or `_`.
    static func validateID(_ id: String) throws(FigureError) {
        guard !id.isEmpty else { throw FigureError(.invalidID(id), index: 0) }
        for (offset, s) in id.unicodeScalars.enumerated() {
            let ok: Bool
            switch s {
            case "a"..."z", "A"..."Z": ok = true
            case "0"..."9", "-", "_": ok = offset > 0
            default: ok = false
            }
            if !ok { throw FigureError(.invalidID(id), index: offset) }
        }
    }

    func renderPanels() throws(FigureError) -> [PanelOutput] {
        try validate()
        var outputs: [PanelOutput] = []
        for (k, panel) in panels.enumerated() {
            outputs.append(try renderPanel(panel, index: k, reservingNoteRoom: false))
        }
        // When one panel carries the clipped-data note, the others keep room for it too, so
        // every plot of the grid has the same size.
        if outputs.count > 1, outputs.contains(where: \.hasNote) {
            for (k, panel) in panels.enumerated() where !outputs[k].hasNote && panel.surface == nil {
                outputs[k] = try renderPanel(panel, index: k, reservingNoteRoom: true)
            }
        }
        return outputs
    }

    private func renderPanel(_ panel: Panel, index k: Int, reservingNoteRoom: Bool) throws(FigureError) -> PanelOutput {
        let renderer = PanelRenderer(
            panel: panel, index: k, prefix: "\(id)-p\(k)", width: panelWidth, height: panelHeight, clipNote: clipNote)
        renderer.reservesNoteRoom = reservingNoteRoom
        do {
            return try renderer.render()
        } catch {
            throw error.located(panel: k)
        }
    }

    /// The figure as one standalone SVG document (`<svg>` root, no XML declaration).
    ///
    /// Panels are laid out in ``columns`` columns. The root has `role="img"`, a `<title>` and a
    /// `<desc>` with a text summary of every panel, and a `viewBox`, so CSS `width: 100%`
    /// scales it.
    /// - Returns: The SVG markup.
    /// - Throws: ``FigureError`` for an invalid id or option, or a series whose data does not fit
    ///   together (with the panel and series position).
    public func svg() throws(FigureError) -> String {
        let outputs = try renderPanels()
        let rows = (outputs.count + columns - 1) / columns
        let width = panelWidth * Double(min(columns, outputs.count))
        let height = panelHeight * Double(rows)
        var w = SVGWriter()
        w.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("id", id), ("class", "bf-figure"),
                ("viewBox", "0 0 \(SVGWriter.px(width)) \(SVGWriter.px(height))"),
                ("width", SVGWriter.px(width)), ("height", SVGWriter.px(height)),
                ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"),
            ])
        w.element("title", [("id", "\(id)-title")], text: title.isEmpty ? id : title)
        w.element("desc", [("id", "\(id)-desc")], text: description(outputs))
        w.open("style")
        w.raw(FigureStyle.css(scope: "#\(id)"))
        w.close("style")
        for (k, output) in outputs.enumerated() {
            let dx = Double(k % columns) * panelWidth
            let dy = Double(k / columns) * panelHeight
            w.open("g", [("transform", "translate(\(SVGWriter.px(dx)) \(SVGWriter.px(dy)))")])
            w.raw(output.body)
            w.close("g")
        }
        w.close("svg")
        return w.out
    }

    /// The figure as an HTML fragment for a web page: one SVG per panel in a CSS grid that
    /// shows ``columns`` columns on wide screens and one column on phones, so text stays legible.
    ///
    /// Needs no JavaScript. The wrapper is `<div class="bf-figure" id="…" role="group">`.
    /// - Returns: The HTML fragment.
    /// - Throws: ``FigureError`` as ``svg()`` does.
    public func html() throws(FigureError) -> String {
        let outputs = try renderPanels()
        return htmlFragment(outputs)
    }

    func htmlFragment(_ outputs: [PanelOutput], extraClass: String = "") -> String {
        var w = SVGWriter()
        let cols = min(columns, outputs.count)
        w.open(
            "div",
            [
                ("class", "bf-figure" + extraClass), ("id", id), ("role", "group"),
                ("aria-label", title.isEmpty ? id : title),
            ])
        w.open("style")
        w.raw(FigureStyle.css(scope: "#\(id)"))
        w.raw(FigureStyle.gridCSS(scope: "#\(id)", columns: cols, panelWidth: panelWidth))
        w.close("style")
        for (k, output) in outputs.enumerated() {
            let pid = "\(id)-p\(k)"
            w.open(
                "svg",
                [
                    ("xmlns", "http://www.w3.org/2000/svg"), ("class", "bf-panel"),
                    ("viewBox", "0 0 \(SVGWriter.px(panelWidth)) \(SVGWriter.px(panelHeight))"),
                    ("role", "img"), ("aria-labelledby", "\(pid)-title \(pid)-desc"),
                ])
            let name = panels[k].title.isEmpty ? (title.isEmpty ? id : title) + " (\(k + 1))" : panels[k].title
            w.element("title", [("id", "\(pid)-title")], text: name)
            w.element(
                "desc", [("id", "\(pid)-desc")],
                text: (k == 0 && !summary.isEmpty ? summary + " " : "") + output.summary)
            w.raw(output.body)
            w.close("svg")
        }
        w.close("div")
        return w.out
    }

    func description(_ outputs: [PanelOutput]) -> String {
        var parts: [String] = []
        if !summary.isEmpty { parts.append(summary) }
        if outputs.count > 1 { parts.append("共 \(outputs.count) 个面板。") }
        for (k, output) in outputs.enumerated() {
            parts.append(outputs.count > 1 ? "面板 \(k + 1)：\(output.summary)" : output.summary)
        }
        return parts.joined(separator: " ")
    }
}
