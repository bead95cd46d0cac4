import BookFigures
import Foundation
import Testing

/// Byte-for-byte comparison with `Golden/<name>` (`.svg` for figures, `.html` for the variants fragment).
///
/// To regenerate after an intended change: `BOOKGEN_UPDATE_GOLDEN=1 swift test --filter GoldenTests`,
/// then review the diff (and the gallery) before committing.
@Suite struct GoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let cases: [(String, @Sendable () throws -> String)] = [
        ("optimizer-grid.svg", { try SampleFigures.optimizerGrid(animate: true).svg() }),
        ("loss-curves.svg", { try SampleFigures.lossCurves().svg() }),
        ("diverging.svg", { try SampleFigures.diverging().svg() }),
        (
            "small-surface.svg",
            {
                let grid = try ScalarGrid(x: -2...2, y: -2...2, nx: 12, ny: 12) { x, y in x * x - y * y }
                return try Figure(
                    id: "small-surface", title: "鞍面",
                    panels: [
                        Panel(
                            title: "x² − y²",
                            surface: Surface(
                                grid, colormap: .coolwarm,
                                paths: [
                                    .init(
                                        [Point3(1.5, 0.2, 2.21), Point3(0.5, 0.1, 0.24), Point3(0, 0, 0)], label: "路径")
                                ], zLabel: "f"))
                    ]
                ).svg()
            }
        ),
        ("variants.html", { try SampleFigures.variants().html() }),
    ]

    @Test(arguments: cases.map(\.0))
    func matchesGolden(name: String) throws {
        let make = try #require(Self.cases.first { $0.0 == name }?.1)
        let output = try make()
        let url = Self.directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["BOOKGEN_UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try output.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        // Report where the bytes part instead of dumping two large documents.
        let same = output == golden
        let firstDifference =
            zip(output.utf8, golden.utf8).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(output.utf8.count, golden.utf8.count)
        #expect(
            same,
            "\(name) differs from its golden file at byte \(firstDifference) (sizes \(output.utf8.count), \(golden.utf8.count)); if intended, regenerate with BOOKGEN_UPDATE_GOLDEN=1"
        )
    }
}
