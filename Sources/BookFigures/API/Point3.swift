/// A point in three-dimensional data coordinates.
public struct Point3: Sendable, Equatable, Hashable {
    /// The x coordinate.
    public var x: Double
    /// The y coordinate.
    public var y: Double
    /// The height.
    public var z: Double

    /// Creates a point.
    ///
    /// - Parameters:
    ///   - x: The x coordinate.
    ///   - y: The y coordinate.
    ///   - z: The height.
    public init(_ x: Double, _ y: Double, _ z: Double) {
        self.x = x
        self.y = y
        self.z = z
    }
}
