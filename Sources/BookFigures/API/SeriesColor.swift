/// The colour of a series.
public enum SeriesColor: Sendable, Equatable {
    /// The n-th colour of ``Palette`` (modulo its size), switching with the page theme.
    case palette(Int)
    /// The page's text colour (`currentColor`), switching with the page theme.
    case ink
    /// A fixed colour, the same in both themes.
    case fixed(RGB)
}
