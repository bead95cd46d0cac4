import BookFigures
import Foundation
import Testing

/// Builds the gallery of every series type and checks that its sections are well-formed XML with
/// ids unique across the whole page; when `BOOKGEN_GALLERY` names a directory it also writes
/// `gallery.html` and one `section-N.html` per section there.
///
/// Run: `BOOKGEN_GALLERY=/tmp/gallery swift test --filter GalleryTests`.
@Suite struct GalleryTests {
    @Test func buildGallery() throws {
        var body = ""
        let sections: [(String, () throws -> String)] = [
            ("轨迹与等高线（2×2）", { try SampleFigures.optimizerGrid().html() }),
            ("填色等高图与色条", { try SampleFigures.filledRosenbrock().html() }),
            ("曲线、对数轴、参考线", { try SampleFigures.lossCurves().html() }),
            ("散点、直方图、柱状图、注释", { try SampleFigures.scatterMarkers().html() }),
            ("色图 viridis / plasma / coolwarm", { try SampleFigures.colormaps().html() }),
            ("等高线标注", { try SampleFigures.labelledContours().html() }),
            ("三维曲面", { try SampleFigures.surface().html() }),
            ("发散：截断于边框", { try SampleFigures.diverging().html() }),
            ("动画", { try SampleFigures.animated().html() }),
            ("变体：学习率选择（无 JavaScript）", { try SampleFigures.variants().html() }),
            (
                "单个 SVG（svg() 输出）",
                {
                    var figure = SampleFigures.optimizerGrid()
                    figure.id = "opt-grid-svg"
                    return try figure.svg()
                }
            ),
            (
                "粗网格（12×12）的填色等高线",
                {
                    let grid = try ScalarGrid(x: -2...2, y: -2...2, nx: 12, ny: 12) { x, y in
                        Foundation.sin(1.5 * x) * Foundation.cos(1.2 * y) + 0.2 * x * x
                    }
                    return try Figure(
                        id: "coarse", title: "粗网格",
                        panels: [
                            Panel(
                                title: "12×12 网格", x: Axis("x"), y: Axis("y"), equalAspect: true,
                                series: [.filledContour(grid, levels: .automatic(10), colorbar: "f")])
                        ]
                    ).html()
                }
            ),
        ]
        var parts: [String] = []
        var ids: [String] = []
        for (title, make) in sections {
            let section = "<section><h2>\(title)</h2>\n\(try make())\n</section>\n"
            let (error, check) = XMLCheck.parse(section)
            #expect(error == nil, "\(title): \(error ?? "")")
            ids += check.attributes.compactMap { $0["id"] }
            parts.append(section)
            body += section
        }
        #expect(Set(ids).count == ids.count, "ids repeat across the gallery page")
        guard let dir = ProcessInfo.processInfo.environment["BOOKGEN_GALLERY"] else { return }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        // One page per section too, for screenshots of a manageable height.
        for (k, part) in parts.enumerated() {
            try Self.page(part).write(toFile: dir + "/section-\(k + 1).html", atomically: true, encoding: .utf8)
        }
        try Self.page(body).write(toFile: dir + "/gallery.html", atomically: true, encoding: .utf8)
    }

    static func page(_ body: String) -> String {
        """
        <!doctype html>
        <html lang="zh-CN"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>BookFigures gallery</title>
        <style>
        :root{color-scheme:light dark;--bf-paper:#fff}
        body{margin:0 auto;max-width:880px;padding:16px;font-family:system-ui,"Noto Sans CJK SC",sans-serif;background:#fff;color:#1f2328}
        @media (prefers-color-scheme:dark){:root{--bf-paper:#16181d}body{background:#16181d;color:#d8dde3}}
        h2{font-size:1.05rem;margin:2rem 0 .5rem}
        svg.bf-figure{max-width:100%;height:auto}
        </style></head><body><h1>BookFigures gallery</h1>
        \(body)</body></html>
        """
    }
}
