/// A point in data coordinates.
public struct Point: Sendable, Equatable, Hashable {
    /// The horizontal coordinate.
    public var x: Double
    /// The vertical coordinate.
    public var y: Double

    /// Creates a point.
    ///
    /// - Parameters:
    ///   - x: The horizontal coordinate.
    ///   - y: The vertical coordinate.
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}
