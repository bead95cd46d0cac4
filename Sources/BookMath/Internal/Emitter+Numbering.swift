internal import BookHTML

extension Emitter {
    /// Wraps a display formula in a full-width one-row table with its number at the right.
    ///
    /// Chromium sizes an `mtable` to the line only through the `width` attribute or a
    /// `display: table` style, so both are given; the two side cells share the rest of the
    /// line equally, which keeps the formula centred.
    ///
    /// - Parameters:
    ///   - body: The formula.
    ///   - number: What to show, such as the text `(2.1)`.
    /// - Returns: The `mtable`.
    static func numbered(_ body: Node, number: Node) -> Node {
        let side = "width:50%;padding:0"
        return .element("mtable", [Attribute("width", "100%"), Attribute("style", "display:table;width:100%")], [
            .element("mtr", [], [
                .element("mtd", [Attribute("style", side)], []),
                .element("mtd", [Attribute("style", "padding:0")], [.element("mstyle", [Attribute("displaystyle", "true")], [body])]),
                .element("mtd", [Attribute("style", side + ";text-align:right;text-align:-webkit-right")], [number]),
            ]),
        ])
    }
}
