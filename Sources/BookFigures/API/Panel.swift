/// One chart in a figure: two axes and the series drawn on them, or a 3-D surface.
public struct Panel: Sendable {
    /// Where the legend goes.
    public enum LegendPosition: Sendable, Equatable {
        /// The corner of the plot area that covers the fewest data points.
        case automatic
        /// No legend.
        case none
        /// Upper left corner.
        case topLeft
        /// Upper right corner.
        case topRight
        /// Lower left corner.
        case bottomLeft
        /// Lower right corner.
        case bottomRight
    }

    /// The panel title, drawn above the plot; empty for none.
    public var title: String
    /// The horizontal axis.
    public var x: Axis
    /// The vertical axis.
    public var y: Axis
    /// Whether one unit on x is as long as one unit on y (the plot area shrinks to fit).
    public var equalAspect: Bool
    /// The layers, drawn in order.
    public var series: [Series]
    /// Text and arrows drawn on top.
    public var annotations: [Annotation]
    /// Where the legend goes.
    public var legend: LegendPosition
    /// When set, the panel is a 3-D surface plot; `x`/`y` give the axis labels and `series` is ignored.
    public var surface: Surface?

    /// Creates a 2-D panel.
    ///
    /// - Parameters:
    ///   - title: The title; empty for none.
    ///   - x: The horizontal axis.
    ///   - y: The vertical axis.
    ///   - equalAspect: Whether x and y units have the same length on screen.
    ///   - legend: Where the legend goes (default: the emptiest corner).
    ///   - series: The layers, drawn in order.
    ///   - annotations: Text and arrows on top.
    public init(
        title: String = "", x: Axis = Axis(), y: Axis = Axis(), equalAspect: Bool = false,
        legend: LegendPosition = .automatic, series: [Series] = [], annotations: [Annotation] = []
    ) {
        self.title = title
        self.x = x
        self.y = y
        self.equalAspect = equalAspect
        self.legend = legend
        self.series = series
        self.annotations = annotations
        self.surface = nil
    }

    /// Creates a 3-D surface panel.
    ///
    /// - Parameters:
    ///   - title: The title; empty for none.
    ///   - x: The x axis (only its label is used).
    ///   - y: The y axis (only its label is used).
    ///   - surface: The surface and its paths.
    ///   - legend: Where the legend of the paths goes.
    public init(
        title: String = "", x: Axis = Axis("x"), y: Axis = Axis("y"), surface: Surface,
        legend: LegendPosition = .automatic
    ) {
        self.init(title: title, x: x, y: y, legend: legend)
        self.surface = surface
    }
}
