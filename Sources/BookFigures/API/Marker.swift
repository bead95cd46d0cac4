/// Marker shapes for scatter plots and trajectory end points.
public enum Marker: String, Sendable, Equatable, CaseIterable {
    /// A filled circle.
    case circle
    /// A filled square.
    case square
    /// A filled upward triangle.
    case triangle
    /// A diagonal cross (stroked).
    case cross
    /// A filled five-pointed star.
    case star
}
