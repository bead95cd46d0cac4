extension PanelRenderer {
    typealias P = (Double, Double)

    static func dashArray(_ dash: Dash, width: Double) -> String? {
        switch dash {
        case .solid: return nil
        case .dashed:
            return "\(NumberFormat.fixed(width * 3.2, decimals: 1)) \(NumberFormat.fixed(width * 2, decimals: 1))"
        case .dotted: return "0 \(NumberFormat.fixed(width * 2.2, decimals: 1))"
        }
    }

    func drawSeries(_ series: Series, index k: Int) {
        let color = colors[k]
        switch series.kind {
        case .line(let x, let y, let dash, let width):
            let runs = visibleRuns(x: x, y: y, color: color)
            var d = PathData()
            for run in runs where run.count >= 2 {
                d.move(run[0].0, run[0].1)
                for p in run.dropFirst() { d.line(p.0, p.1) }
            }
            var attrs =
                color + [
                    ("d", d.text), ("fill", "none"), ("stroke", "currentColor"),
                    ("stroke-width", NumberFormat.fixed(width, decimals: 2)), ("stroke-linejoin", "round"),
                    ("stroke-linecap", "round"),
                ]
            if let dashes = Self.dashArray(dash, width: width) { attrs.append(("stroke-dasharray", dashes)) }
            if !d.isEmpty { w.empty("path", attrs) }
            if let label = series.label {
                legend.append(LegendEntry(label: label, colorAttributes: color, glyph: .line(dash, width)))
            }
            summary.append(lineSummary(kind: "曲线", label: series.label, x: x, y: y))

        case .scatter(let x, let y, let marker, let size):
            var d = ""
            var shown = 0
            for i in x.indices where x[i].isFinite && y[i].isFinite {
                var px = frame.px(x[i])
                var py = frame.py(y[i])
                guard px.isFinite, py.isFinite else { continue }
                if !frame.contains(px, py) {
                    let cx = max(frame.left, min(frame.right, px))
                    let cy = max(frame.top, min(frame.bottom, py))
                    clipMarks.append((cx, cy, px - cx, py - cy, color))
                    continue
                }
                px = max(frame.left, min(frame.right, px))
                py = max(frame.top, min(frame.bottom, py))
                MarkerShape.append(marker, x: px, y: py, size: size, to: &d)
                occupied.append((px, py))
                shown += 1
            }
            if !d.isEmpty {
                if marker == .cross {
                    w.empty(
                        "path",
                        color + [("d", d), ("fill", "none"), ("stroke", "currentColor"), ("stroke-width", "1.5")])
                } else {
                    w.empty(
                        "path",
                        color.filter { $0.0 != "class" } + [
                            ("class", colorClass(color) + "bf-pstroke"), ("d", d), ("fill", "currentColor"),
                            ("fill-opacity", ".85"), ("stroke-width", ".6"),
                        ])
                }
            }
            if let label = series.label {
                legend.append(LegendEntry(label: label, colorAttributes: color, glyph: .marker(marker)))
            }
            summary.append("散点\(series.label.map { "「\($0)」" } ?? "")：\(shown) 个点。")

        case .trajectory(let x, let y, let arrows, let animate):
            drawTrajectory(x: x, y: y, arrows: arrows, animate: animate, color: color, label: series.label)

        case .contour(let grid, let levels, let labels, let colormap):
            drawContour(
                grid: grid, levels: levels.resolve(for: grid.finiteRange), labels: labels, colormap: colormap,
                quiet: false)
            if let label = series.label {
                legend.append(LegendEntry(label: label, colorAttributes: [], glyph: .line(.solid, 0.8)))
            }

        case .filledContour(let grid, let levels, let colormap, _, let lines):
            drawFilledContour(
                grid: grid, levels: levels.resolve(for: grid.finiteRange), colormap: colormap, lines: lines)

        case .heatmap(let grid, let colormap, let range, _):
            drawHeatmap(grid: grid, colormap: colormap, range: range ?? grid.finiteRange)

        case .histogram(let values, let bins):
            let finite = values.filter { $0.isFinite }
            guard let lo = finite.min(), let hi0 = finite.max() else { break }
            let hi = hi0 == lo ? lo + 1 : hi0
            let counts = Self.histogramCounts(finite, bins: bins, range: lo...hi)
            let bw = (hi - lo) / Double(bins)
            drawBars(
                lefts: (0..<bins).map { lo + Double($0) * bw }, widths: Array(repeating: bw, count: bins),
                heights: counts.map(Double.init), color: color, gapless: true)
            if let label = series.label {
                legend.append(LegendEntry(label: label, colorAttributes: color, glyph: .patch))
            }
            summary.append(
                "直方图\(series.label.map { "「\($0)」" } ?? "")：\(finite.count) 个值分成 \(bins) 组，范围 \(Self.short(lo)) 到 \(Self.short(hi))，最多一组 \(counts.max() ?? 0) 个。"
            )

        case .bars(let x, let heights, let width):
            let bw = width ?? Self.defaultBarWidth(x)
            drawBars(
                lefts: x.map { $0 - bw / 2 }, widths: Array(repeating: bw, count: x.count), heights: heights,
                color: color, gapless: false)
            if let label = series.label {
                legend.append(LegendEntry(label: label, colorAttributes: color, glyph: .patch))
            }
            summary.append("柱状图\(series.label.map { "「\($0)」" } ?? "")：\(x.count) 根柱。")

        case .horizontalLine(let y, let dash):
            let py = frame.py(y)
            guard py.isFinite, py >= frame.top - 0.5, py <= frame.bottom + 0.5 else { break }
            var attrs =
                color + [
                    ("d", PathData.polyline([(frame.left, py), (frame.right, py)]).text), ("fill", "none"),
                    ("stroke", "currentColor"), ("stroke-width", "1.2"), ("stroke-opacity", ".8"),
                    ("stroke-linecap", "round"),
                ]
            if let dashes = Self.dashArray(dash, width: 1.4) { attrs.append(("stroke-dasharray", dashes)) }
            w.empty("path", attrs)
            if let label = series.label {
                legend.append(LegendEntry(label: label, colorAttributes: color, glyph: .line(dash, 1)))
            }
            summary.append("参考线 y = \(Self.short(y))\(series.label.map { "（\($0)）" } ?? "")。")

        case .verticalLine(let x, let dash):
            let px = frame.px(x)
            guard px.isFinite, px >= frame.left - 0.5, px <= frame.right + 0.5 else { break }
            var attrs =
                color + [
                    ("d", PathData.polyline([(px, frame.top), (px, frame.bottom)]).text), ("fill", "none"),
                    ("stroke", "currentColor"), ("stroke-width", "1.2"), ("stroke-opacity", ".8"),
                    ("stroke-linecap", "round"),
                ]
            if let dashes = Self.dashArray(dash, width: 1.4) { attrs.append(("stroke-dasharray", dashes)) }
            w.empty("path", attrs)
            if let label = series.label {
                legend.append(LegendEntry(label: label, colorAttributes: color, glyph: .line(dash, 1)))
            }
            summary.append("参考线 x = \(Self.short(x))\(series.label.map { "（\($0)）" } ?? "")。")
        }
    }

    func colorClass(_ color: [(String, String)]) -> String {
        if let c = color.first(where: { $0.0 == "class" }) { return c.1 + " " }
        return ""
    }

    func lineSummary(kind: String, label: String?, x: [Double], y: [Double]) -> String {
        let finite = x.indices.filter { x[$0].isFinite && y[$0].isFinite }
        var s = "\(kind)\(label.map { "「\($0)」" } ?? "")：\(x.count) 个点"
        if let first = finite.first, let last = finite.last {
            s +=
                "，从 (\(Self.short(x[first])), \(Self.short(y[first]))) 到 (\(Self.short(x[last])), \(Self.short(y[last])))"
        }
        if finite.count < x.count { s += "，其中 \(x.count - finite.count) 个不是有限数（发散）" }
        return s + "。"
    }

    /// The visible pieces of a polyline in pixels; records frame exits as clip marks and adds
    /// sampled points to `occupied`.
    func visibleRuns(x: [Double], y: [Double], color: [(String, String)]) -> [[P]] {
        var runs: [[P]] = []
        var current: [P] = []
        var previous: P?
        func flush() {
            if !current.isEmpty { runs.append(current) }
            current = []
        }
        for k in x.indices {
            let p = (frame.px(x[k]), frame.py(y[k]))
            guard x[k].isFinite, y[k].isFinite, p.0.isFinite, p.1.isFinite else {
                // Divergence (NaN/∞) after a visible point: mark where the run stopped.
                if let last = current.last {
                    let before = current.count >= 2 ? current[current.count - 2] : last
                    clipMarks.append((last.0, last.1, last.0 - before.0, last.1 - before.1, color))
                }
                flush()
                previous = nil
                continue
            }
            guard let prev = previous else {
                if frame.contains(p.0, p.1) { current = [p] }
                previous = p
                continue
            }
            if let (t0, t1) = frame.clip(prev, p) {
                let a = (prev.0 + (p.0 - prev.0) * t0, prev.1 + (p.1 - prev.1) * t0)
                let b = (prev.0 + (p.0 - prev.0) * t1, prev.1 + (p.1 - prev.1) * t1)
                if t0 > 0 || current.isEmpty {
                    flush()
                    current = [a]
                }
                current.append(b)
                if t1 < 1 {
                    clipMarks.append((b.0, b.1, p.0 - prev.0, p.1 - prev.1, color))
                    flush()
                }
            } else {
                flush()
            }
            previous = p
        }
        flush()
        for run in runs {
            for k in run.indices {
                occupied.append(run[k])
                if k > 0 {
                    let a = run[k - 1]
                    let b = run[k]
                    let len = ((b.0 - a.0) * (b.0 - a.0) + (b.1 - a.1) * (b.1 - a.1)).squareRoot()
                    let steps = min(200, Int(len / 8))
                    if steps > 1 {
                        for s in 1..<steps {
                            let t = Double(s) / Double(steps)
                            occupied.append((a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t))
                        }
                    }
                }
            }
        }
        return runs
    }

    func drawTrajectory(
        x: [Double], y: [Double], arrows: Bool, animate: Bool, color: [(String, String)], label: String?
    ) {
        let runs = visibleRuns(x: x, y: y, color: color)
        var line = PathData()
        for run in runs where run.count >= 2 {
            line.move(run[0].0, run[0].1)
            for p in run.dropFirst() { line.line(p.0, p.1) }
        }
        w.open("g", color)
        if !line.isEmpty {
            w.empty(
                "path",
                [
                    ("d", line.text), ("fill", "none"), ("stroke", "currentColor"), ("stroke-width", "1.5"),
                    ("stroke-linejoin", "round"), ("stroke-linecap", "round"),
                ])
        }
        // Iterates as small dots (thinned when they crowd closer than 2 px).
        var dots = ""
        var lastDot: P?
        var visible: [P] = []
        for k in x.indices where x[k].isFinite && y[k].isFinite {
            let p = (frame.px(x[k]), frame.py(y[k]))
            guard p.0.isFinite, p.1.isFinite, frame.contains(p.0, p.1) else { continue }
            visible.append(p)
            if let l = lastDot, abs(l.0 - p.0) + abs(l.1 - p.1) < 2 { continue }
            MarkerShape.append(.circle, x: p.0, y: p.1, size: 3.2, to: &dots)
            lastDot = p
        }
        if !dots.isEmpty { w.empty("path", [("d", dots), ("fill", "currentColor")]) }
        if arrows {
            var heads = ""
            var candidates: [(P, P)] = []
            for run in runs {
                for k in run.indices.dropFirst() {
                    let a = run[k - 1]
                    let b = run[k]
                    if abs(b.0 - a.0) + abs(b.1 - a.1) > 14 { candidates.append((a, b)) }
                }
            }
            let every = max(1, (candidates.count + 9) / 10)
            for (k, (a, b)) in candidates.enumerated() where k % every == 0 {
                heads += Self.arrowHead(from: a, to: ((a.0 + b.0) / 2, (a.1 + b.1) / 2), size: 4.5, tipAtEnd: false)
            }
            if !heads.isEmpty { w.empty("path", [("d", heads), ("fill", "currentColor")]) }
        }
        // Start: open circle; end: star (only if the last iterate is finite and visible).
        let finite = x.indices.filter { x[$0].isFinite && y[$0].isFinite }
        if let first = finite.first {
            let p = (frame.px(x[first]), frame.py(y[first]))
            if frame.contains(p.0, p.1) {
                var d = ""
                MarkerShape.append(.circle, x: p.0, y: p.1, size: 8, to: &d)
                w.empty("path", [("d", d), ("class", "bf-paper"), ("stroke", "currentColor"), ("stroke-width", "1.6")])
            }
        }
        if let last = finite.last, last == x.count - 1 {
            let p = (frame.px(x[last]), frame.py(y[last]))
            if frame.contains(p.0, p.1) {
                var d = ""
                MarkerShape.append(.star, x: p.0, y: p.1, size: 10, to: &d)
                w.empty("path", [("d", d), ("fill", "currentColor"), ("class", "bf-pstroke"), ("stroke-width", ".8")])
            }
        }
        if animate, visible.count >= 2, let run = runs.first, run.count >= 2 {
            drawAnimation(run: runs.flatMap { $0 })
        }
        w.close("g")
        if let label { legend.append(LegendEntry(label: label, colorAttributes: color, glyph: .trajectory)) }
        summary.append(lineSummary(kind: "轨迹", label: label, x: x, y: y))
    }

    /// A dot moving along the visible path, one iterate per time step, pausing at the end.
    func drawAnimation(run: [P]) {
        animated = true
        // Thin to at most 120 key points so the markup stays small.
        let step = max(1, (run.count + 119) / 120)
        var points: [P] = []
        for k in stride(from: 0, to: run.count, by: step) { points.append(run[k]) }
        if let last = run.last, points.last.map({ $0 != last }) ?? true { points.append(last) }
        var path = PathData()
        var lengths: [Double] = [0]
        for (k, p) in points.enumerated() {
            if k == 0 {
                path.move(p.0, p.1)
            } else {
                path.line(p.0, p.1)
                let a = points[k - 1]
                lengths.append(lengths[k - 1] + ((p.0 - a.0) * (p.0 - a.0) + (p.1 - a.1) * (p.1 - a.1)).squareRoot())
            }
        }
        guard let total = lengths.last, total > 0 else { return }
        let moving = 0.85
        var keyPoints: [String] = []
        var keyTimes: [String] = []
        for k in points.indices {
            keyPoints.append(NumberFormat.fixed(lengths[k] / total, decimals: 4))
            keyTimes.append(NumberFormat.fixed(moving * Double(k) / Double(points.count - 1), decimals: 4))
        }
        keyPoints.append("1")
        keyTimes.append("1")
        let seconds = max(3, min(12, Double(run.count) * 0.12))
        w.open("g", [("class", "bf-anim")])
        w.open("circle", [("r", "4.5"), ("fill", "currentColor"), ("class", "bf-pstroke"), ("stroke-width", "1.5")])
        w.empty(
            "animateMotion",
            [
                ("dur", NumberFormat.fixed(seconds, decimals: 1) + "s"), ("repeatCount", "indefinite"),
                ("calcMode", "linear"), ("keyPoints", keyPoints.joined(separator: ";")),
                ("keyTimes", keyTimes.joined(separator: ";")), ("path", path.text),
            ])
        w.close("circle")
        w.close("g")
    }

    /// A filled triangle pointing from `from` towards `to`, with its tip at `to` (or centred on it).
    static func arrowHead(from: P, to: P, size: Double, tipAtEnd: Bool) -> String {
        let dx = to.0 - from.0
        let dy = to.1 - from.1
        let len = (dx * dx + dy * dy).squareRoot()
        guard len > 0 else { return "" }
        let ux = dx / len
        let uy = dy / len
        let tip = tipAtEnd ? to : (to.0 + ux * size * 0.5, to.1 + uy * size * 0.5)
        let base = (tip.0 - ux * size * 1.6, tip.1 - uy * size * 1.6)
        let a = (base.0 - uy * size * 0.75, base.1 + ux * size * 0.75)
        let b = (base.0 + uy * size * 0.75, base.1 - ux * size * 0.75)
        return PathData.polyline([tip, a, b], closed: true).text
    }

    func drawBars(lefts: [Double], widths: [Double], heights: [Double], color: [(String, String)], gapless: Bool) {
        var d = PathData()
        for k in lefts.indices where lefts[k].isFinite && heights[k].isFinite && heights[k] != 0 {
            let x0 = frame.px(lefts[k])
            let x1 = frame.px(lefts[k] + widths[k])
            let y0 = frame.py(min(0, heights[k]))
            let y1 = frame.py(max(0, heights[k]))
            guard x0.isFinite, x1.isFinite, y0.isFinite, y1.isFinite else { continue }
            let top = max(frame.top - 1, min(y0, y1))
            let bottom = min(frame.bottom + 1, max(y0, y1))
            if y1 < frame.top - 0.5 { clipMarks.append(((x0 + x1) / 2, frame.top, 0, -1, color)) }
            d.move(x0, bottom)
            d.line(x0, top)
            d.line(x1, top)
            d.line(x1, bottom)
            d.close()
            occupied.append(((x0 + x1) / 2, top))
            var yy = top + 8
            while yy < bottom {
                occupied.append(((x0 + x1) / 2, yy))
                yy += 8
            }
        }
        guard !d.isEmpty else { return }
        w.empty(
            "path",
            color.filter { $0.0 != "class" } + [
                ("class", colorClass(color) + "bf-pstroke"), ("d", d.text), ("fill", "currentColor"),
                ("fill-opacity", gapless ? ".78" : ".85"), ("stroke-width", gapless ? ".8" : "0"),
            ])
    }
}
