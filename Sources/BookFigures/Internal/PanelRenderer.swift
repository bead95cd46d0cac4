/// Draws one 2-D panel. Created per render; holds the drawing state.
final class PanelRenderer {
    let panel: Panel
    let index: Int
    let prefix: String
    let width: Double
    let height: Double
    let clipNote: String
    /// Leave the note's room under the plot even without a note, so that the panels of a
    /// figure where one panel has the note keep the same plot size.
    var reservesNoteRoom = false
    /// Whether the legend goes to the right of the plot instead of inside it.
    let legendOutside: Bool
    /// Set when every inside corner would cover data: the panel is drawn again with the legend outside.
    var wantsOutsideLegend = false
    /// Contour labels placed so far (centre and radius), to keep labels apart.
    var placedLabels: [(Double, Double, Double)] = []

    /// The SVG being written (content of the panel, in panel pixels).
    var w = SVGWriter()
    /// Summary sentences for `<desc>`.
    var summary: [String] = []
    /// Legend rows in series order.
    var legend: [LegendEntry] = []
    /// Data points in pixels, for choosing the emptiest legend corner.
    var occupied: [(Double, Double)] = []
    /// Marks drawn at the frame where data leaves it: position, direction, colour attributes.
    var clipMarks: [(x: Double, y: Double, dx: Double, dy: Double, color: [(String, String)])] = []
    /// Series colour attributes (class or style) by series index.
    var colors: [[(String, String)]] = []
    var frame = PlotFrame(left: 0, top: 0, width: 1, height: 1, xRange: 0...1, yRange: 0...1, xLog: false, yLog: false)
    /// The colour bar to draw, if a series asked for one.
    var colorbar: (colormap: Colormap, levels: [Double]?, range: ClosedRange<Double>, label: String)?
    var animated = false

    init(
        panel: Panel, index: Int, prefix: String, width: Double, height: Double, clipNote: String,
        legendOutside: Bool = false
    ) {
        self.legendOutside = legendOutside
        self.panel = panel
        self.index = index
        self.prefix = prefix
        self.width = width
        self.height = height
        self.clipNote = clipNote
    }

    // MARK: - Layout constants (px)

    static let tickFont = 11.0
    /// Tick labels are measured at this size for margins and spacing: the figure CSS enlarges
    /// them to 12.5 px on phones, and the layout leaves room for that.
    static let tickRoomFont = 12.5
    static let labelFont = 12.0
    static let titleFont = 13.0
    static let tickLength = 4.0

    func render() throws(FigureError) -> PanelOutput {
        let first = try renderOnce()
        guard wantsOutsideLegend, !legendOutside, legendSize().width < width * 0.34 else { return first }
        let again = PanelRenderer(
            panel: panel, index: index, prefix: prefix, width: width, height: height, clipNote: clipNote,
            legendOutside: true)
        return try again.renderOnce()
    }

    /// The legend box size, from the labels of the series (known before drawing).
    func legendSize() -> (width: Double, height: Double) {
        let labels = panel.series.compactMap(\.label)
        let textWidth = labels.map { TextMetrics.width($0, fontSize: Self.tickFont) }.max() ?? 0
        return (7 * 2 + 22 + 6 + textWidth, 7 * 2 + 17 * Double(labels.count) - 4)
    }

    func renderOnce() throws(FigureError) -> PanelOutput {
        if let surface = panel.surface {
            return try SurfaceRenderer(panel: panel, surface: surface, prefix: prefix, width: width, height: height)
                .render()
        }
        try validate()
        assignColors()
        let xRange = try resolveRange(axis: panel.x, name: "x", horizontal: true)
        let yRange = try resolveRange(axis: panel.y, name: "y", horizontal: false)
        findColorbar()

        // Equal-aspect panels use the same tick density on both axes so the grid cells are square.
        let squareCount = max(3, Int(min(width, height) / 55))
        let xTicks = ticks(
            for: panel.x, range: xRange, maxCount: panel.equalAspect ? squareCount : max(3, Int(width / 70)))
        let yTicks = ticks(
            for: panel.y, range: yRange, maxCount: panel.equalAspect ? squareCount : max(3, Int(height / 45)))

        // Margins.
        let yLabelWidth = yTicks.map { TextMetrics.width($0.label, fontSize: Self.tickRoomFont) }.max() ?? 0
        var left = 8 + yLabelWidth + Self.tickLength + 4
        if !panel.y.label.isEmpty { left += Self.labelFont + 6 }
        var right = 14.0
        if let colorbar {
            let labels = colorbarTicks(colorbar).map { TextMetrics.width($0.1, fontSize: Self.tickRoomFont) }.max() ?? 0
            right = 12 + 11 + Self.tickLength + 3 + labels + (colorbar.label.isEmpty ? 6 : Self.labelFont + 10)
        }
        if legendOutside { right += legendSize().width + 10 }
        // Keep the last x tick label inside the panel.
        if let last = xTicks.last {
            right = max(right, TextMetrics.width(last.label, fontSize: Self.tickFont) / 2 + 4)
        }
        let top = panel.title.isEmpty ? 12 : 12 + Self.titleFont + 8
        var bottom = 8 + Self.tickLength + 3 + Self.tickRoomFont
        if !panel.x.label.isEmpty { bottom += Self.labelFont + 6 }
        let needsNote = hasClippedData(xRange: xRange, yRange: yRange)
        if needsNote || reservesNoteRoom { bottom += 14 }

        var plotLeft = left
        let plotTop = top
        var plotWidth = max(40, width - left - right)
        var plotHeight = max(40, height - top - bottom)
        if panel.equalAspect {
            let sx = (xRange.upperBound - xRange.lowerBound) / plotWidth
            let sy = (yRange.upperBound - yRange.lowerBound) / plotHeight
            if sx > sy {
                let h = (yRange.upperBound - yRange.lowerBound) / sx
                // Keep the plot at the top so titles of neighbouring panels line up.
                plotHeight = h
            } else {
                let wv = (xRange.upperBound - xRange.lowerBound) / sy
                plotLeft += (plotWidth - wv) / 2
                plotWidth = wv
            }
        }
        frame = PlotFrame(
            left: plotLeft, top: plotTop, width: plotWidth, height: plotHeight, xRange: xRange, yRange: yRange,
            xLog: panel.x.scale == .log, yLog: panel.y.scale == .log)

        summary.append(axisSummary(xRange: xRange, yRange: yRange))

        // Grid lines.
        var grid = PathData()
        if panel.x.grid {
            for t in xTicks {
                let x = frame.px(t.value)
                grid.move(x, frame.top)
                grid.line(x, frame.bottom)
            }
        }
        if panel.y.grid {
            for t in yTicks {
                let y = frame.py(t.value)
                grid.move(frame.left, y)
                grid.line(frame.right, y)
            }
        }
        let clipID = "\(prefix)-clip"
        w.open("clipPath", [("id", clipID)])
        w.empty(
            "rect",
            [
                ("x", SVGWriter.px(frame.left)), ("y", SVGWriter.px(frame.top)), ("width", SVGWriter.px(frame.width)),
                ("height", SVGWriter.px(frame.height)),
            ])
        w.close("clipPath")

        // Series under the grid lines when they are opaque fields, above otherwise.
        w.open("g", [("clip-path", "url(#\(clipID))")])
        for (k, series) in panel.series.enumerated() where isField(series) {
            drawSeries(series, index: k)
        }
        w.close("g")
        if !grid.isEmpty {
            w.empty("path", [("class", "bf-gl"), ("d", grid.text)])
        }
        w.open("g", [("clip-path", "url(#\(clipID))")])
        for (k, series) in panel.series.enumerated() where !isField(series) {
            drawSeries(series, index: k)
        }
        w.close("g")

        drawAxes(xTicks: xTicks, yTicks: yTicks)
        drawClipMarks(note: needsNote)
        drawAnnotations()
        drawColorbar()
        drawLegend()
        return PanelOutput(body: w.out, summary: summary.joined(separator: " "), hasNote: needsNote)
    }

    // MARK: - Validation and colours

    func validate() throws(FigureError) {
        for (k, series) in panel.series.enumerated() {
            let check: (Int, Int)?
            switch series.kind {
            case .line(let x, let y, _, let width):
                check = (x.count, y.count)
                if !(width > 0 && width <= 20) {
                    throw FigureError(
                        .invalidOption(
                            name: "width", value: NumberFormat.fixed(width, decimals: 3),
                            reason: "use a stroke width in (0, 20] px"), panel: index, series: k)
                }
            case .scatter(let x, let y, _, let size):
                check = (x.count, y.count)
                if !(size > 0 && size <= 40) {
                    throw FigureError(
                        .invalidOption(
                            name: "size", value: NumberFormat.fixed(size, decimals: 3),
                            reason: "use a marker size in (0, 40] px"), panel: index, series: k)
                }
            case .trajectory(let x, let y, _, _): check = (x.count, y.count)
            case .bars(let x, let h, let width):
                check = (x.count, h.count)
                if let width, !(width > 0 && width.isFinite) {
                    throw FigureError(
                        .invalidOption(
                            name: "bar width", value: NumberFormat.fixed(width, decimals: 6),
                            reason: "use a positive finite width"), panel: index, series: k)
                }
            case .histogram(_, let bins):
                check = nil
                if bins < 1 || bins > 10_000 {
                    throw FigureError(
                        .invalidOption(name: "bins", value: "\(bins)", reason: "use 1 to 10000 bins"), panel: index,
                        series: k)
                }
            default: check = nil
            }
            if let (a, b) = check, a != b {
                throw FigureError(.lengthMismatch(x: a, y: b), panel: index, series: k)
            }
        }
    }

    func assignColors() {
        var next = 0
        for series in panel.series {
            let color: SeriesColor
            if let c = series.color {
                color = c
            } else {
                switch series.kind {
                case .line, .scatter, .trajectory, .histogram, .bars:
                    color = .palette(next)
                    next += 1
                default:
                    color = .ink
                }
            }
            colors.append(Self.attributes(color))
        }
    }

    static func attributes(_ color: SeriesColor) -> [(String, String)] {
        switch color {
        case .palette(let n): return [("class", "bf-c\(((n % Palette.count) + Palette.count) % Palette.count)")]
        case .ink: return []
        case .fixed(let rgb): return [("style", "color:\(rgb.hex)")]
        }
    }

    func isField(_ series: Series) -> Bool {
        switch series.kind {
        case .filledContour, .heatmap, .histogram, .bars: return true
        default: return false
        }
    }

    // MARK: - Ranges and ticks

    /// The points of a series along one axis that count for automatic ranges.
    func extent(of series: Series, horizontal: Bool, log: Bool) -> (lo: Double, hi: Double, padded: Bool)? {
        func finiteExtent(_ values: [Double]) -> (Double, Double)? {
            // Values of a diverging run are left out: beyond ±1000 only values within 1000× the
            // series' initial magnitude count, so a run that blows up to 1e308 does not stretch
            // the axes; it is clipped at the frame with a mark instead.
            let limit = Self.divergenceLimit(values)
            var lo = Double.infinity
            var hi = -Double.infinity
            for v in values where v.isFinite && abs(v) <= limit && (!log || v > 0) {
                lo = min(lo, v)
                hi = max(hi, v)
            }
            return lo <= hi ? (lo, hi) : nil
        }
        switch series.kind {
        case .line(let x, let y, _, _), .scatter(let x, let y, _, _), .trajectory(let x, let y, _, _):
            // Only points whose both coordinates are drawable count (a diverged loss must not
            // stretch the iteration axis either).
            let other = horizontal ? y : x
            let otherLog = horizontal ? panel.y.scale == .log : panel.x.scale == .log
            let own = horizontal ? x : y
            let otherLimit = Self.divergenceLimit(other)
            let kept = own.indices.filter { k in
                k < other.count && other[k].isFinite && (!otherLog || other[k] > 0) && abs(other[k]) <= otherLimit
            }.map { own[$0] }
            return finiteExtent(kept).map { ($0.0, $0.1, true) }
        case .contour(let grid, _, _, _), .filledContour(let grid, _, _, _, _):
            let a = horizontal ? grid.xs : grid.ys
            return (a[0], a[a.count - 1], false)
        case .heatmap(let grid, _, _, _):
            let a = horizontal ? grid.xs : grid.ys
            return (a[0] - (a[1] - a[0]) / 2, a[a.count - 1] + (a[a.count - 1] - a[a.count - 2]) / 2, false)
        case .histogram(let values, let bins):
            guard let (lo, hi) = finiteExtent(values) else { return nil }
            if horizontal { return (lo, hi == lo ? lo + 1 : hi, true) }
            let counts = Self.histogramCounts(values, bins: bins, range: lo...(hi == lo ? lo + 1 : hi))
            return (0, Double(counts.max() ?? 1), true)
        case .bars(let x, let h, let width):
            if horizontal {
                guard let (lo, hi) = finiteExtent(x) else { return nil }
                let bw = width ?? Self.defaultBarWidth(x)
                return (lo - bw / 2, hi + bw / 2, true)
            }
            guard let (lo, hi) = finiteExtent(h) else { return nil }
            return (min(0, lo), max(0, hi), true)
        case .horizontalLine(let y, _):
            return horizontal || !y.isFinite ? nil : (y, y, true)
        case .verticalLine(let x, _):
            return !horizontal || !x.isFinite ? nil : (x, x, true)
        }
    }

    /// Magnitudes above this count as a diverged run for automatic ranges: 1000 times the
    /// largest of the first three finite values, and never below 1000.
    static func divergenceLimit(_ values: [Double]) -> Double {
        var start = 0.0
        var seen = 0
        for v in values where v.isFinite {
            start = max(start, abs(v))
            seen += 1
            if seen == 3 { break }
        }
        return max(1000, 1000 * start)
    }

    static func defaultBarWidth(_ x: [Double]) -> Double {
        let sorted = x.filter { $0.isFinite }.sorted()
        var gap = Double.infinity
        for k in sorted.indices.dropFirst() where sorted[k] > sorted[k - 1] {
            gap = min(gap, sorted[k] - sorted[k - 1])
        }
        return gap.isFinite ? gap * 0.8 : 0.8
    }

    static func histogramCounts(_ values: [Double], bins: Int, range: ClosedRange<Double>) -> [Int] {
        var counts = [Int](repeating: 0, count: bins)
        let span = range.upperBound - range.lowerBound
        for v in values where v.isFinite && v >= range.lowerBound && v <= range.upperBound {
            let k = min(bins - 1, Int((v - range.lowerBound) / span * Double(bins)))
            counts[max(0, k)] += 1
        }
        return counts
    }

    func resolveRange(axis: Axis, name: String, horizontal: Bool) throws(FigureError) -> ClosedRange<Double> {
        let log = axis.scale == .log
        if let r = axis.range {
            guard r.lowerBound.isFinite, r.upperBound.isFinite, r.upperBound > r.lowerBound else {
                throw FigureError(
                    .invalidRange(axis: name, reason: "give finite bounds with lower < upper"), panel: index)
            }
            guard !log || r.lowerBound > 0 else {
                throw FigureError(
                    .invalidRange(axis: name, reason: "a log axis needs a positive lower bound"), panel: index)
            }
            return r
        }
        var hardLo = Double.infinity
        var hardHi = -Double.infinity
        var softLo = Double.infinity
        var softHi = -Double.infinity
        var hasField = false
        for series in panel.series {
            guard let e = extent(of: series, horizontal: horizontal, log: log) else { continue }
            if e.padded {
                softLo = min(softLo, e.lo)
                softHi = max(softHi, e.hi)
            } else {
                hasField = true
                hardLo = min(hardLo, e.lo)
                hardHi = max(hardHi, e.hi)
            }
        }
        // A grid fixes the range: trajectories on a contour plot are clipped to the grid domain.
        if hasField && hardHi > hardLo { return hardLo...hardHi }
        guard softLo <= softHi else { return log ? 1...10 : 0...1 }
        if log {
            var a = _log10(softLo)
            var b = _log10(softHi)
            if b - a < 1e-9 {
                a -= 0.5
                b += 0.5
            }
            let pad = (b - a) * 0.05
            return _pow(10, a - pad)..._pow(10, b + pad)
        }
        if softHi - softLo <= max(abs(softLo), abs(softHi)) * 1e-12 {
            let d = softLo == 0 ? 1 : abs(softLo) * 0.1
            return (softLo - d)...(softHi + d)
        }
        let pad = (softHi - softLo) * 0.05
        var lo = softLo - pad
        var hi = softHi + pad
        // Bars and histograms stand on zero: keep the zero line at the frame.
        if softLo == 0
            && panel.series.contains(where: {
                if case .bars = $0.kind { return true }
                if case .histogram = $0.kind { return true }
                return false
            }) && !horizontal
        {
            lo = 0
        }
        if softHi == 0 && lo < 0 && !horizontal { hi = 0 }
        return lo...hi
    }

    func ticks(for axis: Axis, range: ClosedRange<Double>, maxCount: Int) -> [Tick] {
        if let explicit = axis.ticks {
            return explicit.filter { $0.value.isFinite && $0.value >= range.lowerBound && $0.value <= range.upperBound }
        }
        if axis.scale == .log {
            let values = Ticks.logarithmic(range, maxCount: maxCount)
            return zip(values, Ticks.logLabels(values)).map { Tick($0, $1) }
        }
        let (values, step) = Ticks.linear(range, maxCount: maxCount)
        return zip(values, Ticks.labels(values, step: step)).map { Tick($0, $1) }
    }

    func hasClippedData(xRange: ClosedRange<Double>, yRange: ClosedRange<Double>) -> Bool {
        let xl = panel.x.scale == .log
        let yl = panel.y.scale == .log
        func inside(_ x: Double, _ y: Double) -> Bool {
            x.isFinite && y.isFinite && (!xl || x > 0) && (!yl || y > 0)
                && x >= xRange.lowerBound && x <= xRange.upperBound && y >= yRange.lowerBound && y <= yRange.upperBound
        }
        for series in panel.series {
            switch series.kind {
            case .line(let x, let y, _, _), .scatter(let x, let y, _, _), .trajectory(let x, let y, _, _):
                let tol = 1e-9
                for k in x.indices where !inside(x[k], y[k]) {
                    // Tiny excursions from rounding are not worth a note.
                    if x[k].isFinite && y[k].isFinite
                        && x[k] >= xRange.lowerBound - tol * (xRange.upperBound - xRange.lowerBound)
                        && x[k] <= xRange.upperBound + tol * (xRange.upperBound - xRange.lowerBound)
                        && y[k] >= yRange.lowerBound - tol * (yRange.upperBound - yRange.lowerBound)
                        && y[k] <= yRange.upperBound + tol * (yRange.upperBound - yRange.lowerBound)
                    {
                        continue
                    }
                    return true
                }
            default: continue
            }
        }
        return false
    }

    func findColorbar() {
        for series in panel.series {
            switch series.kind {
            case .filledContour(let grid, let levels, let colormap, let label?, _):
                let levelValues = levels.resolve(for: grid.finiteRange)
                if let r = grid.finiteRange {
                    colorbar = (colormap, levelValues, r, label)
                    return
                }
            case .heatmap(let grid, let colormap, let range, let label?):
                if let r = range ?? grid.finiteRange {
                    colorbar = (
                        colormap, nil, r.upperBound > r.lowerBound ? r : (r.lowerBound - 1)...(r.upperBound + 1), label
                    )
                    return
                }
            default: continue
            }
        }
    }

    func axisSummary(xRange: ClosedRange<Double>, yRange: ClosedRange<Double>) -> String {
        var s = panel.title.isEmpty ? "" : "「\(panel.title)」。"
        let xl = panel.x.label.isEmpty ? "横轴" : "横轴 \(panel.x.label)"
        let yl = panel.y.label.isEmpty ? "纵轴" : "纵轴 \(panel.y.label)"
        s += "\(xl) 从 \(Self.short(xRange.lowerBound)) 到 \(Self.short(xRange.upperBound))"
        s += panel.x.scale == .log ? "（对数）" : ""
        s += "，\(yl) 从 \(Self.short(yRange.lowerBound)) 到 \(Self.short(yRange.upperBound))"
        s += panel.y.scale == .log ? "（对数）" : ""
        return s + "。"
    }

    /// A number with about 3 significant digits for summaries and labels.
    static func short(_ v: Double) -> String {
        guard v.isFinite else { return v.isNaN ? "NaN" : (v > 0 ? "∞" : "-∞") }
        let a = abs(v)
        if a == 0 { return "0" }
        if a >= 1e5 || a < 1e-3 { return NumberFormat.scientific(v, significant: 3) }
        let decimals = max(0, 2 - Int(_log10(a).rounded(.down)))
        return NumberFormat.fixed(v, decimals: decimals)
    }
}
