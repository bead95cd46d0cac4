import BookSite
import Testing

@Suite struct HTMLRendererTests {
    private func render(_ markdown: String, _ options: RenderOptions = .fragment) -> String {
        ChapterRenderer.render(markdown, file: "test.md", options: options).html
    }

    @Test func mathIsTypesetAsMathML() {
        #expect(
            render("设 $a<b$ 成立。")
                == "<p>设 <math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics><mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi></mrow><annotation encoding=\"application/x-tex\">a&lt;b</annotation></semantics></math> 成立。</p>\n"
        )
        #expect(
            render("前 $$a$$ 后\n")
                == "<p>前 <span class=\"math display\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\"><semantics><mi>a</mi><annotation encoding=\"application/x-tex\">a</annotation></semantics></math></span> 后</p>\n"
        )
        let block = render("$$\nx_1 \\\\ y\n$$\n")
        #expect(
            block.hasPrefix(
                "<div class=\"math display\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">"))
        #expect(block.hasSuffix("</math></div>\n"))
    }

    @Test func headingsNeverTakeAnIdThePageTemplateUses() {
        let html = render("## Main\n\n## Book Nav\n\n## Contents\n")
        #expect(html.contains("<h2 id=\"main-2\">"))
        #expect(html.contains("<h2 id=\"book-nav-2\">"))
        #expect(html.contains("<h2 id=\"contents-2\">"))
    }

    @Test func inlineMathKeepsTheFollowingPunctuationOnItsLine() {
        let html = render("设 $x$。再设 $y$ 与 $z$，完。")
        #expect(html.contains("<span class=\"nowrap\"><math"))
        #expect(html.contains("</math>。</span>再设 <math"))
        #expect(html.contains("</math>，</span>完。"))
    }

    @Test func labelledEquationsAreNumberedAnchoredAndReferenced() {
        let result = ChapterRenderer.render(
            "见 @eq-gd 与 @eq-mse。\n\n$$\nx \\label{gd}\n$$\n\n$$ y $$\n\n$$ z \\label{eq:mse} $$\n", file: "t.md",
            options: RenderOptions(chapterNumber: 2))
        #expect(result.diagnostics.isEmpty)
        #expect(
            result.html.contains(
                "见 <a class=\"xref\" href=\"#eq-gd\">式 (2.1)</a> 与 <a class=\"xref\" href=\"#eq-mse\">式 (2.2)</a>。"))
        #expect(result.html.contains("<div class=\"math display\" id=\"eq-gd\">"))
        #expect(result.html.contains("<mtext>(2.1)</mtext>"))
        #expect(result.html.contains("<div class=\"math display\" id=\"eq-mse\">"))
        #expect(result.html.contains("<mtext>(2.2)</mtext>"))
    }

    @Test func mathErrorsPointIntoTheFile() {
        let result = ChapterRenderer.render("第一行\n\n设 $\\fracc{a}{b}$。\n\n$$\na +\n\\alpah\n$$\n", file: "t.md")
        #expect(
            result.diagnostics.map(\.description) == [
                "t.md:3:4: error: unknown command \\fracc (did you mean '\\frac'?)",
                "t.md:7:1: error: unknown command \\alpah (did you mean '\\alpha'?)",
            ])
        #expect(result.html.contains("<code class=\"math-error\">\\fracc{a}{b}</code>"))
    }

    @Test func unknownEquationReference() {
        let result = ChapterRenderer.render("见 @eq-nothing。\n", file: "t.md")
        #expect(result.diagnostics.map(\.description) == ["t.md:1:3: error: unknown equation '@eq-nothing'"])
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

    @Test func foldedCalloutsAreDetailsElements() {
        #expect(
            render("> [!example]- 答案\n> 42。\n")
                == "<details class=\"callout callout-example\" role=\"note\">\n<summary class=\"callout-title\">答案</summary>\n<p>42。</p>\n</details>\n"
        )
        #expect(render("> [!tip]+\n> x\n").hasPrefix("<details class=\"callout callout-tip\" role=\"note\" open=\"\">\n<summary class=\"callout-title\">提示</summary>"))
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
        let html = render(
            "# 标题\n\n## 甲\n\n### 子\n\n## 乙\n\n### 子\n", RenderOptions(chapterNumber: 3, extractsTitle: true))
        #expect(!html.contains("<h1"))
        let numbers = html.split(separator: "section-number\">").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(numbers == ["3.1", "3.1.1", "3.2", "3.2.1"])
    }

    @Test func titleExtractionUsesTheFirstLevelOneHeading() {
        let result = ChapterRenderer.render(
            "前言\n\n# 真正的标题 $x$\n\n正文\n", file: "t.md", options: RenderOptions(extractsTitle: true))
        #expect(result.fragment.title == "真正的标题 x")
        #expect(result.html == "<p>前言</p>\n<p>正文</p>\n")
    }

    @Test func experimentBlocksStayCodeBlocksForNow() {
        #expect(
            render("```experiment\nid: a\n```\n")
                == "<pre><code class=\"language-experiment\">id: a\n</code></pre>\n")
    }
}
