import BookSite
import BookTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Builds `Fixtures/plot-gallery`, a chapter with one experiment for every plot kind, with the
/// real templates, and checks that every figure is drawn and well-formed.
@Suite struct PlotGalleryFixtureTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private func fileSystem() throws -> InMemoryFileSystem {
        var files: [String: String] = [:]
        let fixture = Self.repository.appendingPathComponent("Tests/BookSiteTests/Fixtures/plot-gallery")
        for name in ["book.yml", "plots.md"] {
            files["content/" + name] = try String(contentsOf: fixture.appendingPathComponent(name), encoding: .utf8)
        }
        let templates = Self.repository.appendingPathComponent("templates")
        for name in try FileManager.default.contentsOfDirectory(atPath: templates.path)
        where name.hasSuffix(".mustache") {
            files["templates/" + name] = try String(contentsOf: templates.appendingPathComponent(name), encoding: .utf8)
        }
        return InMemoryFileSystem(files)
    }

    @Test func everyPlotKindIsDrawn() throws {
        let book = try BookBuilder(
            fileSystem: try fileSystem(), contentDirectory: "content", templatesDirectory: "templates"
        ).build()
        let page = String(decoding: book.files.first { $0.path == "plots.html" }!.contents, as: UTF8.self)
        let ids = [
            "contour", "contour-separate", "curve", "loss", "surface", "schedule", "regression", "clusters", "dbscan",
            "scatter", "histogram", "training", "activation", "slider",
        ]
        #expect(book.figureCount == ids.count)
        for (index, id) in ids.enumerated() {
            #expect(page.contains("<figure class=\"experiment\" id=\"fig-\(id)\">"), "fig-\(id)")
            #expect(page.contains("<span class=\"figure-number\">图 1.\(index + 1)</span>"))
            #expect(book.files.contains { $0.path == "data/fig-\(id).csv" })
        }
        #expect(page.contains("<animateMotion"))
        #expect(page.contains("type=\"radio\""))
        // Every figure is well-formed XML.
        for figure in page.components(separatedBy: "<figure ").dropFirst() {
            let markup = "<figure " + figure.components(separatedBy: "</figure>")[0] + "</figure>"
            let parser = XMLParser(data: Data(markup.utf8))
            #expect(parser.parse(), "\(markup.prefix(80))")
        }
    }
}
