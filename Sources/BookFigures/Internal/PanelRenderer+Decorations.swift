extension PanelRenderer {
    func drawAxes(xTicks: [Tick], yTicks: [Tick]) {
        var marks = PathData()
        for t in xTicks {
            let x = frame.px(t.value)
            marks.move(x, frame.bottom)
            marks.line(x, frame.bottom + Self.tickLength)
        }
        for t in yTicks {
            let y = frame.py(t.value)
            marks.move(frame.left, y)
            marks.line(frame.left - Self.tickLength, y)
        }
        w.empty(
            "rect",
            [
                ("class", "bf-ax"), ("x", SVGWriter.px(frame.left)), ("y", SVGWriter.px(frame.top)),
                ("width", SVGWriter.px(frame.width)), ("height", SVGWriter.px(frame.height)), ("stroke-width", ".8"),
            ])
        if !marks.isEmpty { w.empty("path", [("class", "bf-ax"), ("d", marks.text), ("stroke-width", ".8")]) }
        // Tick labels; x labels that would overlap their left neighbour are skipped.
        w.open("g", [("class", "bf-k"), ("text-anchor", "middle")])
        var lastRight = -Double.infinity
        let baseline = frame.bottom + Self.tickLength + 3 + Self.tickFont * 0.8
        for t in xTicks {
            let x = frame.px(t.value)
            let half = TextMetrics.width(t.label, fontSize: Self.tickRoomFont) / 2
            if x - half < lastRight + 4 { continue }
            w.element("text", [("x", SVGWriter.px(x)), ("y", SVGWriter.px(baseline))], text: t.label)
            lastRight = x + half
        }
        w.close("g")
        w.open("g", [("class", "bf-k"), ("text-anchor", "end")])
        var lastTop = Double.infinity
        for t in yTicks {
            let y = frame.py(t.value)
            if y + Self.tickFont / 2 > lastTop - 1 { continue }
            w.element(
                "text",
                [("x", SVGWriter.px(frame.left - Self.tickLength - 3)), ("y", SVGWriter.px(y + Self.tickFont * 0.35))],
                text: t.label)
            lastTop = y - Self.tickFont / 2
        }
        w.close("g")
        if !panel.x.label.isEmpty {
            w.element(
                "text",
                [
                    ("class", "bf-l"), ("x", SVGWriter.px(frame.left + frame.width / 2)),
                    ("y", SVGWriter.px(baseline + 6 + Self.labelFont)), ("text-anchor", "middle"),
                ], text: panel.x.label)
        }
        if !panel.y.label.isEmpty {
            let yLabelWidth = yTicks.map { TextMetrics.width($0.label, fontSize: Self.tickRoomFont) }.max() ?? 0
            let x = frame.left - Self.tickLength - 3 - yLabelWidth - 6 - Self.labelFont * 0.3
            let y = frame.top + frame.height / 2
            w.element(
                "text",
                [
                    ("class", "bf-l"), ("x", SVGWriter.px(x)), ("y", SVGWriter.px(y)), ("text-anchor", "middle"),
                    ("transform", "rotate(-90 \(SVGWriter.px(x)) \(SVGWriter.px(y)))"),
                ], text: panel.y.label)
        }
        if !panel.title.isEmpty {
            w.element(
                "text",
                [
                    ("class", "bf-t"), ("x", SVGWriter.px(frame.left + frame.width / 2)),
                    ("y", SVGWriter.px(frame.top - 10)), ("text-anchor", "middle"),
                ], text: panel.title)
        }
    }

    func drawClipMarks(note: Bool) {
        guard !clipMarks.isEmpty || note else { return }
        // Group marks by colour and merge marks closer than 3 px.
        var kept: [(x: Double, y: Double, dx: Double, dy: Double, color: [(String, String)])] = []
        for m in clipMarks where !kept.contains(where: { abs($0.x - m.x) + abs($0.y - m.y) < 3 }) { kept.append(m) }
        for m in kept {
            let len = (m.dx * m.dx + m.dy * m.dy).squareRoot()
            let (ux, uy) = len > 0 ? (m.dx / len, m.dy / len) : (0.0, -1.0)
            let d = Self.arrowHead(
                from: (m.x - ux, m.y - uy), to: (m.x + ux * 2, m.y + uy * 2), size: 4.5, tipAtEnd: true)
            w.empty(
                "path",
                m.color.filter { $0.0 != "class" } + [
                    ("class", colorClass(m.color) + "bf-pstroke"), ("d", d), ("fill", "currentColor"),
                    ("stroke-width", ".8"),
                ])
        }
        if note {
            w.element(
                "text", [("class", "bf-s"), ("x", SVGWriter.px(frame.left)), ("y", SVGWriter.px(height - 6))],
                text: clipNote)
            summary.append("部分数据超出坐标范围，在边框处截断并以三角标记。")
        }
    }

    func drawAnnotations() {
        for annotation in panel.annotations {
            switch annotation {
            case .text(let text, let at, let anchor):
                let x = frame.px(at.x)
                let y = frame.py(at.y)
                guard x.isFinite, y.isFinite else { continue }
                w.element(
                    "text",
                    [
                        ("class", "bf-halo"), ("x", SVGWriter.px(x)), ("y", SVGWriter.px(y)),
                        ("text-anchor", anchor.rawValue),
                    ], text: text)
                summary.append("注：\(text)。")
            case .arrow(let from, let to, let text):
                let a = (frame.px(from.x), frame.py(from.y))
                let b = (frame.px(to.x), frame.py(to.y))
                guard a.0.isFinite, a.1.isFinite, b.0.isFinite, b.1.isFinite else { continue }
                let dx = b.0 - a.0
                let dy = b.1 - a.1
                let len = (dx * dx + dy * dy).squareRoot()
                guard len > 1 else { continue }
                let shaft = (b.0 - dx / len * 6, b.1 - dy / len * 6)
                w.empty(
                    "path",
                    [
                        ("d", PathData.polyline([a, shaft]).text), ("fill", "none"), ("stroke", "currentColor"),
                        ("stroke-width", "1.1"),
                    ])
                w.empty(
                    "path", [("d", Self.arrowHead(from: a, to: b, size: 4, tipAtEnd: true)), ("fill", "currentColor")])
                if let text {
                    let anchor = dx > 0 ? "end" : "start"
                    let tx = a.0 - dx / len * 4
                    let ty = a.1 - dy / len * 4 + 4
                    w.element(
                        "text",
                        [
                            ("class", "bf-halo"), ("x", SVGWriter.px(tx)), ("y", SVGWriter.px(ty)),
                            ("text-anchor", anchor),
                        ], text: text)
                    summary.append("注：\(text)。")
                }
            }
        }
    }

    /// Colour bar ticks as (fraction from the bottom, label).
    func colorbarTicks(_ bar: (colormap: Colormap, levels: [Double]?, range: ClosedRange<Double>, label: String)) -> [(
        Double, String
    )] {
        if let levels = bar.levels {
            guard !levels.isEmpty else { return [] }
            let labels = Self.levelLabels(levels)
            let bands = Double(levels.count + 1)
            let every = max(1, (levels.count + 7) / 8)
            return levels.indices.filter { $0 % every == 0 }.map { (Double($0 + 1) / bands, labels[$0]) }
        }
        let (values, step) = Ticks.linear(bar.range, maxCount: 6)
        let labels = Ticks.labels(values, step: step)
        let span = bar.range.upperBound - bar.range.lowerBound
        return zip(values, labels).map { ((($0 - bar.range.lowerBound) / span), $1) }
    }

    func drawColorbar() {
        guard let bar = colorbar else { return }
        let x = frame.right + 12
        let barWidth = 11.0
        let top = frame.top
        let h = frame.height
        if let levels = bar.levels {
            let bands = levels.count + 1
            for k in 0..<bands {
                let t = bands == 1 ? 0.5 : Double(k) / Double(bands - 1)
                let y0 = top + h * (1 - Double(k + 1) / Double(bands))
                let y1 = top + h * (1 - Double(k) / Double(bands))
                w.empty(
                    "rect",
                    [
                        ("x", SVGWriter.px(x)), ("y", SVGWriter.px(y0)), ("width", SVGWriter.px(barWidth)),
                        ("height", SVGWriter.px(y1 - y0 + 0.3)), ("fill", bar.colormap.color(at: t).hex),
                    ])
            }
        } else {
            let gid = "\(prefix)-cb"
            w.open("linearGradient", [("id", gid), ("x1", "0"), ("y1", "1"), ("x2", "0"), ("y2", "0")])
            for a in bar.colormap.anchors {
                w.empty("stop", [("offset", NumberFormat.fixed(a.position, decimals: 4)), ("stop-color", a.color.hex)])
            }
            w.close("linearGradient")
            w.empty(
                "rect",
                [
                    ("x", SVGWriter.px(x)), ("y", SVGWriter.px(top)), ("width", SVGWriter.px(barWidth)),
                    ("height", SVGWriter.px(h)), ("fill", "url(#\(gid))"),
                ])
        }
        w.empty(
            "rect",
            [
                ("class", "bf-ax"), ("x", SVGWriter.px(x)), ("y", SVGWriter.px(top)), ("width", SVGWriter.px(barWidth)),
                ("height", SVGWriter.px(h)), ("stroke-width", ".8"),
            ])
        var marks = PathData()
        var labelsWidth = 0.0
        w.open("g", [("class", "bf-k"), ("text-anchor", "start")])
        for (f, label) in colorbarTicks(bar) {
            let y = top + h * (1 - f)
            marks.move(x + barWidth, y)
            marks.line(x + barWidth + Self.tickLength, y)
            w.element(
                "text",
                [
                    ("x", SVGWriter.px(x + barWidth + Self.tickLength + 3)),
                    ("y", SVGWriter.px(y + Self.tickFont * 0.35)),
                ], text: label)
            labelsWidth = max(labelsWidth, TextMetrics.width(label, fontSize: Self.tickRoomFont))
        }
        w.close("g")
        if !marks.isEmpty { w.empty("path", [("class", "bf-ax"), ("d", marks.text), ("stroke-width", ".8")]) }
        if !bar.label.isEmpty {
            let lx = x + barWidth + Self.tickLength + 3 + labelsWidth + 6 + Self.labelFont * 0.7
            let ly = top + h / 2
            w.element(
                "text",
                [
                    ("class", "bf-l"), ("x", SVGWriter.px(lx)), ("y", SVGWriter.px(ly)), ("text-anchor", "middle"),
                    ("transform", "rotate(-90 \(SVGWriter.px(lx)) \(SVGWriter.px(ly)))"),
                ], text: bar.label)
        }
    }

    func drawLegend() {
        guard !legend.isEmpty, panel.legend != .none else { return }
        let rowHeight = 17.0
        let glyphWidth = 22.0
        let pad = 7.0
        let textWidth = legend.map { TextMetrics.width($0.label, fontSize: Self.tickFont) }.max() ?? 0
        let boxWidth = pad * 2 + glyphWidth + 6 + textWidth
        let boxHeight = pad * 2 + rowHeight * Double(legend.count) - 4
        let inset = 6.0
        let corners: [(Panel.LegendPosition, Double, Double)] = [
            (.topRight, frame.right - inset - boxWidth, frame.top + inset),
            (.topLeft, frame.left + inset, frame.top + inset),
            (.bottomRight, frame.right - inset - boxWidth, frame.bottom - inset - boxHeight),
            (.bottomLeft, frame.left + inset, frame.bottom - inset - boxHeight),
        ]
        var chosen = corners[0]
        if legendOutside {
            var x = frame.right + 10
            if colorbar != nil { x = width - boxWidth - 4 }
            chosen = (.topRight, x, frame.top)
        } else if panel.legend == .automatic {
            var best = Int.max
            for c in corners {
                let count = occupied.reduce(0) { n, p in
                    n
                        + (p.0 >= c.1 - 3 && p.0 <= c.1 + boxWidth + 3 && p.1 >= c.2 - 3 && p.1 <= c.2 + boxHeight + 3
                            ? 1 : 0)
                }
                if count < best {
                    best = count
                    chosen = c
                }
            }
            if best > 0 { wantsOutsideLegend = true }
        } else if let c = corners.first(where: { $0.0 == panel.legend }) {
            chosen = c
        }
        let bx = chosen.1
        let by = chosen.2
        w.open("g", [("class", "bf-legend")])
        w.empty(
            "rect",
            [
                ("class", "bf-paper bf-ax"), ("x", SVGWriter.px(bx)), ("y", SVGWriter.px(by)),
                ("width", SVGWriter.px(boxWidth)), ("height", SVGWriter.px(boxHeight)), ("rx", "3"),
                ("fill-opacity", ".88"), ("stroke-opacity", ".25"), ("stroke-width", ".8"),
            ])
        for (k, entry) in legend.enumerated() {
            let cy = by + pad + rowHeight * Double(k) + 5
            let gx = bx + pad
            w.open("g", entry.colorAttributes)
            switch entry.glyph {
            case .line(let dash, let width):
                var attrs = [
                    ("d", PathData.polyline([(gx, cy), (gx + glyphWidth, cy)]).text), ("stroke", "currentColor"),
                    ("stroke-width", NumberFormat.fixed(max(1.2, width), decimals: 2)), ("fill", "none"),
                ]
                if let d = Self.dashArray(dash, width: max(1.2, width)) {
                    attrs.append(("stroke-dasharray", d))
                    attrs.append(("stroke-linecap", "round"))
                }
                w.empty("path", attrs)
            case .marker(let marker):
                var d = ""
                MarkerShape.append(marker, x: gx + glyphWidth / 2, y: cy, size: 7, to: &d)
                w.empty(
                    "path",
                    marker == .cross
                        ? [("d", d), ("stroke", "currentColor"), ("stroke-width", "1.5"), ("fill", "none")]
                        : [("d", d), ("fill", "currentColor")])
            case .trajectory:
                w.empty(
                    "path",
                    [
                        ("d", PathData.polyline([(gx, cy), (gx + glyphWidth, cy)]).text), ("stroke", "currentColor"),
                        ("stroke-width", "1.5"),
                    ])
                var d = ""
                MarkerShape.append(.circle, x: gx + glyphWidth / 2, y: cy, size: 3.6, to: &d)
                w.empty("path", [("d", d), ("fill", "currentColor")])
            case .patch:
                w.empty(
                    "rect",
                    [
                        ("x", SVGWriter.px(gx + 4)), ("y", SVGWriter.px(cy - 5)),
                        ("width", SVGWriter.px(glyphWidth - 8)), ("height", "10"), ("fill", "currentColor"),
                        ("fill-opacity", ".8"),
                    ])
            }
            w.close("g")
            w.element(
                "text", [("x", SVGWriter.px(gx + glyphWidth + 6)), ("y", SVGWriter.px(cy + Self.tickFont * 0.35))],
                text: entry.label)
        }
        w.close("g")
    }
}
