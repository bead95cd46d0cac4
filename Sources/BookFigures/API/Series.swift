/// One layer of data drawn in a panel: a line, points, a trajectory, contours, a heat map, bars…
///
/// Build series with the static constructors; they only store their input, and problems such
/// as arrays of different lengths are reported by ``Figure/svg()`` with the panel and series
/// position. Non-finite values never crash: lines break at them, and points outside an explicit
/// axis range are clipped at the frame with a mark.
public struct Series: Sendable {
    enum Kind: Sendable {
        case line(x: [Double], y: [Double], dash: Dash, width: Double)
        case scatter(x: [Double], y: [Double], marker: Marker, size: Double)
        case trajectory(x: [Double], y: [Double], arrows: Bool, animate: Bool)
        case contour(grid: ScalarGrid, levels: ContourLevels, labels: Bool, colormap: Colormap?)
        case filledContour(grid: ScalarGrid, levels: ContourLevels, colormap: Colormap, colorbar: String?, lines: Bool)
        case heatmap(grid: ScalarGrid, colormap: Colormap, range: ClosedRange<Double>?, colorbar: String?)
        case histogram(values: [Double], bins: Int)
        case bars(x: [Double], heights: [Double], width: Double?)
        case horizontalLine(y: Double, dash: Dash)
        case verticalLine(x: Double, dash: Dash)
    }

    let kind: Kind
    /// The legend entry; `nil` keeps the series out of the legend.
    public var label: String?
    /// The colour; `nil` takes the next palette colour in the panel.
    public var color: SeriesColor?

    init(_ kind: Kind, label: String?, color: SeriesColor?) {
        self.kind = kind
        self.label = label
        self.color = color
    }

    /// A line through `(x[k], y[k])`, broken at non-finite values.
    ///
    /// - Parameters:
    ///   - x: Horizontal coordinates.
    ///   - y: Vertical coordinates, same count as `x`.
    ///   - label: Legend text, or `nil`.
    ///   - color: Colour, or `nil` for the next palette colour.
    ///   - dash: Dash pattern (default solid).
    ///   - width: Stroke width in px (default 1.75).
    /// - Returns: The series.
    public static func line(
        x: [Double], y: [Double], label: String? = nil, color: SeriesColor? = nil, dash: Dash = .solid,
        width: Double = 1.75
    ) -> Series {
        Series(.line(x: x, y: y, dash: dash, width: width), label: label, color: color)
    }

    /// A line through `y[k]` at `x = k` (iteration counts, loss curves).
    ///
    /// - Parameters:
    ///   - y: Values, one per step.
    ///   - label: Legend text, or `nil`.
    ///   - color: Colour, or `nil` for the next palette colour.
    ///   - dash: Dash pattern.
    /// - Returns: The series.
    public static func line(_ y: [Double], label: String? = nil, color: SeriesColor? = nil, dash: Dash = .solid)
        -> Series
    {
        line(x: y.indices.map(Double.init), y: y, label: label, color: color, dash: dash)
    }

    /// Points drawn with a marker.
    ///
    /// - Parameters:
    ///   - x: Horizontal coordinates.
    ///   - y: Vertical coordinates, same count as `x`.
    ///   - label: Legend text, or `nil`.
    ///   - color: Colour, or `nil` for the next palette colour.
    ///   - marker: Marker shape (default circle).
    ///   - size: Marker size in px (default 6).
    /// - Returns: The series.
    public static func scatter(
        x: [Double], y: [Double], label: String? = nil, color: SeriesColor? = nil, marker: Marker = .circle,
        size: Double = 6
    ) -> Series {
        Series(.scatter(x: x, y: y, marker: marker, size: size), label: label, color: color)
    }

    /// An optimiser's path: a line with a dot at each iterate, an open circle at the start and a
    /// star at the end, optional arrowheads, and an optional animated iterate.
    ///
    /// - Parameters:
    ///   - x: Iterate x coordinates.
    ///   - y: Iterate y coordinates, same count as `x`.
    ///   - label: Legend text, or `nil`.
    ///   - color: Colour, or `nil` for the next palette colour.
    ///   - arrows: Whether to draw arrowheads showing the direction of travel.
    ///   - animate: Whether a dot moves along the path (SMIL, looping; static under
    ///     `prefers-reduced-motion: reduce`).
    /// - Returns: The series.
    public static func trajectory(
        x: [Double], y: [Double], label: String? = nil, color: SeriesColor? = nil, arrows: Bool = false,
        animate: Bool = false
    ) -> Series {
        Series(.trajectory(x: x, y: y, arrows: arrows, animate: animate), label: label, color: color)
    }

    /// Contour lines of a field.
    ///
    /// - Parameters:
    ///   - grid: The sampled field.
    ///   - levels: Which levels (default about 10 geometric levels above the minimum).
    ///   - labels: Whether to write the level on the longest piece of each line.
    ///   - colormap: Colour the lines by level with this map, or `nil` for a quiet ink colour
    ///     that works in both themes.
    ///   - label: Legend text, or `nil`.
    /// - Returns: The series.
    public static func contour(
        _ grid: ScalarGrid, levels: ContourLevels = .geometric(10), labels: Bool = false, colormap: Colormap? = nil,
        label: String? = nil
    ) -> Series {
        Series(.contour(grid: grid, levels: levels, labels: labels, colormap: colormap), label: label, color: nil)
    }

    /// Filled contours (iso-bands) of a field with an optional colour bar.
    ///
    /// - Parameters:
    ///   - grid: The sampled field.
    ///   - levels: Band boundaries (default about 10 nice levels).
    ///   - colormap: Band colours (default viridis).
    ///   - colorbar: The colour bar's label, or `nil` for no colour bar (default: unlabelled bar).
    ///   - lines: Whether to outline the bands with thin lines.
    /// - Returns: The series.
    public static func filledContour(
        _ grid: ScalarGrid, levels: ContourLevels = .automatic(10), colormap: Colormap = .viridis,
        colorbar: String? = "", lines: Bool = true
    ) -> Series {
        Series(
            .filledContour(grid: grid, levels: levels, colormap: colormap, colorbar: colorbar, lines: lines),
            label: nil, color: nil)
    }

    /// A heat map: one coloured cell per grid sample.
    ///
    /// - Parameters:
    ///   - grid: The sampled field; cell edges lie halfway between sample positions.
    ///   - colormap: The colour map (default viridis).
    ///   - range: Values mapped to the ends of the map, or `nil` for the finite data range. Use a
    ///     symmetric range with ``Colormap/coolwarm`` for signed data.
    ///   - colorbar: The colour bar's label, or `nil` for no colour bar.
    /// - Returns: The series.
    public static func heatmap(
        _ grid: ScalarGrid, colormap: Colormap = .viridis, range: ClosedRange<Double>? = nil, colorbar: String? = ""
    ) -> Series {
        Series(.heatmap(grid: grid, colormap: colormap, range: range, colorbar: colorbar), label: nil, color: nil)
    }

    /// A histogram of `values` in `bins` equal bins over their finite range.
    ///
    /// - Parameters:
    ///   - values: The samples; non-finite ones are ignored.
    ///   - bins: Number of bins, 1…10 000.
    ///   - label: Legend text, or `nil`.
    ///   - color: Colour, or `nil` for the next palette colour.
    /// - Returns: The series.
    public static func histogram(_ values: [Double], bins: Int = 20, label: String? = nil, color: SeriesColor? = nil)
        -> Series
    {
        Series(.histogram(values: values, bins: bins), label: label, color: color)
    }

    /// Vertical bars of `heights[k]` centred at `x[k]`.
    ///
    /// - Parameters:
    ///   - x: Bar centres.
    ///   - heights: Bar heights, same count as `x` (negative bars hang down from 0).
    ///   - width: Bar width in data units, or `nil` for 80 % of the closest spacing.
    ///   - label: Legend text, or `nil`.
    ///   - color: Colour, or `nil` for the next palette colour.
    /// - Returns: The series.
    public static func bars(
        x: [Double], heights: [Double], width: Double? = nil, label: String? = nil, color: SeriesColor? = nil
    ) -> Series {
        Series(.bars(x: x, heights: heights, width: width), label: label, color: color)
    }

    /// A horizontal reference line across the panel at `y`.
    ///
    /// - Parameters:
    ///   - y: The height in data coordinates.
    ///   - label: Legend text, or `nil`.
    ///   - color: Colour (default ink).
    ///   - dash: Dash pattern (default dashed).
    /// - Returns: The series.
    public static func horizontalLine(y: Double, label: String? = nil, color: SeriesColor? = .ink, dash: Dash = .dashed)
        -> Series
    {
        Series(.horizontalLine(y: y, dash: dash), label: label, color: color)
    }

    /// A vertical reference line across the panel at `x`.
    ///
    /// - Parameters:
    ///   - x: The position in data coordinates.
    ///   - label: Legend text, or `nil`.
    ///   - color: Colour (default ink).
    ///   - dash: Dash pattern (default dashed).
    /// - Returns: The series.
    public static func verticalLine(x: Double, label: String? = nil, color: SeriesColor? = .ink, dash: Dash = .dashed)
        -> Series
    {
        Series(.verticalLine(x: x, dash: dash), label: label, color: color)
    }
}
