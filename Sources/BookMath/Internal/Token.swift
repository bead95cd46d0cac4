/// One lexical unit of TeX source, with its position.
struct Token: Sendable, Equatable {
    /// What the token is.
    enum Kind: Sendable, Equatable {
        /// A control sequence without its backslash: `frac`, `,`, `\\` (as `"\\"`), `{`.
        case command(String)
        /// One ordinary character.
        case character(Unicode.Scalar)
        /// `{`
        case beginGroup
        /// `}`
        case endGroup
        /// `^`
        case superscript
        /// `_`
        case `subscript`
        /// `&`
        case alignment
        /// A run of white space (kept for text mode; math mode skips it).
        case space
        /// `#`, which only makes sense in a macro definition.
        case parameter
    }

    /// What the token is.
    var kind: Kind
    /// UTF-8 byte offset of the token's first byte in the source.
    var offset: Int
    /// UTF-8 byte offset just past the token.
    var end: Int
}
