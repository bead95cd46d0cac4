/// Why a figure could not be drawn, and where in the figure description the problem is.
///
/// The position is given by ``panel`` (0-based index into ``Figure/panels``), ``series``
/// (0-based index into that panel's series) and ``index`` (the offending element inside the
/// series, grid axis or identifier), each `nil` when it does not apply.
public struct FigureError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kinds of problem.
    public enum Kind: Sendable, Equatable {
        /// A series has `x` and `y` arrays of different lengths.
        case lengthMismatch(x: Int, y: Int)
        /// A grid's value count is not `xs.count * ys.count`.
        case gridShape(expected: Int, got: Int)
        /// A grid axis is too short, not finite or not increasing.
        case gridAxis(axis: String, reason: String)
        /// An identifier contains a character outside `[A-Za-z0-9_-]` or does not start with a letter.
        case invalidID(String)
        /// A figure has no panels, or a variants figure has no variants.
        case empty(String)
        /// A numeric option is out of its allowed range.
        case invalidOption(name: String, value: String, reason: String)
        /// An explicit axis range is empty or not finite, or a log axis range is not positive.
        case invalidRange(axis: String, reason: String)
    }

    /// What went wrong.
    public var kind: Kind
    /// The panel index, when the problem is inside a panel.
    public var panel: Int?
    /// The series index inside the panel, when the problem is inside a series.
    public var series: Int?
    /// The offending element (array index, grid position or character offset).
    public var index: Int?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - kind: What went wrong.
    ///   - panel: The panel index, if any.
    ///   - series: The series index, if any.
    ///   - index: The offending element, if any.
    public init(_ kind: Kind, panel: Int? = nil, series: Int? = nil, index: Int? = nil) {
        self.kind = kind
        self.panel = panel
        self.series = series
        self.index = index
    }

    /// Returns a copy positioned inside `panel` and `series` (keeping positions already set).
    ///
    /// - Parameters:
    ///   - panel: The panel index.
    ///   - series: The series index, if any.
    /// - Returns: The positioned error.
    func located(panel: Int?, series: Int? = nil) -> FigureError {
        var copy = self
        if copy.panel == nil { copy.panel = panel }
        if copy.series == nil { copy.series = series }
        return copy
    }

    /// A one-line message: where, what, and how to fix it.
    public var description: String {
        var place: [String] = []
        if let panel { place.append("panel \(panel + 1)") }
        if let series { place.append("series \(series + 1)") }
        let prefix = place.isEmpty ? "" : place.joined(separator: ", ") + ": "
        switch kind {
        case .lengthMismatch(let x, let y):
            return prefix + "x has \(x) values but y has \(y); give both the same length"
        case .gridShape(let expected, let got):
            return prefix + "grid needs \(expected) values (xs.count × ys.count) but got \(got)"
        case .gridAxis(let axis, let reason):
            let at = index.map { " at position \($0)" } ?? ""
            return prefix + "grid \(axis) axis\(at): \(reason)"
        case .invalidID(let id):
            let at = index.map { " at offset \($0)" } ?? ""
            return prefix + "invalid figure id '\(id)'\(at): use a letter followed by letters, digits, '-' or '_'"
        case .empty(let what):
            return prefix + "\(what) is empty; add at least one"
        case .invalidOption(let name, let value, let reason):
            return prefix + "\(name) = \(value): \(reason)"
        case .invalidRange(let axis, let reason):
            return prefix + "\(axis) axis range: \(reason)"
        }
    }
}
