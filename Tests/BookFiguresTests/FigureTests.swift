import BookFigures
import Foundation
import Testing

@Suite struct FigureTests {
    @Test func twoByTwoContourGridStaysUnder80KB() throws {
        let svg = try SampleFigures.optimizerGrid(animate: true).svg()
        #expect(svg.utf8.count < 80_000, "2×2 contour + trajectory grid is \(svg.utf8.count) bytes")
        let html = try SampleFigures.optimizerGrid(animate: true).html()
        #expect(html.utf8.count < 80_000, "HTML form is \(html.utf8.count) bytes")
    }

    @Test func coordinatesAreRoundedToATenthOfAPixel() throws {
        let svg = try SampleFigures.optimizerGrid().svg()
        // No number in the markup carries more than 4 decimals (keyTimes use 4; coordinates 1).
        var digitsAfterPoint = 0
        var inFraction = false
        var longest = 0
        for c in svg.unicodeScalars {
            if c == "." {
                inFraction = true
                digitsAfterPoint = 0
                continue
            }
            if inFraction && ("0"..."9").contains(c) {
                digitsAfterPoint += 1
                longest = max(longest, digitsAfterPoint)
            } else {
                inFraction = false
            }
        }
        #expect(longest <= 4)
    }

    @Test func divergingRunIsClippedWithMarkAndNote() throws {
        let figure = SampleFigures.diverging()
        let svg = try figure.svg()
        #expect(svg.contains(figure.clipNote))
        #expect(svg.contains("已在边框处截断") || svg.contains("截断"))
        // Every path coordinate stays near the panels (no 1e308 stretched into the drawing).
        let (error, check) = XMLCheck.parse(svg)
        #expect(error == nil)
        for attributes in check.attributes {
            guard let d = attributes["d"] else { continue }
            #expect(!d.contains("e"), "exponent in path data: \(d.prefix(60))")
            let absolute = d.split(separator: "M").compactMap {
                $0.split(whereSeparator: { $0 == " " || $0 == "l" || $0 == "-" }).first
            }.compactMap { Double($0) }
            #expect(absolute.allSatisfy { $0 <= 2 * figure.panelWidth + 20 }, "\(d.prefix(80))")
        }
        // The log-loss axis keeps its explicit range rather than growing to the overflow.
        #expect(svg.contains("10⁴") || svg.contains("1000"))
    }

    @Test func automaticRangeIgnoresADivergedTail() throws {
        let blowUp = (0..<50).map { Foundation.pow(3.0, Double($0)) }  // reaches 2e23
        let figure = Figure(id: "blow", panels: [Panel(series: [.line(blowUp, label: "loss")])])
        let svg = try figure.svg()
        #expect(svg.contains("▲"))
        // No tick label reaches the overflow; the summary still reports the true end value.
        #expect(!svg.contains("10²³</text>") && !svg.contains("10²²</text>") && !svg.contains("10²¹</text>"))
        #expect(svg.contains("2.39×10²³"))
    }

    @Test func animationLoopsAndStopsForReducedMotion() throws {
        let svg = try SampleFigures.animated().svg()
        #expect(svg.contains("<animateMotion"))
        #expect(svg.contains("repeatCount=\"indefinite\""))
        #expect(svg.contains("@media (prefers-reduced-motion:reduce){#anim .bf-anim{display:none}}"))
        #expect(svg.contains("<g class=\"bf-anim\">"))
    }

    @Test func themeColoursUseCurrentColorAndDarkPalette() throws {
        let svg = try SampleFigures.lossCurves().svg()
        #expect(svg.contains("@media (prefers-color-scheme:dark){"))
        #expect(svg.contains("fill:currentColor"))
        #expect(svg.contains("Noto Sans CJK SC"))
        #expect(svg.contains("var(--bf-paper,Canvas)"))
    }

    @Test func legendAvoidsTheData() throws {
        // Data fills the upper right corner; the legend must go elsewhere.
        let x = (0...40).map { 0.6 + 0.4 * Double($0) / 40 }
        let y = x.map { _ in 0.95 }
        let figure = Figure(
            id: "leg",
            panels: [
                Panel(
                    x: Axis(range: 0...1), y: Axis(range: 0...1),
                    series: [
                        .scatter(x: x, y: y, label: "上方右侧的数据"),
                        .line(x: [0.6, 1], y: [0.8, 0.8], label: "另一条线"),
                    ])
            ])
        let (error, check) = XMLCheck.parse(try figure.svg())
        #expect(error == nil)
        let legendIndex = try #require(check.attributes.firstIndex { $0["class"] == "bf-legend" })
        let box = check.attributes[legendIndex + 1]
        let bx = try #require(Double(box["x"] ?? ""))
        let by = try #require(Double(box["y"] ?? ""))
        // Panel is 480×360; the upper right quarter holds the data.
        #expect(bx < 240 || by > 180, "legend at (\(bx), \(by))")
    }

    @Test func errorsArePositioned() throws {
        let bad = Figure(
            id: "bad",
            panels: [
                Panel(series: [.line([1, 2, 3])]),
                Panel(series: [.line([1]), .scatter(x: [1, 2], y: [1])]),
            ])
        #expect(throws: FigureError(.lengthMismatch(x: 2, y: 1), panel: 1, series: 1)) { try bad.svg() }
        let error = FigureError(.lengthMismatch(x: 2, y: 1), panel: 1, series: 1)
        #expect(error.description == "panel 2, series 2: x has 2 values but y has 1; give both the same length")

        let badID = Figure(id: "fig 1", panels: [Panel()])
        #expect(throws: FigureError(.invalidID("fig 1"), index: 3)) { try badID.svg() }

        #expect(throws: FigureError(.gridShape(expected: 4, got: 3))) {
            try ScalarGrid(xs: [0, 1], ys: [0, 1], values: [1, 2, 3])
        }
        #expect(throws: FigureError(.gridAxis(axis: "x", reason: "positions must increase strictly"), index: 2)) {
            try ScalarGrid(xs: [0, 1, 1], ys: [0, 1], values: [1, 2, 3, 4, 5, 6])
        }
        let logBad = Figure(id: "log", panels: [Panel(y: Axis(scale: .log, range: 0...1), series: [.line([1, 2])])])
        #expect(
            throws: FigureError(.invalidRange(axis: "y", reason: "a log axis needs a positive lower bound"), panel: 0)
        ) { try logBad.svg() }
        let variants = FigureVariants(id: "v", prompt: "", variants: [], defaultIndex: 0)
        #expect(throws: FigureError(.empty("variants of 'v'"))) { try variants.html() }
    }

    @Test func nonFiniteDataNeverCrashes() throws {
        let values: [Double] = [1, .nan, 3, .infinity, -.infinity, 2, .greatestFiniteMagnitude]
        let grid = try ScalarGrid(xs: [0, 1, 2], ys: [0, 1, 2], values: [1, .nan, 2, 3, .infinity, 1, 0, 1, 2])
        let figure = Figure(
            id: "nan",
            panels: [
                Panel(series: [
                    .line(values), .scatter(x: values, y: values.reversed()), .trajectory(x: values, y: values),
                    .histogram(values), .bars(x: values, heights: values),
                ]),
                Panel(series: [.contour(grid, labels: true), .filledContour(grid), .heatmap(grid)]),
                Panel(y: Axis(scale: .log), series: [.line([0, -1, 1e-300, 1, .nan])]),
                Panel(series: []),
            ])
        let svg = try figure.svg()
        #expect(XMLCheck.parse(svg).error == nil)
    }

    @Test func degenerateInputsRender() throws {
        let flat = try ScalarGrid(xs: [0, 1], ys: [0, 1], values: [2, 2, 2, 2])
        let figure = Figure(
            id: "edge",
            panels: [
                Panel(series: [.line([]), .trajectory(x: [1], y: [1], animate: true), .scatter(x: [], y: [])]),
                Panel(series: [.histogram([3, 3, 3], bins: 4), .bars(x: [5], heights: [-2])]),
                Panel(series: [.contour(flat, labels: true), .filledContour(flat), .heatmap(flat)]),
                Panel(x: Axis(scale: .log), y: Axis(scale: .log), series: [.line(x: [-1, -2], y: [-3, -4])]),
                Panel(title: "平面", surface: Surface(flat, paths: [.init([Point3(0.5, 0.5, 2)])])),
            ])
        let svg = try figure.svg()
        #expect(XMLCheck.parse(svg).error == nil)
        #expect(XMLCheck.parse(try figure.html()).error == nil)
        let noFinite = try ScalarGrid(xs: [0, 1], ys: [0, 1], values: [.nan, .nan, .nan, .nan])
        #expect(throws: FigureError.self) { try Figure(id: "s", panels: [Panel(surface: Surface(noFinite))]).svg() }
    }

    @Test func colormapsMatchTheirPublishedDefinitions() {
        func rgb255(_ c: RGB) -> [Int] { [c.red, c.green, c.blue].map { Int(($0 * 255).rounded()) } }
        // matplotlib's _cm_listed.py end points and midpoints (#440154, #21918c, #fde725).
        #expect(Colormap.viridis.color(at: 0).hex == "#440154")
        #expect(Colormap.viridis.color(at: 1).hex == "#fde725")
        #expect(rgb255(Colormap.viridis.color(at: 0.5)).elementsEqual([33, 145, 140], by: { abs($0 - $1) <= 1 }))
        #expect(Colormap.plasma.color(at: 0).hex == "#0d0887")
        #expect(Colormap.plasma.color(at: 1).hex == "#f0f921")
        // Moreland's end points, and a near-white centre (his table gives 221, 221, 221).
        #expect(rgb255(Colormap.coolwarm.color(at: 0)).elementsEqual([59, 76, 192], by: { abs($0 - $1) <= 1 }))
        #expect(rgb255(Colormap.coolwarm.color(at: 1)).elementsEqual([180, 4, 38], by: { abs($0 - $1) <= 1 }))
        #expect(
            rgb255(Colormap.coolwarm.color(at: 0.5)).allSatisfy { abs($0 - 221) <= 3 },
            "\(rgb255(Colormap.coolwarm.color(at: 0.5)))")
        // Lightness rises monotonically through viridis (perceptually ordered).
        var last = -1.0
        for k in 0...50 {
            let c = Colormap.viridis.color(at: Double(k) / 50)
            let luma = 0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue
            #expect(luma > last)
            last = luma
        }
    }

    @Test func paletteIsDistinctInBothThemes() {
        #expect(Palette.light.count == Palette.dark.count)
        #expect(Set(Palette.light.map(\.hex)).count == Palette.count)
        #expect(Set(Palette.dark.map(\.hex)).count == Palette.count)
        #expect(Palette.light[0].hex == "#0072b2")  // Okabe–Ito blue
    }
}
