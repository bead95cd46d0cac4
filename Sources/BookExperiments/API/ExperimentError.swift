/// A problem in an experiment spec, at a position inside the spec's text.
public struct ExperimentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based line inside the spec text.
    public var line: Int
    /// 1-based column (Unicode scalars) inside the spec text.
    public var column: Int
    /// What is wrong, naming the key, and how to fix it.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - location: Where the problem is.
    ///   - message: What is wrong.
    public init(at location: SpecLocation, _ message: String) {
        line = location.line
        column = location.column
        self.message = message
    }

    /// `line:column: message`.
    public var description: String { "\(line):\(column): \(message)" }
}

/// A position inside an experiment spec: 1-based line and column.
public struct SpecLocation: Sendable, Equatable {
    /// 1-based line.
    public var line: Int
    /// 1-based column in Unicode scalars.
    public var column: Int

    /// Creates a location.
    ///
    /// - Parameters:
    ///   - line: 1-based line.
    ///   - column: 1-based column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of the spec.
    public static let start = SpecLocation(line: 1, column: 1)

    /// This location moved `count` characters to the right.
    func advanced(by count: Int) -> SpecLocation {
        SpecLocation(line: line, column: column + count)
    }
}
