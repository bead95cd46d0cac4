/// Line dash patterns.
public enum Dash: Sendable, Equatable {
    /// A continuous line.
    case solid
    /// Long dashes.
    case dashed
    /// Dots.
    case dotted
}
