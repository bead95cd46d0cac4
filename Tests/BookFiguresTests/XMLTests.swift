import BookFigures
import Testing

@Suite struct XMLTests {
    static let figures: [(String, Figure)] = [
        ("optimizerGrid", SampleFigures.optimizerGrid(animate: true)),
        ("filledRosenbrock", SampleFigures.filledRosenbrock()),
        ("lossCurves", SampleFigures.lossCurves()),
        ("scatterMarkers", SampleFigures.scatterMarkers()),
        ("colormaps", SampleFigures.colormaps()),
        ("labelledContours", SampleFigures.labelledContours()),
        ("surface", SampleFigures.surface()),
        ("diverging", SampleFigures.diverging()),
        ("animated", SampleFigures.animated()),
    ]

    @Test(arguments: figures.map(\.0))
    func svgParsesAsXML(name: String) throws {
        let figure = try #require(Self.figures.first { $0.0 == name }?.1)
        let svg = try figure.svg()
        let (error, check) = XMLCheck.parse(svg)
        #expect(error == nil, "\(name): \(error ?? "")")
        #expect(check.elements.first == "svg")
        #expect(check.attributes.first?["role"] == "img")
        #expect(check.elements.contains("title"))
        #expect(check.elements.contains("desc"))
        // Ids are unique and carry the figure's prefix.
        let ids = check.attributes.compactMap { $0["id"] }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix(figure.id) })
    }

    @Test(arguments: figures.map(\.0))
    func htmlParsesAsXML(name: String) throws {
        let figure = try #require(Self.figures.first { $0.0 == name }?.1)
        let html = try figure.html()
        let (error, check) = XMLCheck.parse(html)
        #expect(error == nil, "\(name): \(error ?? "")")
        #expect(check.elements.filter { $0 == "svg" }.count == figure.panels.count)
    }

    @Test func variantsParseAsXML() throws {
        let html = try SampleFigures.variants().html()
        let (error, check) = XMLCheck.parse(html)
        #expect(error == nil, "\(error ?? "")")
        let inputs = check.attributes.enumerated().filter { check.elements[$0.offset] == "input" }.map(\.element)
        #expect(inputs.count == 5)
        #expect(inputs.filter { $0["checked"] != nil }.map { $0["id"] } == ["lr-slider-v2-in"])
        #expect(!html.contains("<script"))
        // Every variant gets a rule that shows it when its input is checked.
        for k in 0..<5 { #expect(html.contains("#lr-slider-v\(k)-in:checked~.bf-views>.bf-view-\(k){display:block}")) }
        let ids = check.attributes.compactMap { $0["id"] }
        #expect(Set(ids).count == ids.count)
    }

    @Test func rendersAreDeterministic() throws {
        for (_, figure) in Self.figures {
            #expect(try figure.svg() == figure.svg())
        }
    }
}
