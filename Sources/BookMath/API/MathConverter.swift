internal import BookHTML

/// Converts TeX math into MathML Core.
///
/// The TeX is tokenized, parsed into a syntax tree with source offsets, and written as one
/// `<math>` element: letters as `<mi>` (italic when single), numbers as `<mn>`, operators as
/// `<mo>` with the attributes TeX's classes call for, bold/blackboard/script letters as
/// Unicode mathematical alphanumerics, and the source in an `application/x-tex` annotation.
/// The converter is pure: the same input always gives the same bytes.
public struct MathConverter: Sendable {
    /// Creates a converter.
    public init() {}

    /// Converts one formula.
    ///
    /// - Parameters:
    ///   - tex: The TeX source, without `$` delimiters.
    ///   - style: Inline or display.
    /// - Returns: The `<math>` element and the formula's `\label`/`\tag`, if any.
    /// - Throws: ``MathError`` with the UTF-8 offset of the problem in `tex`.
    public func convert(_ tex: String, style: MathStyle) throws(MathError) -> MathFormula {
        try convert(tex, style: style, equationNumber: nil)
    }

    /// Converts one formula, showing an equation number at the right of a display formula.
    ///
    /// A display formula with a number (this `equationNumber`, or the formula's own `\tag`,
    /// which wins) becomes a one-row `mtable` that spans the line: an empty cell, the
    /// formula centred, and a right-aligned cell with the number in parentheses (`\tag*`
    /// shows its text bare). Inline formulas ignore `equationNumber`.
    ///
    /// - Parameters:
    ///   - tex: The TeX source, without `$` delimiters.
    ///   - style: Inline or display.
    ///   - equationNumber: The number to show, such as `2.1`, or `nil`.
    /// - Returns: The `<math>` element and the formula's `\label`/`\tag`, if any.
    /// - Throws: ``MathError`` with the UTF-8 offset of the problem in `tex`.
    public func convert(_ tex: String, style: MathStyle, equationNumber: String?) throws(MathError) -> MathFormula {
        var parser = Parser(source: tex)
        let items = try parser.parseFormula()
        let display = style == .display
        let emitter = Emitter()
        var body = emitter.emitRow(items, display: display)
        var shown: Node?
        if let tag = parser.tag, let tagText = parser.tagText {
            let (open, close) = tag.hasPrefix("*") ? ("", "") : ("(", ")")
            if case .text(let plain) = tagText.kind {
                shown = .element("mtext", [], [.text(open + plain + close)])
            } else {
                shown = .element("mrow", [], [.element("mtext", [], [.text(open)]), emitter.emit(tagText, display: false), .element("mtext", [], [.text(close)])])
            }
        } else if let equationNumber {
            shown = .element("mtext", [], [.text("(\(equationNumber))")])
        }
        if display, let shown {
            body = Emitter.numbered(body, number: shown)
        }
        let math = Node.element(
            "math",
            [Attribute("xmlns", "http://www.w3.org/1998/Math/MathML"), Attribute("display", display ? "block" : nil)],
            [.element("semantics", [], [body, .element("annotation", [Attribute("encoding", "application/x-tex")], [.text(tex)])])]
        )
        return MathFormula(markup: math.rendered, label: parser.label, tag: parser.tag)
    }
}
