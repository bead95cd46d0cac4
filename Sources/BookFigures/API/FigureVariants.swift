/// One figure in N precomputed variants (e.g. learning rate 0.01 … 0.5) with a selector that
/// switches between them using no JavaScript at all.
///
/// The selector is a row of radio buttons styled as a segmented control; CSS `:checked`
/// sibling selectors show the chosen variant. With CSS and no script the default variant shows
/// and the control works; keyboard users move between options with the arrow keys. Without
/// CSS every variant is shown, one after another, each under its label.
public struct FigureVariants: Sendable {
    /// One variant: the label on its button and its figure.
    public struct Variant: Sendable {
        /// The button text, e.g. `0.1`.
        public var label: String
        /// The figure; its id is replaced by `<variants id>-v<k>` so ids stay unique.
        public var figure: Figure

        /// Creates a variant.
        ///
        /// - Parameters:
        ///   - label: The button text.
        ///   - figure: The figure.
        public init(_ label: String, _ figure: Figure) {
            self.label = label
            self.figure = figure
        }
    }

    /// A unique id on the page (a letter, then letters, digits, `-`, `_`).
    public var id: String
    /// Text before the buttons, e.g. `学习率 η`.
    public var prompt: String
    /// The variants, in button order.
    public var variants: [Variant]
    /// The variant shown first.
    public var defaultIndex: Int

    /// Creates a variants figure.
    ///
    /// - Parameters:
    ///   - id: A unique id on the page.
    ///   - prompt: Text before the buttons.
    ///   - variants: The variants.
    ///   - defaultIndex: The variant shown first (default 0).
    public init(id: String, prompt: String, variants: [Variant], defaultIndex: Int = 0) {
        self.id = id
        self.prompt = prompt
        self.variants = variants
        self.defaultIndex = defaultIndex
    }

    /// The HTML fragment: radio inputs, the button row and one responsive figure per variant.
    ///
    /// - Returns: The markup; it contains its own scoped `<style>` and no script.
    /// - Throws: ``FigureError`` for an invalid id, no variants, a default index out of range,
    ///   or any error of a variant's figure (positioned by panel and series; `index` is the
    ///   variant number when the variant itself is at fault).
    public func html() throws(FigureError) -> String {
        try Figure.validateID(id)
        guard !variants.isEmpty else { throw FigureError(.empty("variants of '\(id)'")) }
        guard variants.indices.contains(defaultIndex) else {
            throw FigureError(
                .invalidOption(name: "defaultIndex", value: "\(defaultIndex)", reason: "use 0 to \(variants.count - 1)")
            )
        }
        var rendered: [String] = []
        for (k, variant) in variants.enumerated() {
            var figure = variant.figure
            figure.id = "\(id)-v\(k)"
            do {
                rendered.append(figure.htmlFragment(try figure.renderPanels()))
            } catch {
                var e = error
                if e.index == nil && e.panel == nil { e.index = k }
                throw e
            }
        }
        var w = SVGWriter()
        w.open("div", [("class", "bf-variants"), ("id", id)])
        w.open("style")
        let s = "#\(id)"
        var css = "\(s) .bf-vin{position:absolute;opacity:0;width:1px;height:1px;margin:0;pointer-events:none}"
        css +=
            "\(s) .bf-vbar{display:flex;flex-wrap:wrap;align-items:center;gap:.4em;margin:0 0 .4em;font-family:\(FigureStyle.fontStack);font-size:.9em}"
        css +=
            "\(s) .bf-vbar label{padding:.15em .75em;border:1px solid;border-color:color-mix(in srgb,currentColor 35%,transparent);border-radius:1em;cursor:pointer;font-variant-numeric:tabular-nums}"
        css += "\(s) .bf-view{display:none}"
        css += "\(s) .bf-vlabel{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}"
        for k in variants.indices {
            css += "\(s)-v\(k)-in:checked~.bf-views>.bf-view-\(k){display:block}"
            css +=
                "\(s)-v\(k)-in:checked~.bf-vbar label[for=\(id)-v\(k)-in]{background:color-mix(in srgb,currentColor 14%,transparent);border-color:currentColor;font-weight:600}"
            css +=
                "\(s)-v\(k)-in:focus-visible~.bf-vbar label[for=\(id)-v\(k)-in]{outline:2px solid;outline-offset:2px}"
        }
        w.raw(css)
        w.close("style")
        for k in variants.indices {
            var attrs = [
                ("type", "radio"), ("class", "bf-vin"), ("name", id), ("id", "\(id)-v\(k)-in"), ("value", "\(k)"),
            ]
            if k == defaultIndex { attrs.append(("checked", "checked")) }
            w.empty("input", attrs)
        }
        w.open("div", [("class", "bf-vbar")])
        if !prompt.isEmpty { w.element("span", [("class", "bf-vprompt")], text: prompt) }
        for (k, variant) in variants.enumerated() {
            w.element("label", [("for", "\(id)-v\(k)-in")], text: variant.label)
        }
        w.close("div")
        w.open("div", [("class", "bf-views")])
        for (k, variant) in variants.enumerated() {
            w.open("div", [("class", "bf-view bf-view-\(k)")])
            w.element(
                "p", [("class", "bf-vlabel")], text: prompt.isEmpty ? variant.label : "\(prompt) = \(variant.label)")
            w.raw(rendered[k])
            w.close("div")
        }
        w.close("div")
        w.close("div")
        return w.out
    }
}
