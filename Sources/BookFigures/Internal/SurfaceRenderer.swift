/// Draws a 3-D surface panel: orthographic projection, painter's order, colour-mapped faces.
struct SurfaceRenderer {
    let panel: Panel
    let surface: Surface
    let prefix: String
    let width: Double
    let height: Double

    typealias P = (Double, Double)

    func render() throws(FigureError) -> PanelOutput {
        let grid = surface.grid
        guard let zRange = grid.finiteRange else {
            throw FigureError(.invalidOption(name: "surface", value: "grid", reason: "has no finite value to draw"))
        }
        let nx = grid.xs.count
        let ny = grid.ys.count
        let x0 = grid.xs[0]
        let x1 = grid.xs[nx - 1]
        let y0 = grid.ys[0]
        let y1 = grid.ys[ny - 1]
        let zLo = zRange.lowerBound
        let zHi = zRange.upperBound > zRange.lowerBound ? zRange.upperBound : zRange.lowerBound + 1
        let az = surface.azimuth * Double.pi / 180
        let el = max(5, min(85, surface.elevation)) * Double.pi / 180
        let (sa, ca, se, ce) = (_sin(az), _cos(az), _sin(el), _cos(el))

        // Normalised box: x, y in [-1, 1], z in [-0.75, 0.75].
        func normal(_ x: Double, _ y: Double, _ z: Double) -> (Double, Double, Double) {
            (2 * (x - x0) / (x1 - x0) - 1, 2 * (y - y0) / (y1 - y0) - 1, 1.5 * (z - zLo) / (zHi - zLo) - 0.75)
        }
        func screen(_ n: (Double, Double, Double)) -> (x: Double, y: Double, depth: Double) {
            let sx = -n.0 * sa + n.1 * ca
            let sy = -(-n.0 * se * ca - n.1 * se * sa + n.2 * ce)
            let depth = n.0 * ce * ca + n.1 * ce * sa + n.2 * se
            return (sx, sy, depth)
        }
        // Fit the projected box into the panel.
        var minX = Double.infinity
        var maxX = -Double.infinity
        var minY = Double.infinity
        var maxY = -Double.infinity
        for cx in [-1.0, 1] {
            for cy in [-1.0, 1] {
                for cz in [-0.75, 0.75] {
                    let s = screen((cx, cy, cz))
                    minX = min(minX, s.x)
                    maxX = max(maxX, s.x)
                    minY = min(minY, s.y)
                    maxY = max(maxY, s.y)
                }
            }
        }
        let top = panel.title.isEmpty ? 16.0 : 38.0
        let marginX = 44.0
        let bottomMargin = 34.0
        let scale = min((width - 2 * marginX) / (maxX - minX), (height - top - bottomMargin) / (maxY - minY))
        let offX = width / 2 - (minX + maxX) / 2 * scale
        let offY = top + (height - top - bottomMargin) / 2 - (minY + maxY) / 2 * scale
        func project(_ x: Double, _ y: Double, _ z: Double) -> (x: Double, y: Double, depth: Double) {
            let s = screen(normal(x, y, z))
            return (offX + s.x * scale, offY + s.y * scale, s.depth)
        }

        var w = SVGWriter()
        // Floor and its grid lines at the x and y ticks.
        let xTicks = Ticks.linear(x0...x1, maxCount: 5)
        let yTicks = Ticks.linear(y0...y1, maxCount: 5)
        let zTicks = Ticks.linear(zLo...zHi, maxCount: 5)
        var floorGrid = PathData()
        for t in xTicks.values {
            let a = project(t, y0, zLo)
            let b = project(t, y1, zLo)
            floorGrid.move(a.x, a.y)
            floorGrid.line(b.x, b.y)
        }
        for t in yTicks.values {
            let a = project(x0, t, zLo)
            let b = project(x1, t, zLo)
            floorGrid.move(a.x, a.y)
            floorGrid.line(b.x, b.y)
        }
        let corners = [project(x0, y0, zLo), project(x1, y0, zLo), project(x1, y1, zLo), project(x0, y1, zLo)]
        w.empty("path", [("class", "bf-gl"), ("d", floorGrid.text)])
        w.empty(
            "path",
            [
                ("class", "bf-ax"), ("d", PathData.polyline(corners.map { ($0.x, $0.y) }, closed: true).text),
                ("stroke-width", ".8"), ("stroke-opacity", ".45"),
            ])

        // The z axis stands at the floor corner furthest to the left on screen.
        let zCorner =
            [(x0, y0), (x1, y0), (x1, y1), (x0, y1)].min { project($0.0, $0.1, zLo).x < project($1.0, $1.1, zLo).x }
            ?? (x0, y0)
        let zb = project(zCorner.0, zCorner.1, zLo)
        let zt = project(zCorner.0, zCorner.1, zHi)
        w.empty(
            "path",
            [
                ("class", "bf-ax"), ("d", PathData.polyline([(zb.x, zb.y), (zt.x, zt.y)]).text), ("stroke-width", ".8"),
                ("stroke-opacity", ".45"),
            ])

        // Faces, back to front. Colours are quantised to 64 steps so neighbours share paths.
        struct Face {
            var depth: Double
            var index: Int
            var points: [P]
            var shade: Int
        }
        var faces: [Face] = []
        faces.reserveCapacity((nx - 1) * (ny - 1))
        for j in 0..<(ny - 1) {
            for i in 0..<(nx - 1) {
                guard let corners = grid.finiteCorners(i, j) else { continue }
                let zs = [corners.v00, corners.v10, corners.v11, corners.v01]
                let ps = [
                    project(grid.xs[i], grid.ys[j], zs[0]), project(grid.xs[i + 1], grid.ys[j], zs[1]),
                    project(grid.xs[i + 1], grid.ys[j + 1], zs[2]), project(grid.xs[i], grid.ys[j + 1], zs[3]),
                ]
                let mean = (zs[0] + zs[1] + zs[2] + zs[3]) / 4
                let shade = Int(((mean - zLo) / (zHi - zLo) * 63).rounded())
                faces.append(
                    Face(
                        depth: (ps[0].depth + ps[1].depth + ps[2].depth + ps[3].depth) / 4, index: j * nx + i,
                        points: ps.map { ($0.x, $0.y) }, shade: max(0, min(63, shade))))
            }
        }
        faces.sort { $0.depth != $1.depth ? $0.depth < $1.depth : $0.index < $1.index }
        w.open(
            "g", [("stroke", "#000"), ("stroke-opacity", ".22"), ("stroke-width", ".35"), ("stroke-linejoin", "round")])
        var k = 0
        while k < faces.count {
            let shade = faces[k].shade
            // Whole pixels: a mesh face is a few pixels wide, and this keeps a 40×40 surface compact.
            var d = PathData()
            d.unitsPerPixel = faces.count > 400 ? 1 : 10
            while k < faces.count && faces[k].shade == shade {
                d.move(faces[k].points[0].0, faces[k].points[0].1)
                for p in faces[k].points.dropFirst() { d.line(p.0, p.1) }
                d.close()
                k += 1
            }
            w.empty("path", [("d", d.text), ("fill", surface.colormap.color(at: Double(shade) / 63).hex)])
        }
        w.close("g")

        // Tick labels on the floor edges nearest the viewer, and on the z axis.
        func edgeLabels(
            _ values: [Double], _ labels: [String], along: (Double) -> (x: Double, y: Double, depth: Double),
            outward: P, anchor: String
        ) {
            w.open("g", [("class", "bf-k"), ("text-anchor", anchor)])
            for (v, label) in zip(values, labels) {
                let p = along(v)
                w.element(
                    "text", [("x", SVGWriter.px(p.x + outward.0)), ("y", SVGWriter.px(p.y + outward.1 + 4))],
                    text: label)
            }
            w.close("g")
        }
        let centre = project((x0 + x1) / 2, (y0 + y1) / 2, zLo)
        let xEdgeY = project((x0 + x1) / 2, y0, zLo).depth > project((x0 + x1) / 2, y1, zLo).depth ? y0 : y1
        let yEdgeX = project(x0, (y0 + y1) / 2, zLo).depth > project(x1, (y0 + y1) / 2, zLo).depth ? x0 : x1
        func outward(_ p: (x: Double, y: Double, depth: Double), _ distance: Double) -> P {
            let dx = p.x - centre.x
            let dy = p.y - centre.y
            let len = max(1e-9, (dx * dx + dy * dy).squareRoot())
            return (dx / len * distance, dy / len * distance)
        }
        let xMid = project((x0 + x1) / 2, xEdgeY, zLo)
        let yMid = project(yEdgeX, (y0 + y1) / 2, zLo)
        let xOut = outward(xMid, 12)
        let yOut = outward(yMid, 12)
        edgeLabels(
            xTicks.values, Ticks.labels(xTicks.values, step: xTicks.step), along: { project($0, xEdgeY, zLo) },
            outward: xOut, anchor: xOut.0 < -3 ? "end" : (xOut.0 > 3 ? "start" : "middle"))
        edgeLabels(
            yTicks.values, Ticks.labels(yTicks.values, step: yTicks.step), along: { project(yEdgeX, $0, zLo) },
            outward: yOut, anchor: yOut.0 < -3 ? "end" : (yOut.0 > 3 ? "start" : "middle"))
        edgeLabels(
            zTicks.values, Ticks.labels(zTicks.values, step: zTicks.step), along: { project(zCorner.0, zCorner.1, $0) },
            outward: (-6, 0), anchor: "end")
        let xLabelAt = outward(xMid, 30)
        let yLabelAt = outward(yMid, 30)
        if !panel.x.label.isEmpty {
            w.element(
                "text",
                [
                    ("class", "bf-l"), ("x", SVGWriter.px(xMid.x + xLabelAt.0)),
                    ("y", SVGWriter.px(xMid.y + xLabelAt.1 + 4)), ("text-anchor", "middle"),
                ], text: panel.x.label)
        }
        if !panel.y.label.isEmpty {
            w.element(
                "text",
                [
                    ("class", "bf-l"), ("x", SVGWriter.px(yMid.x + yLabelAt.0)),
                    ("y", SVGWriter.px(yMid.y + yLabelAt.1 + 4)), ("text-anchor", "middle"),
                ], text: panel.y.label)
        }
        if !surface.zLabel.isEmpty {
            w.element(
                "text",
                [
                    ("class", "bf-l"), ("x", SVGWriter.px(zt.x)), ("y", SVGWriter.px(zt.y - 10)),
                    ("text-anchor", "middle"),
                ], text: surface.zLabel)
        }

        // Paths on top.
        var summary = [
            panel.title.isEmpty ? "" : "「\(panel.title)」。",
            "三维曲面（\(surface.colormap.name)）：\(nx)×\(ny) 网格，高度从 \(PanelRenderer.short(zLo)) 到 \(PanelRenderer.short(zRange.upperBound))。",
        ]
        var legendRows: [(String, [(String, String)])] = []
        for (m, path) in surface.paths.enumerated() {
            let color = PanelRenderer.attributes(path.color ?? .palette(m))
            let pts = path.points.filter { $0.x.isFinite && $0.y.isFinite && $0.z.isFinite }
            guard pts.count >= 1 else { continue }
            let projected = pts.map { p -> P in
                let s = project(p.x, p.y, max(zLo, min(zHi, p.z)))
                return (s.x, s.y)
            }
            w.open("g", color)
            let line = PathData.polyline(projected)
            w.empty(
                "path",
                [
                    ("class", "bf-pstroke"), ("d", line.text), ("fill", "none"), ("stroke-width", "3.2"),
                    ("stroke-linejoin", "round"), ("stroke-opacity", ".9"),
                ])
            w.empty(
                "path",
                [
                    ("d", line.text), ("fill", "none"), ("stroke", "currentColor"), ("stroke-width", "1.7"),
                    ("stroke-linejoin", "round"),
                ])
            var start = ""
            var end = ""
            MarkerShape.append(.circle, x: projected[0].0, y: projected[0].1, size: 8, to: &start)
            MarkerShape.append(
                .star, x: projected[projected.count - 1].0, y: projected[projected.count - 1].1, size: 10, to: &end)
            w.empty("path", [("d", start), ("class", "bf-paper"), ("stroke", "currentColor"), ("stroke-width", "1.6")])
            w.empty("path", [("d", end), ("fill", "currentColor"), ("class", "bf-pstroke"), ("stroke-width", ".8")])
            w.close("g")
            if let label = path.label { legendRows.append((label, color)) }
            summary.append(
                "路径\(path.label.map { "「\($0)」" } ?? "")：\(path.points.count) 个点，从 (\(PanelRenderer.short(pts[0].x)), \(PanelRenderer.short(pts[0].y))) 到 (\(PanelRenderer.short(pts[pts.count - 1].x)), \(PanelRenderer.short(pts[pts.count - 1].y)))。"
            )
        }
        if !legendRows.isEmpty && panel.legend != .none {
            let textWidth = legendRows.map { TextMetrics.width($0.0, fontSize: 11) }.max() ?? 0
            let bw = 14 + 22 + 6 + textWidth
            let bh = 14 + 17 * Double(legendRows.count) - 4
            let bx = width - bw - 8
            let by = top - 6
            w.empty(
                "rect",
                [
                    ("class", "bf-paper bf-ax"), ("x", SVGWriter.px(bx)), ("y", SVGWriter.px(by)),
                    ("width", SVGWriter.px(bw)), ("height", SVGWriter.px(bh)), ("rx", "3"), ("fill-opacity", ".88"),
                    ("stroke-opacity", ".25"), ("stroke-width", ".8"),
                ])
            for (r, row) in legendRows.enumerated() {
                let cy = by + 7 + 17 * Double(r) + 5
                w.open("g", row.1)
                w.empty(
                    "path",
                    [
                        ("d", PathData.polyline([(bx + 7, cy), (bx + 29, cy)]).text), ("stroke", "currentColor"),
                        ("stroke-width", "1.7"),
                    ])
                w.close("g")
                w.element("text", [("x", SVGWriter.px(bx + 35)), ("y", SVGWriter.px(cy + 3.9))], text: row.0)
            }
        }
        if !panel.title.isEmpty {
            w.element(
                "text", [("class", "bf-t"), ("x", SVGWriter.px(width / 2)), ("y", "22"), ("text-anchor", "middle")],
                text: panel.title)
        }
        return PanelOutput(body: w.out, summary: summary.joined())
    }
}
