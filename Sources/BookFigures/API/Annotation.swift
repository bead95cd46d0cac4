/// Text or an arrow placed in data coordinates on top of the series.
public enum Annotation: Sendable, Equatable {
    /// Text at a point.
    ///
    /// - Parameters:
    ///   - text: The text (escaped; Chinese and symbols such as θ, η, ∇ are fine).
    ///   - at: The anchor point.
    ///   - anchor: How the text sits relative to the point.
    case text(String, at: Point, anchor: TextAnchor = .start)
    /// An arrow from one point to another, with optional text at its tail.
    ///
    /// - Parameters:
    ///   - from: The tail.
    ///   - to: The head.
    ///   - text: Text written beyond the tail, or `nil`.
    case arrow(from: Point, to: Point, text: String? = nil)

    /// Horizontal alignment of annotation text.
    public enum TextAnchor: String, Sendable, Equatable {
        /// Text starts at the point.
        case start
        /// Text is centred on the point.
        case middle
        /// Text ends at the point.
        case end
    }
}
