/// One lexical token of a formula with the 1-based column where it starts.
struct Token: Equatable {
    enum Kind: Equatable {
        case number(Double)
        case identifier(String)
        case plus, minus, star, slash, caret, leftParen, rightParen, comma
        case end
    }

    let kind: Kind
    let column: Int
    /// The characters of the token as written (empty for `end`).
    let text: String

    /// How the token reads in a message: `'x'`, `'+'`, `end of formula`.
    var display: String {
        kind == .end ? "end of formula" : "'\(text)'"
    }
}
