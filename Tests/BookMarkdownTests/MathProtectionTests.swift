import BookMarkdown
import Testing

@Suite struct MathProtectionTests {
    /// All math spans of a document, in order.
    private func spans(_ markdown: String) -> [MathSpan] {
        var found: [MathSpan] = []
        func walk(_ node: MarkdownNode) {
            if case .math(let span) = node.kind { found.append(span) }
            node.children.forEach(walk)
        }
        walk(MarkdownDocument(parsing: markdown).root)
        return found
    }

    @Test(arguments: [
        #"\theta_{t+1} = \theta_t - \eta \nabla J(\theta_t)"#,
        #"a_1 * b_2"#,
        #"\{x\}"#,
        #"\|v\|"#,
        #"a\,b"#,
        #"x_i^2 + y_*"#,
        #"\left\{ a \middle| b \right\}"#,
    ])
    func inlineMathArrivesByteForByte(_ tex: String) {
        let found = spans("前文 $\(tex)$ 后文。")
        #expect(found.map(\.tex) == [tex])
        #expect(found.first?.isDisplay == false)
    }

    @Test func displayMathWithLineBreaksArrivesByteForByte() {
        let tex =
            "\n\\begin{aligned}\nJ(w) &= \\frac{1}{2m}\\sum_{i=1}^{m} (h_i - y_i)^2 \\\\\n\\nabla J &= \\{a_1, b_*\\}\n\\end{aligned}\n"
        let found = spans("梯度：\n\n$$\(tex)$$\n\n完。")
        #expect(found.map(\.tex) == [tex])
        #expect(found.first?.isDisplay == true)
        #expect(found.first?.location == SourceLocation(line: 3, column: 3))
    }

    @Test func dollarsInCodeStayLiteral() {
        #expect(spans("`$a_1$` and ``x $b$ ` y``").isEmpty)
        #expect(spans("```\n$x_1$\n```\n").isEmpty)
        #expect(spans("~~~ python\nprice = $x$\n~~~\n").isEmpty)
        let html = render("行内 `$a$` 与代码块：\n\n```\n$$ x $$\n```\n")
        #expect(html.contains("<code>$a$</code>"))
        #expect(html.contains("<pre><code>$$ x $$\n</code></pre>"))
    }

    @Test func pandocDollarRules() {
        #expect(spans("costs $20,000 and $30,000 today").isEmpty)  // closing $ followed by digit
        #expect(spans("a $ b$ c").isEmpty)  // space after the opening $
        #expect(spans("a $b $ c").isEmpty)  // space before the closing $
        #expect(spans(#"escaped \$x$ dollar"#).isEmpty)
        #expect(spans("first $x$ and $y$").map(\.tex) == ["x", "y"])
        #expect(spans("no math across\n\nparagraphs $a\n\nb$").isEmpty)
        #expect(spans("soft $a +\nb$ break").map(\.tex) == ["a +\nb"])
    }

    @Test func mathInsideEmphasisListsAndHeadings() {
        #expect(spans("*强调 $x_1$ 中*").map(\.tex) == ["x_1"])
        #expect(spans("- 项 $a_i$\n- 项 $b_*$\n").map(\.tex) == ["a_i", "b_*"])
        #expect(spans("## 梯度 $\\nabla f$\n").map(\.tex) == ["\\nabla f"])
    }

    @Test func displayMathInBlockQuoteDropsQuoteMarkers() {
        #expect(spans("> $$\n> a = b\n> $$\n").map(\.tex) == ["\na = b\n"])
    }

    @Test func mathInRawHTMLAndIndentedCodeIsRestored() {
        #expect(render("<div title=\"$x$\">\n\ntext\n\n</div>\n").contains("<div title=\"$x$\">"))
        #expect(render("para\n\n    code $a_1$ here\n").contains("<pre><code>code $a_1$ here\n</code></pre>"))
        #expect(render("[link](http://e.com/$a$)").contains("href=\"http://e.com/$a$\""))
    }

    @Test func unclosedDisplayMathIsAPositionedError() {
        let document = MarkdownDocument(parsing: "第一行\n\n文字 $$x + y\n\n下一段\n")
        #expect(document.diagnostics.count == 1)
        #expect(document.diagnostics.first?.severity == .error)
        #expect(document.diagnostics.first?.location == SourceLocation(line: 3, column: 4))
        #expect(document.diagnostics.first?.message.contains("'$$'") == true)
    }

    @Test func blockPositionsAfterMultiLineMathMatchTheFile() {
        let document = MarkdownDocument(parsing: "$$\na\nb\n$$\n\n## 标题\n")
        let heading = document.root.children.last
        #expect(heading?.kind == .heading(level: 2))
        #expect(heading?.location == SourceLocation(line: 6, column: 1))
    }

    @Test func columnsCountCharactersNotBytes() {
        let document = MarkdownDocument(parsing: "中文 $x$")
        let math = document.root.children.first?.children.last
        #expect(math?.location == SourceLocation(line: 1, column: 5))
    }

    private func render(_ markdown: String) -> String {
        var html = ""
        func walk(_ node: MarkdownNode) {
            switch node.kind {
            case .codeBlock(_, let literal): html += "<pre><code>\(literal)</code></pre>"
            case .code(let code): html += "<code>\(code)</code>"
            case .htmlBlock(let raw), .htmlInline(let raw): html += raw
            case .link(let destination, _): html += "href=\"\(destination)\""
            default: break
            }
            node.children.forEach(walk)
        }
        walk(MarkdownDocument(parsing: markdown).root)
        return html
    }
}

extension MathProtectionTests {
    @Test func mathOffLeavesDollarsAsText() {
        let document = MarkdownDocument(parsing: "$a$ and $b$", options: [])
        #expect(document.root.children.first?.plainText == "$a$ and $b$")
    }
}
