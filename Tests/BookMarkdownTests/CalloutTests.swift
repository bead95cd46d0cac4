import BookMarkdown
import Testing

@Suite struct CalloutTests {
    @Test func calloutWithTitleAndBody() throws {
        let document = MarkdownDocument(parsing: "> [!tip] 选好学习率\n> 先试 0.1。\n>\n> 再看损失曲线。\n")
        let callout = try #require(document.root.children.first)
        #expect(callout.kind == .callout(.tip))
        #expect(callout.children.map(\.kind) == [.calloutTitle, .paragraph, .paragraph])
        #expect(callout.children[0].plainText == "选好学习率")
        #expect(callout.children[1].plainText == "先试 0.1。")
        #expect(document.diagnostics.isEmpty)
    }

    @Test(arguments: CalloutType.allCases)
    func everyTypeIsRecognised(_ type: CalloutType) {
        let document = MarkdownDocument(parsing: "> [!\(type.rawValue.uppercased())]\n> 正文\n")
        #expect(document.root.children.first?.kind == .callout(type))
        #expect(document.root.children.first?.children.first?.children.isEmpty == true)
    }

    @Test func foldSigns() {
        #expect(MarkdownDocument(parsing: "> [!example]- 答案\n> 42\n").root.children.first?.kind == .callout(.example, fold: .closed))
        #expect(MarkdownDocument(parsing: "> [!tip]+ 提示\n> x\n").root.children.first?.kind == .callout(.tip, fold: .open))
        #expect(MarkdownDocument(parsing: "> [!tip] 提示\n> x\n").root.children.first?.kind == .callout(.tip))
    }

    @Test func unknownTypeIsAPlainQuoteWithAWarning() {
        let document = MarkdownDocument(parsing: "正文\n\n> [!tipp] 标题\n> 内容\n")
        #expect(document.root.children.last?.kind == .blockQuote)
        #expect(
            document.diagnostics == [
                MarkdownDiagnostic(
                    .warning, at: SourceLocation(line: 3, column: 3),
                    "unknown callout type 'tipp' (did you mean 'tip'?); rendered as a plain block quote")
            ])
    }

    @Test func ordinaryQuotesAndLinksStayQuotes() {
        #expect(MarkdownDocument(parsing: "> [link](x) text\n").root.children.first?.kind == .blockQuote)
        #expect(MarkdownDocument(parsing: "> 普通引用\n").root.children.first?.kind == .blockQuote)
        #expect(MarkdownDocument(parsing: "> [!tip]\n", options: []).root.children.first?.kind == .blockQuote)
    }
}
