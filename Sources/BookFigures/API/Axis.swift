/// One axis of a panel: label, scale, range and grid lines.
public struct Axis: Sendable, Equatable {
    /// How data values map to positions along the axis.
    public enum Scale: Sendable, Equatable {
        /// Equal distances for equal differences.
        case linear
        /// Equal distances for equal ratios (base 10); values ≤ 0 are not drawn.
        case log
    }

    /// The axis label, e.g. `x₁` or `迭代次数`. Empty for none.
    public var label: String
    /// Linear or logarithmic.
    public var scale: Scale
    /// The visible range; `nil` fits the data (5 % padding for points and lines, none for grids).
    /// Data outside an explicit range is clipped at the frame with a mark.
    public var range: ClosedRange<Double>?
    /// Whether to draw light grid lines at the ticks.
    public var grid: Bool
    /// Explicit ticks (value, label) replacing the automatic 1-2-5 ticks, e.g. for categories.
    public var ticks: [Tick]?

    /// Creates an axis.
    ///
    /// - Parameters:
    ///   - label: The axis label; empty for none.
    ///   - scale: `.linear` (default) or `.log`.
    ///   - range: The visible range, or `nil` to fit the data.
    ///   - grid: Whether to draw grid lines (default `true`).
    ///   - ticks: Explicit ticks, or `nil` for automatic ones.
    public init(
        _ label: String = "", scale: Scale = .linear, range: ClosedRange<Double>? = nil, grid: Bool = true,
        ticks: [Tick]? = nil
    ) {
        self.label = label
        self.scale = scale
        self.range = range
        self.grid = grid
        self.ticks = ticks
    }
}
