/// An explicit axis tick: a position and its label.
public struct Tick: Sendable, Equatable {
    /// The position in data coordinates.
    public var value: Double
    /// The text shown at the tick.
    public var label: String

    /// Creates a tick.
    ///
    /// - Parameters:
    ///   - value: The position in data coordinates.
    ///   - label: The text shown at the tick.
    public init(_ value: Double, _ label: String) {
        self.value = value
        self.label = label
    }
}
