import BookSite
import BookTestSupport
import Testing

/// Experiment blocks in chapters: numbered, captioned, anchored figures; cross-references;
/// data files; the cache; and a positioned error for every bad block.
@Suite struct ExperimentBlockTests {
    static let lrSpec = """
        id: lr
        caption: 学习率的比较
        objective: x^2
        start: [5]
        steps: 20
        runs:
          - {lr: 0.1}
          - {lr: 0.5}
        """

    private func book(_ first: String, _ second: String = "# 乙\n\n回看 @fig-lr。\n") -> InMemoryFileSystem {
        SampleBook.fileSystem(overriding: ["content/01-a.md": first, "content/02-b.md": second])
    }

    private func chapter(_ body: String) -> String {
        "# 甲\n\n正文见 @fig-lr。\n\n```experiment\n\(body)\n```\n"
    }

    private func page(_ book: BuiltBook, _ path: String) -> String {
        String(decoding: book.files.first { $0.path == path }?.contents ?? [], as: UTF8.self)
    }

    private func build(_ fileSystem: InMemoryFileSystem, cache: InMemoryFigureCache? = nil) throws -> BuiltBook {
        try BookBuilder(
            fileSystem: fileSystem, contentDirectory: "content", templatesDirectory: "templates", cache: cache
        ).build()
    }

    private func diagnostics(_ fileSystem: InMemoryFileSystem) -> [String] {
        do {
            _ = try build(fileSystem)
            return []
        } catch {
            return (error as? DiagnosticList)?.diagnostics.map(\.description) ?? ["\(error)"]
        }
    }

    @Test func figuresAreNumberedCaptionedAnchoredAndReferencedAcrossChapters() throws {
        let built = try build(
            book(chapter(Self.lrSpec) + "\n```experiment\nobjective: x^2\nstart: [1]\nsteps: 3\n```\n"))
        let first = page(built, "01-a.html")
        #expect(first.contains("<figure class=\"experiment\" id=\"fig-lr\">"))
        #expect(
            first.contains(
                "<figcaption><span class=\"figure-number\">图 1.1</span> 学习率的比较<a class=\"figure-data\" href=\"data/fig-lr.csv\" download=\"\">下载数据</a></figcaption>"
            ))
        #expect(first.contains("正文见 <a class=\"xref\" href=\"01-a.html#fig-lr\">图 1.1</a>。"))
        #expect(first.contains("id=\"fig-1-2\""))
        #expect(first.contains("<span class=\"figure-number\">图 1.2</span>"))
        #expect(first.contains("<svg"))
        #expect(page(built, "02-b.html").contains("回看 <a class=\"xref\" href=\"01-a.html#fig-lr\">图 1.1</a>。"))
        #expect(
            page(built, "data/fig-lr.csv").hasPrefix(
                "run,step,x,loss,grad_norm,lr\r\n\"gd, η = 0.1\",0,5,25,10,0.1\r\n"))
        #expect(built.figureCount == 2)
    }

    @Test func unchangedRebuildComputesNothingAndGivesTheSameBytes() throws {
        let cache = InMemoryFigureCache()
        let fileSystem = book(chapter(Self.lrSpec))
        let cold = try build(fileSystem, cache: cache)
        #expect(cold.computedFigureCount == 1)
        let warm = try build(fileSystem, cache: cache)
        #expect(warm.computedFigureCount == 0)
        #expect(warm.files == cold.files)
        // Formatting and comments do not change the key; a real change does.
        let reformatted = try build(
            book(chapter("# 注释\n" + Self.lrSpec.replacingOccurrences(of: "steps: 20", with: "steps:    20"))),
            cache: cache)
        #expect(reformatted.computedFigureCount == 0)
        let changed = try build(
            book(chapter(Self.lrSpec.replacingOccurrences(of: "steps: 20", with: "steps: 21"))), cache: cache)
        #expect(changed.computedFigureCount == 1)
        #expect(try build(fileSystem).files == cold.files)
    }

    // MARK: - Bad blocks: the chapter's line and column, exit 1 through the build

    static let badBlocks: [(body: String, expected: String)] = [
        ("objective: x^2\nstart: [1\nsteps: 3", "content/01-a.md:8:6: error: invalid YAML"),
        (
            "objective: x^2\nstart: [1]\nsteps: 3\nstepz: 4",
            "content/01-a.md:9:1: error: unknown key 'stepz' in an optimization experiment (did you mean 'steps'?)"
        ),
        (
            "objective: x^2\nstart: [1]\nsteps: 3\noptimizer: adamm",
            "content/01-a.md:9:12: error: unknown optimizer 'adamm' (did you mean 'adam'?)"
        ),
        ("objective: x^2\nstart: [1]\nsteps: 3\nlr: 0", "content/01-a.md:9:5: error: 'lr' must be positive, not 0"),
        (
            "objective: x^2\nstart: [1]\nsteps: 1000000000000",
            "content/01-a.md:8:8: error: 'steps' = 1000000000000 is out of range"
        ),
        ("objective: \"x^2 +* 1\"\nstart: [1]\nsteps: 3", "content/01-a.md:6:18: error: objective does not parse"),
        (
            "objective: x^2\nstart: [1]\nsteps: 3\nplot: contour",
            "content/01-a.md:9:7: error: plot 'contour' needs a 2-D objective"
        ),
        (
            "objective: x^2\nstart: [1]\nsteps: 3\nlr: 0.1\nslider: {param: lrr, values: [0.1, 0.2]}",
            "content/01-a.md:10:17: error: slider over unknown parameter 'lrr' (did you mean 'lr'?)"
        ),
        (
            "id: lr\nobjective: x^2\nstart: [1]\nsteps: 3\nlr: 0.1\nexpect:\n  - {final_loss: \"< 1e-9\"}",
            "content/01-a.md:12:5: error: expect failed: run 1 (gd, η = 0.1): final loss = 0.2621, but the text claims it has final loss < 1e-9"
        ),
    ]

    @Test(arguments: badBlocks)
    func badBlockIsAPositionedError(_ testCase: (body: String, expected: String)) {
        let messages = diagnostics(book("# 甲\n\n正文。\n\n```experiment\n\(testCase.body)\n```\n", "# 乙\n"))
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix(testCase.expected) == true, "\(messages)")
    }

    @Test func unknownReferenceIsPositionedWithASuggestion() {
        let messages = diagnostics(book(chapter(Self.lrSpec), "# 乙\n\n第二行\n见 @fig-lrr 图。\n"))
        #expect(messages == ["content/02-b.md:4:3: error: unknown figure '@fig-lrr' (did you mean 'fig-lr'?)"])
    }

    @Test func duplicateIdsAreAnError() {
        let messages = diagnostics(book(chapter(Self.lrSpec), "# 乙\n\n```experiment\n\(Self.lrSpec)\n```\n"))
        #expect(
            messages == [
                "content/02-b.md:3:1: error: duplicate figure id 'fig-lr': content/01-a.md:5:1 uses it already"
            ])
    }
}
