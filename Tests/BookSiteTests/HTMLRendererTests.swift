import BookSite
import Testing

@Suite struct HTMLRendererTests {
    private func render(_ markdown: String, _ options: RenderOptions = .fragment) -> String {
        ChapterRenderer.render(markdown, file: "test.md", options: options).html
    }

    @Test func inlineAndDisplayMathAreEscapedTeXUntilTypesetting() {
        #expect(render("设 $a<b$ 成立。") == "<p>设 <span class=\"math\">a&lt;b</span> 成立。</p>\n")
        #expect(render("$$\nx_1 \\\\ y\n$$\n") == "<div class=\"math display\">\nx_1 \\\\ y\n</div>\n")
        #expect(
            render("前 $$a$$ 后\n") == "<p>前 <span class=\"math display\">a</span> 后</p>\n")
    }

    @Test func calloutMarkup() {
        #expect(
            render("> [!tip] 选好 *学习率*\n> 正文。\n")
                == "<div class=\"callout callout-tip\" role=\"note\">\n<p class=\"callout-title\">选好 <em>学习率</em></p>\n<p>正文。</p>\n</div>\n"
        )
        #expect(
            render("> [!warning]\n> 小心。\n")
                == "<div class=\"callout callout-warning\" role=\"note\">\n<p class=\"callout-title\">警告</p>\n<p>小心。</p>\n</div>\n"
        )
    }

    @Test func headingIdsKeepChineseAndAreUnique() {
        #expect(
            render("## 学习率\n\n## 学习率\n\n### Adam 与 AdamW!\n")
                == "<h2 id=\"学习率\">学习率<a class=\"heading-anchor\" href=\"#%E5%AD%A6%E4%B9%A0%E7%8E%87\" aria-label=\"本节链接\">#</a></h2>\n"
                + "<h2 id=\"学习率-2\">学习率<a class=\"heading-anchor\" href=\"#%E5%AD%A6%E4%B9%A0%E7%8E%87-2\" aria-label=\"本节链接\">#</a></h2>\n"
                + "<h3 id=\"adam-与-adamw\">Adam 与 AdamW!<a class=\"heading-anchor\" href=\"#adam-%E4%B8%8E-adamw\" aria-label=\"本节链接\">#</a></h3>\n"
        )
    }

    @Test func sectionNumbersFollowTheChapter() {
        let html = render("# 标题\n\n## 甲\n\n### 子\n\n## 乙\n\n### 子\n", RenderOptions(chapterNumber: 3, extractsTitle: true))
        #expect(!html.contains("<h1"))
        let numbers = html.split(separator: "section-number\">").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(numbers == ["3.1", "3.1.1", "3.2", "3.2.1"])
    }

    @Test func titleExtractionUsesTheFirstLevelOneHeading() {
        let result = ChapterRenderer.render("前言\n\n# 真正的标题 $x$\n\n正文\n", file: "t.md", options: RenderOptions(extractsTitle: true))
        #expect(result.fragment.title == "真正的标题 x")
        #expect(result.html == "<p>前言</p>\n<p>正文</p>\n")
    }

    @Test func experimentBlocksStayCodeBlocksForNow() {
        #expect(
            render("```experiment\nid: a\n```\n")
                == "<pre><code class=\"language-experiment\">id: a\n</code></pre>\n")
    }
}
