/// How a formula is set: inside a line of text or as a block of its own.
public enum MathStyle: Sendable, Equatable {
    /// Inline math (`$…$`): text style, limits beside big operators.
    case inline
    /// Display math (`$$…$$`): a `display="block"` element, display style, limits above and below.
    case display
}
