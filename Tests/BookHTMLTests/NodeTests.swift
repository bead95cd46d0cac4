import BookHTML
import Testing

@Suite struct NodeTests {
    @Test func escapesTextAndAttributesButNotRaw() {
        let node = Node.element(
            "a", [Attribute("href", "x?a=1&b=\"2\""), Attribute("title", nil)],
            [.text("1 < 2 & 3 > 2"), .raw("<b>ok</b>")])
        #expect(node.rendered == "<a href=\"x?a=1&amp;b=&quot;2&quot;\">1 &lt; 2 &amp; 3 &gt; 2<b>ok</b></a>")
    }

    @Test func selfClosingAndFragments() {
        let node = Node.fragment([.selfClosing("br"), .selfClosing("circle", [Attribute("r", "2")]), .text("中文")])
        #expect(node.rendered == "<br /><circle r=\"2\" />中文")
    }

    @Test(arguments: [
        ("plain", "plain"), ("'single'", "'single'"), ("<&>\"", "&lt;&amp;&gt;&quot;"), ("θ→∇", "θ→∇"),
    ])
    func escaping(input: String, expected: String) {
        #expect(Escaping.escaped(input) == expected)
    }
}
