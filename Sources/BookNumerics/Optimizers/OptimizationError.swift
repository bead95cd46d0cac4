/// A run that cannot start: its inputs do not fit together.
public enum OptimizationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The start (or a data row) has the wrong number of coordinates.
    case dimensionMismatch(what: String, expected: Int, found: Int)
    /// A step or epoch count outside 0…limit.
    case stepsOutOfRange(Int, limit: Int)
    /// Another invalid input, described in words.
    case invalid(String)

    /// The message, phrased like a compiler diagnostic.
    public var description: String {
        switch self {
        case .dimensionMismatch(let what, let expected, let found):
            "\(what) has \(found) coordinate\(found == 1 ? "" : "s") but the objective takes \(expected)"
        case .stepsOutOfRange(let steps, let limit):
            "steps = \(steps) is out of range: it must be between 0 and \(limit)"
        case .invalid(let message):
            message
        }
    }
}
