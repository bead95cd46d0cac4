extension PanelRenderer {
    /// Labels for contour levels: as many decimals as the closest pair of levels needs.
    static func levelLabels(_ levels: [Double]) -> [String] {
        var gap = Double.infinity
        for k in levels.indices.dropFirst() { gap = min(gap, levels[k] - levels[k - 1]) }
        if !gap.isFinite || gap <= 0 { gap = max(abs(levels.first ?? 1), 1e-12) / 10 }
        // A 1-2-5 step no larger than the gap gives enough decimals to separate neighbours.
        let e = _log10(gap).rounded(.down)
        let labels = Ticks.labels(levels, step: _pow(10, e))
        return labels
    }

    func drawContour(grid: ScalarGrid, levels: [Double], labels: Bool, colormap: Colormap?, quiet: Bool) {
        guard !levels.isEmpty else { return }
        let texts = Self.levelLabels(levels)
        var labelMarkup = SVGWriter()
        if colormap != nil {
            w.open("g", [("fill", "none"), ("stroke-width", "1.1")])
        } else {
            w.open(
                "g",
                [
                    ("fill", "none"), ("stroke", quiet ? "#000" : "currentColor"),
                    ("stroke-opacity", quiet ? ".28" : ".42"), ("stroke-width", quiet ? ".6" : ".9"),
                ])
        }
        var total = 0
        for (k, level) in levels.enumerated() {
            let polylines = Contouring.lines(grid, level: level)
            total += polylines.count
            var d = PathData()
            var labelCandidates: [(length: Double, points: [P])] = []
            for line in polylines {
                let pts = line.map { (frame.px($0.x), frame.py($0.y)) }
                guard pts.count >= 2 else { continue }
                let simplified = Self.simplify(pts, tolerance: 0.2)
                d.move(simplified[0].0, simplified[0].1)
                for p in simplified.dropFirst() { d.line(p.0, p.1) }
                if labels {
                    var length = 0.0
                    for m in pts.indices.dropFirst() {
                        length +=
                            ((pts[m].0 - pts[m - 1].0) * (pts[m].0 - pts[m - 1].0) + (pts[m].1 - pts[m - 1].1)
                                * (pts[m].1 - pts[m - 1].1))
                            .squareRoot()
                    }
                    labelCandidates.append((length, pts))
                }
            }
            guard !d.isEmpty else { continue }
            if let colormap {
                let t = levels.count == 1 ? 0.5 : Double(k) / Double(levels.count - 1)
                w.empty("path", [("d", d.text), ("stroke", colormap.color(at: 0.05 + 0.85 * t).hex)])
            } else {
                w.empty("path", [("d", d.text)])
            }
            if labels {
                // Label the longest pieces of this level (up to two), away from other labels.
                var placed = 0
                for candidate in labelCandidates.sorted(by: { $0.length > $1.length })
                where candidate.length > 80 && placed < 2 {
                    if placeLabel(texts[k], along: candidate.points, length: candidate.length, into: &labelMarkup) {
                        placed += 1
                    }
                }
            }
        }
        w.close("g")
        if !labelMarkup.out.isEmpty {
            w.open("g", [("class", "bf-s bf-halo"), ("text-anchor", "middle"), ("dominant-baseline", "central")])
            w.raw(labelMarkup.out)
            w.close("g")
        }
        if !quiet {
            summary.append(
                "等高线：\(levels.count) 个等值，从 \(Self.short(levels[0])) 到 \(Self.short(levels[levels.count - 1]))，共 \(total) 段。"
            )
        }
    }

    /// Writes a level label on a polyline, rotated along it and kept upright, at the first of
    /// several positions (middle first) where it clears the frame and every label placed so far.
    /// - Returns: Whether a label was placed.
    @discardableResult
    func placeLabel(_ text: String, along pts: [P], length: Double, into out: inout SVGWriter) -> Bool {
        let radius = TextMetrics.width(text, fontSize: 10) / 2 + 3
        for fraction in [0.5, 0.25, 0.75, 0.1, 0.9, 0.375, 0.625] {
            var target = length * fraction
            for m in pts.indices.dropFirst() {
                let a = pts[m - 1]
                let b = pts[m]
                let seg = ((b.0 - a.0) * (b.0 - a.0) + (b.1 - a.1) * (b.1 - a.1)).squareRoot()
                if seg >= target && seg > 0 {
                    let t = target / seg
                    let x = a.0 + (b.0 - a.0) * t
                    let y = a.1 + (b.1 - a.1) * t
                    let clear =
                        frame.contains(x, y, slack: -radius)
                        && placedLabels.allSatisfy { p in
                            let dx = p.0 - x
                            let dy = p.1 - y
                            return (dx * dx + dy * dy).squareRoot() > p.2 + radius + 2
                        }
                    if clear {
                        // Direction from points a few pixels either side for a steadier angle.
                        let lo = pts[max(0, m - 3)]
                        let hi = pts[min(pts.count - 1, m + 2)]
                        var angle = _atan2(hi.1 - lo.1, hi.0 - lo.0) * 180 / Double.pi
                        if angle > 89.9 { angle -= 180 }
                        if angle < -90 { angle += 180 }
                        out.element(
                            "text",
                            [
                                ("x", SVGWriter.px(x)), ("y", SVGWriter.px(y)),
                                (
                                    "transform",
                                    "rotate(\(NumberFormat.fixed(angle, decimals: 0)) \(SVGWriter.px(x)) \(SVGWriter.px(y)))"
                                ),
                            ], text: text)
                        placedLabels.append((x, y, radius))
                        return true
                    }
                    break
                }
                target -= seg
            }
        }
        return false
    }

    /// Ramer–Douglas–Peucker simplification in pixels (keeps the first and last point).
    static func simplify(_ pts: [P], tolerance: Double) -> [P] {
        guard pts.count > 2 else { return pts }
        var keep = [Bool](repeating: false, count: pts.count)
        keep[0] = true
        keep[pts.count - 1] = true
        var stack = [(0, pts.count - 1)]
        let tol2 = tolerance * tolerance
        while let (a, b) = stack.popLast() {
            guard b > a + 1 else { continue }
            let p = pts[a]
            let q = pts[b]
            let dx = q.0 - p.0
            let dy = q.1 - p.1
            let len2 = dx * dx + dy * dy
            var worst = -1.0
            var worstIndex = a
            for k in (a + 1)..<b {
                let r = pts[k]
                let d2: Double
                if len2 == 0 {
                    d2 = (r.0 - p.0) * (r.0 - p.0) + (r.1 - p.1) * (r.1 - p.1)
                } else {
                    let cross = dx * (r.1 - p.1) - dy * (r.0 - p.0)
                    d2 = cross * cross / len2
                }
                if d2 > worst {
                    worst = d2
                    worstIndex = k
                }
            }
            if worst > tol2 {
                keep[worstIndex] = true
                stack.append((a, worstIndex))
                stack.append((worstIndex, b))
            }
        }
        return pts.indices.filter { keep[$0] }.map { pts[$0] }
    }

    func drawFilledContour(grid: ScalarGrid, levels: [Double], colormap: Colormap, lines: Bool) {
        let bands = Contouring.bands(grid, levels: levels)
        let count = bands.count
        for (k, rings) in bands.enumerated() where !rings.isEmpty {
            let t = count == 1 ? 0.5 : Double(k) / Double(count - 1)
            var d = PathData()
            for ring in rings {
                var pts = ring.map { (frame.px($0.x), frame.py($0.y)) }
                pts.append(pts[0])
                let simplified = Self.simplify(pts, tolerance: 0.25)
                guard simplified.count >= 4 else { continue }
                d.move(simplified[0].0, simplified[0].1)
                for p in simplified.dropFirst().dropLast() { d.line(p.0, p.1) }
                d.close()
            }
            guard !d.isEmpty else { continue }
            let hex = colormap.color(at: t).hex
            // A hairline of the band's own colour hides anti-aliasing seams between bands.
            w.empty(
                "path",
                [("d", d.text), ("fill", hex), ("stroke", hex), ("stroke-width", ".5"), ("stroke-linejoin", "round")])
        }
        if lines {
            // Outline the bands with lines cut from the same triangles, so they meet the band edges.
            var d = PathData()
            for polylines in Contouring.bandEdges(grid, levels: levels) {
                for line in polylines where line.count >= 2 {
                    let pts = Self.simplify(line.map { (frame.px($0.x), frame.py($0.y)) }, tolerance: 0.25)
                    d.move(pts[0].0, pts[0].1)
                    for p in pts.dropFirst() { d.line(p.0, p.1) }
                }
            }
            if !d.isEmpty {
                w.empty(
                    "path",
                    [
                        ("d", d.text), ("fill", "none"), ("stroke", "#000"), ("stroke-opacity", ".28"),
                        ("stroke-width", ".6"), ("stroke-linejoin", "round"),
                    ])
            }
        }
        if let r = grid.finiteRange {
            summary.append(
                "填色等高图（\(colormap.name)）：\(count) 个色带，数值从 \(Self.short(r.lowerBound)) 到 \(Self.short(r.upperBound))。")
        }
    }

    func drawHeatmap(grid: ScalarGrid, colormap: Colormap, range: ClosedRange<Double>?) {
        guard let range else { return }
        let nx = grid.xs.count
        let ny = grid.ys.count
        func edge(_ a: [Double], _ k: Int) -> Double {
            if k == 0 { return a[0] - (a[1] - a[0]) / 2 }
            if k == a.count { return a[a.count - 1] + (a[a.count - 1] - a[a.count - 2]) / 2 }
            return (a[k - 1] + a[k]) / 2
        }
        let span = range.upperBound - range.lowerBound
        var paths: [String: PathData] = [:]
        var order: [String] = []
        for j in 0..<ny {
            let y0 = frame.py(edge(grid.ys, j))
            let y1 = frame.py(edge(grid.ys, j + 1))
            var i = 0
            while i < nx {
                let v = grid.value(i, j)
                guard v.isFinite else {
                    i += 1
                    continue
                }
                let hex = colormap.color(at: span > 0 ? (v - range.lowerBound) / span : 0.5).hex
                var end = i + 1
                while end < nx, grid.value(end, j).isFinite,
                    colormap.color(at: span > 0 ? (grid.value(end, j) - range.lowerBound) / span : 0.5).hex == hex
                {
                    end += 1
                }
                let x0 = frame.px(edge(grid.xs, i))
                let x1 = frame.px(edge(grid.xs, end))
                if paths[hex] == nil { order.append(hex) }
                var d = paths[hex] ?? PathData()
                // Overlap by 0.3 px on the right and top to hide seams.
                d.move(x0, y0)
                d.line(x1 + 0.3, y0)
                d.line(x1 + 0.3, y1 - 0.3)
                d.line(x0, y1 - 0.3)
                d.close()
                paths[hex] = d
                i = end
            }
        }
        for hex in order {
            if let d = paths[hex] { w.empty("path", [("d", d.text), ("fill", hex)]) }
        }
        summary.append(
            "热图（\(colormap.name)）：\(nx)×\(ny) 格，颜色从 \(Self.short(range.lowerBound)) 到 \(Self.short(range.upperBound))。")
    }
}
