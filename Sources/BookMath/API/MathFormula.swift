/// The result of converting one TeX formula.
public struct MathFormula: Sendable, Equatable {
    /// One `<math>` element (MathML Core), with the TeX source kept in
    /// `<annotation encoding="application/x-tex">`.
    public let markup: String
    /// The argument of `\label{…}` if the formula has one, for `@eq-` cross-references.
    public let label: String?
    /// The argument of `\tag{…}` (or `\tag*{…}`) if the formula has one.
    public let tag: String?

    /// Creates a formula result.
    ///
    /// - Parameters:
    ///   - markup: One `<math>` element.
    ///   - label: The `\label` argument, if any.
    ///   - tag: The `\tag` argument, if any.
    public init(markup: String, label: String?, tag: String?) {
        self.markup = markup
        self.label = label
        self.tag = tag
    }
}
