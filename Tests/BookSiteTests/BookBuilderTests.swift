import BookMarkdown
import BookSite
import BookTestSupport
import Testing

@Suite struct BookBuilderTests {
    private func build(_ fileSystem: InMemoryFileSystem) throws -> BuiltBook {
        try BookBuilder(fileSystem: fileSystem, contentDirectory: "content", templatesDirectory: "templates").build()
    }

    private func diagnostics(_ fileSystem: InMemoryFileSystem) -> [String] {
        do {
            _ = try BookBuilder(fileSystem: fileSystem, contentDirectory: "content", templatesDirectory: "templates")
                .build()
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    private func page(_ book: BuiltBook, _ path: String) -> String {
        String(decoding: book.files.first { $0.path == path }?.contents ?? [], as: UTF8.self)
    }

    @Test func buildsCoverChaptersAndAssets() throws {
        let book = try build(SampleBook.fileSystem())
        #expect(book.files.map(\.path) == ["01-a.html", "02-b.html", "assets/book.css", "index.html"])
        #expect(book.chapterCount == 2)
        #expect(book.pageCount == 3)
        #expect(
            page(book, "index.html")
                == "<html><title>测试之书</title><h1>测试之书</h1><a href=\"01-a.html\">第 1 章 第一章标题</a><a href=\"02-b.html\">第 2 章 覆盖的标题</a></html>"
        )
        #expect(
            page(book, "01-a.html")
                == "<html><title>第 1 章 第一章标题 · 测试之书</title><h1>第 1 章 第一章标题</h1>"
                + "<p>正文 <span class=\"nowrap\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics><msub><mi>x</mi><mn>1</mn></msub><annotation encoding=\"application/x-tex\">x_1</annotation></semantics></math>。</span></p>\n"
                + "<h2 id=\"小节\"><span class=\"section-number\">1.1</span> 小节<a class=\"heading-anchor\" href=\"#%E5%B0%8F%E8%8A%82\" aria-label=\"本节链接\">#</a></h2>\n"
                + "<p>内容。</p>\n<a rel=\"next\" href=\"02-b.html\">覆盖的标题</a></html>")
    }

    @Test func frontMatterTitleWinsAndDuplicateHeadingsGetUniqueIds() throws {
        let html = page(try build(SampleBook.fileSystem()), "02-b.html")
        #expect(html.contains("<h1>第 2 章 覆盖的标题</h1>"))
        #expect(html.contains("<h1 id=") == false)
        #expect(html.contains("id=\"小节\"") && html.contains("id=\"小节-2\""))
        #expect(html.contains("2.1</span>") && html.contains("2.2</span>"))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let first = try build(SampleBook.fileSystem())
        let second = try build(SampleBook.fileSystem())
        #expect(first.files == second.files)
    }

    // MARK: - Bad input

    @Test func missingBookConfiguration() {
        #expect(
            diagnostics(SampleBook.fileSystem(removing: ["content/book.yml"])) == [
                "content/book.yml: error: no book configuration found; create it with 'title:' and a 'chapters:' list (see README.md, \"book.yml\")"
            ])
    }

    @Test func listedChapterThatDoesNotExist() {
        let fileSystem = SampleBook.fileSystem(
            overriding: ["content/book.yml": "title: 书\nchapters:\n  - 01-a.md\n  - 02-c.md\n"])
        #expect(
            diagnostics(fileSystem) == [
                "content/book.yml:4:5: error: chapter '02-c.md' does not exist in content/ (did you mean '02-b.md'?)"
            ])
    }

    @Test func invalidYAMLIsPositioned() {
        let fileSystem = SampleBook.fileSystem(overriding: [
            "content/book.yml": "title: 书\nchapters: [01-a.md\nauthor: x\n"
        ])
        let messages = diagnostics(fileSystem)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("content/book.yml:3:") == true)
        #expect(messages.first?.contains("error: invalid YAML") == true)
    }

    @Test func unknownKeysGetSuggestions() {
        let fileSystem = SampleBook.fileSystem(
            overriding: ["content/book.yml": "title: 书\nauthr: 某人\nchapters:\n  - 01-a.md\n"])
        #expect(
            diagnostics(fileSystem) == [
                "content/book.yml:2:1: error: unknown key 'authr' in book.yml (did you mean 'author'?); allowed keys: title, subtitle, author, language, description, chapters"
            ])
    }

    @Test func frontMatterUnknownKeyIsPositionedInTheChapter() {
        let fileSystem = SampleBook.fileSystem(overriding: ["content/01-a.md": "---\ntitel: 标题\n---\n\n正文\n"])
        #expect(
            diagnostics(fileSystem) == [
                "content/01-a.md:2:1: error: unknown key 'titel' in front matter (did you mean 'title'?); allowed keys: title"
            ])
    }

    @Test func chapterThatIsNotUTF8() {
        var fileSystem = SampleBook.fileSystem()
        fileSystem.files["content/02-b.md"] = Array("# 标题\n\n好的文字".utf8) + [0xFF, 0x41]
        #expect(
            diagnostics(fileSystem) == [
                "content/02-b.md:3:5: error: file is not valid UTF-8 (byte 0xFF); save it as UTF-8"
            ])
    }

    @Test func unclosedDisplayMath() {
        let fileSystem = SampleBook.fileSystem(overriding: ["content/01-a.md": "# 标题\n\n公式 $$x^2\n\n后文\n"])
        #expect(
            diagnostics(fileSystem) == [
                "content/01-a.md:3:4: error: unclosed display math: '$$' has no closing '$$' in this paragraph"
            ])
    }

    @Test func unknownCalloutTypeWarnsAndFailsTheBuild() {
        let fileSystem = SampleBook.fileSystem(overriding: ["content/01-a.md": "# 标题\n\n> [!warnign] 小心\n> 内容\n"])
        #expect(
            diagnostics(fileSystem) == [
                "content/01-a.md:3:3: warning: unknown callout type 'warnign' (did you mean 'warning'?); rendered as a plain block quote"
            ])
    }

    @Test func missingTemplate() {
        let fileSystem = SampleBook.fileSystem(removing: ["templates/chapter.mustache"])
        #expect(
            diagnostics(fileSystem) == [
                "templates/chapter.mustache: error: missing template; the templates folder needs cover.mustache, chapter.mustache, sidebar-item.mustache"
            ])
    }

    @Test func everyProblemIsReportedInOneRun() {
        let fileSystem = SampleBook.fileSystem(overriding: [
            "content/01-a.md": "$$x\n", "content/02-b.md": "> [!tipp]\n> x\n",
        ])
        #expect(diagnostics(fileSystem).count == 2)
    }
}
