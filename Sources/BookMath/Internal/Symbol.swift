/// A control sequence that stands for one character (or a short run) of a given TeX class.
struct Symbol: Sendable, Equatable {
    /// The TeX class of a symbol, which decides the MathML token and its attributes.
    enum Class: Sendable, Equatable {
        /// A letter that is italic by default (`\alpha`): `<mi>`.
        case letter
        /// An upright ordinary symbol (`\Gamma`, `\infty`, `\partial`): `<mi mathvariant="normal">`.
        case upright
        /// A binary operator (`\times`): `<mo>`.
        case binary
        /// A relation or arrow (`\le`, `\to`): `<mo>`.
        case relation
        /// An opening delimiter (`\langle`): `<mo stretchy="false">`, or a fence after `\left`.
        case open
        /// A closing delimiter.
        case close
        /// An inner atom drawn as an operator (`\cdots`, `\ldots`): `<mo>`, never a sign.
        case inner
        /// Punctuation (`,`, `;`): `<mo separator="true">`.
        case punctuation
        /// A big operator with its limit placement (`\sum`, `\int`).
        case largeOperator(MathSyntax.Limits)
    }

    /// The characters written into the token.
    var text: String
    /// The symbol's class.
    var symbolClass: Class

    init(_ text: String, _ symbolClass: Class) {
        self.text = text
        self.symbolClass = symbolClass
    }
}
