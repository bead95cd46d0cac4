import BookFigures
import Foundation
import Testing

/// The panels of one figure keep the same plot size when only some of them carry the
/// clipped-data note.
@Suite struct PanelSizeTests {
    @Test func clippedPanelKeepsTheSizeOfItsNeighbours() throws {
        let calm = Series.trajectory(x: [2, 1, 0.5], y: [2, 1, 0.5], label: "收敛")
        let wild = Series.trajectory(x: [2, -3, 8, -40], y: [2, -3, 8, -40], label: "发散")
        let axis = Axis("x", range: -3...3)
        let figure = Figure(
            id: "fig-sizes",
            panels: [
                Panel(title: "a", x: axis, y: Axis("y", range: -3...3), equalAspect: true, series: [calm]),
                Panel(title: "b", x: axis, y: Axis("y", range: -3...3), equalAspect: true, series: [wild]),
            ])
        let html = try figure.html()
        #expect(html.contains(figure.clipNote))
        let pattern = try NSRegularExpression(pattern: #"-clip"><rect ([^/]*)/>"#)
        let rects = pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            String(html[Range($0.range(at: 1), in: html)!])
        }
        #expect(rects.count == 2)
        #expect(Set(rects).count == 1, "\(rects)")
    }
}
