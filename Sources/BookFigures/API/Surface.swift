/// A 3-D surface plot: a grid's mesh projected orthographically, drawn back to front
/// (painter's algorithm) with colour-mapped faces, and optional 3-D paths drawn on top.
public struct Surface: Sendable {
    /// The height field.
    public var grid: ScalarGrid
    /// Face colours by height (default viridis).
    public var colormap: Colormap
    /// Paths drawn over the surface, e.g. an optimiser's iterates with their loss as height.
    public var paths: [Path3]
    /// Horizontal viewing angle in degrees (matplotlib's `azim`, default -60).
    public var azimuth: Double
    /// Vertical viewing angle in degrees (matplotlib's `elev`, default 30).
    public var elevation: Double
    /// The height axis label.
    public var zLabel: String

    /// A 3-D polyline with a legend label and colour.
    public struct Path3: Sendable {
        /// The points; non-finite ones break the line.
        public var points: [Point3]
        /// Legend text, or `nil`.
        public var label: String?
        /// Colour, or `nil` for the next palette colour.
        public var color: SeriesColor?

        /// Creates a path.
        ///
        /// - Parameters:
        ///   - points: The points.
        ///   - label: Legend text, or `nil`.
        ///   - color: Colour, or `nil` for the next palette colour.
        public init(_ points: [Point3], label: String? = nil, color: SeriesColor? = nil) {
            self.points = points
            self.label = label
            self.color = color
        }
    }

    /// Creates a surface plot.
    ///
    /// - Parameters:
    ///   - grid: The height field.
    ///   - colormap: Face colours by height.
    ///   - paths: Paths drawn over the surface.
    ///   - azimuth: Horizontal viewing angle in degrees.
    ///   - elevation: Vertical viewing angle in degrees, clamped to 5…85 when drawn.
    ///   - zLabel: The height axis label.
    public init(
        _ grid: ScalarGrid, colormap: Colormap = .viridis, paths: [Path3] = [], azimuth: Double = -60,
        elevation: Double = 30, zLabel: String = ""
    ) {
        self.grid = grid
        self.colormap = colormap
        self.paths = paths
        self.azimuth = azimuth
        self.elevation = elevation
        self.zLabel = zLabel
    }
}
