import BookMath
import Testing

/// Structural constructs: verbatim text, links and HTML attributes, `\char`, generalized
/// fractions, `\mathchoice`, top-level line breaks, `\mathop` limits, CSS-drawn boxes,
/// extensible arrows, TeX's units, commutative diagrams, plain TeX matrices, `\sideset` and
/// `\definecolor`. Each case is the exact MathML inside `<semantics>`.
@Suite struct StructureCoverageTests {
    static let cases: [Case] = [
        Case(.inline, "\\verb!x^2!",
             "<mtext>𝚡^𝟸</mtext>"),
        Case(.inline, "\\verb*|a b|",
             "<mtext>𝚊␣𝚋</mtext>"),
        Case(.inline, "\\verb|a  b|%",
             "<mrow><mtext>𝚊</mtext><mspace width=\"0.525em\" /><mspace width=\"0.525em\" /><mtext>𝚋</mtext></mrow>"),
        Case(.inline, "\\verb \\verb ,",
             "<mrow><mtext>\\𝚟𝚎𝚛𝚋</mtext><mo separator=\"true\">,</mo></mrow>"),
        Case(.inline, "\\href{https://katex.org/}{\\KaTeX}",
             "<mtext><a href=\"https://katex.org/\"><math><mrow><mtext>K</mtext><mspace width=\"-0.17em\" /><mpadded voffset=\"0.205em\"><mstyle mathsize=\"0.7em\"><mtext>A</mtext></mstyle></mpadded><mspace width=\"-0.15em\" /><mtext>T</mtext><mspace width=\"-0.1667em\" /><mpadded voffset=\"-0.2155em\"><mtext>E</mtext></mpadded><mspace width=\"-0.125em\" /><mtext>X</mtext></mrow></math></a></mtext>"),
        Case(.inline, "\\href{#sec-2}{x^2}",
             "<mtext><a href=\"#sec-2\"><math><msup><mi>x</mi><mn>2</mn></msup></math></a></mtext>"),
        Case(.display, "\\href{mailto:a@b.org}{\\frac12}",
             "<mtext><a href=\"mailto:a@b.org\"><math displaystyle=\"true\"><mfrac><mn>1</mn><mn>2</mn></mfrac></math></a></mtext>"),
        Case(.inline, "\\url{https://a.org/%20x~y\\#z}",
             "<mtext><a href=\"https://a.org/%20x~y#z\">𝚑𝚝𝚝𝚙𝚜://𝚊.𝚘𝚛𝚐/%𝟸𝟶𝚡~𝚢#𝚣</a></mtext>"),
        Case(.inline, "\\htmlId{bar}{x}",
             "<mrow id=\"bar\"><mi>x</mi></mrow>"),
        Case(.inline, "\\htmlClass{foo  bar}{x}",
             "<mrow class=\"foo bar\"><mi>x</mi></mrow>"),
        Case(.inline, "\\htmlStyle{color: red;}{x}",
             "<mrow style=\"color: red;\"><mi>x</mi></mrow>"),
        Case(.inline, "\\htmlData{foo=a, bar=b}{x}",
             "<mrow data-foo=\"a\" data-bar=\"b\"><mi>x</mi></mrow>"),
        // In text, \char gives text; the one space ending the number is not printed.
        Case(.inline, "\\text{a\\char\"263a b}",
             "<mrow><mtext>a</mtext><mtext>☺b</mtext></mrow>"),
        Case(.inline, "\\char\"263a\\char'101\\char65\\char`\\%",
             "<mrow><mi mathvariant=\"normal\">☺</mi><mi mathvariant=\"normal\">A</mi><mi mathvariant=\"normal\">A</mi><mi mathvariant=\"normal\">%</mi></mrow>"),
        Case(.inline, "\\phase{-78^\\circ}",
             "<mrow style=\"padding-left:0.6em;padding-bottom:0.15em;border-bottom:0.06em solid;background-image:linear-gradient(to bottom right,transparent calc(50% - 0.04em),currentcolor calc(50% - 0.04em),currentcolor calc(50% + 0.04em),transparent calc(50% + 0.04em));background-size:0.54em 100%;background-repeat:no-repeat\"><mrow><mo form=\"prefix\">−</mo><msup><mn>78</mn><mo lspace=\"0em\" rspace=\"0em\">∘</mo></msup></mrow></mrow>"),
        Case(.display, "a+\\left(\\vcenter{\\frac ab}\\right)",
             "<mrow><mi>a</mi><mo>+</mo><mrow><mo fence=\"true\" form=\"prefix\">(</mo><mtable><mtr><mtd style=\"padding:0\"><mstyle displaystyle=\"true\"><mfrac><mi>a</mi><mi>b</mi></mfrac></mstyle></mtd></mtr></mtable><mo fence=\"true\" form=\"postfix\">)</mo></mrow></mrow>"),
        Case(.inline, "{a \\above{2pt} b}",
             "<mfrac linethickness=\"0.2em\"><mi>a</mi><mi>b</mi></mfrac>"),
        Case(.inline, "{a \\abovewithdelims ( ] 0.8pt b}",
             "<mrow><mo fence=\"true\" form=\"prefix\">(</mo><mfrac linethickness=\"0.08em\"><mi>a</mi><mi>b</mi></mfrac><mo fence=\"true\" form=\"postfix\">]</mo></mrow>"),
        Case(.inline, "{a \\atopwithdelims ( ] b}",
             "<mrow><mo fence=\"true\" form=\"prefix\">(</mo><mfrac linethickness=\"0\"><mi>a</mi><mi>b</mi></mfrac><mo fence=\"true\" form=\"postfix\">]</mo></mrow>"),
        Case(.inline, "{a \\overwithdelims [ . b}",
             "<mrow><mo fence=\"true\" form=\"prefix\">[</mo><mfrac><mi>a</mi><mi>b</mi></mfrac></mrow>"),
        Case(.display, "\\mathchoice{D}{T}{S}{SS}",
             "<mi>D</mi>"),
        Case(.inline, "\\mathchoice{D}{T}{S}{SS}",
             "<mi>T</mi>"),
        Case(.inline, "x_{\\mathchoice{D}{T}{S}{SS}}",
             "<msub><mi>x</mi><mi>S</mi></msub>"),
        Case(.inline, "x_{y_{\\mathchoice{D}{T}{S}{SS}}}",
             "<msub><mi>x</mi><msub><mi>y</mi><mrow><mi>S</mi><mi>S</mi></mrow></msub></msub>"),
        // Inline math keeps its lines on one line (MathML Core cannot break the paragraph).
        Case(.inline, "a \\newline b",
             "<mrow><mi>a</mi><mspace width=\"1em\" linebreak=\"newline\" /><mi>b</mi></mrow>"),
        Case(.display, "a \\newline b",
             "<mtable rowspacing=\"0.25em\" columnalign=\"center\" columnspacing=\"1em\"><mtr><mtd><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mi>a</mi></mstyle></mtd></mtr><mtr><mtd><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mi>b</mi></mstyle></mtd></mtr></mtable>"),
        Case(.display, "a \\\\[1ex] b",
             "<mtable rowspacing=\"0.25em\" columnalign=\"center\" columnspacing=\"1em\"><mtr><mtd style=\"padding-bottom:calc(0.5ex + 0.431em)\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mi>a</mi></mstyle></mtd></mtr><mtr><mtd><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mi>b</mi></mstyle></mtd></mtr></mtable>"),
        Case(.inline, "a \\left( b \\\\ c \\right)",
             "<mrow><mi>a</mi><mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"false\">(</mo><mi>b</mi><mi>c</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"false\">)</mo></mrow></mrow>"),
        Case(.inline, "a+{b\\\\c}",
             "<mrow><mi>a</mi><mo>+</mo><mrow><mi>b</mi><mi>c</mi></mrow></mrow>"),
        Case(.inline, "\\mathop{\\overline{\\mathrm{lim}}}\\limits_{x}",
             "<mrow><munder><mrow style=\"border-top:0.06em solid;padding-top:0.1em\"><mi>lim</mi></mrow><mi>x</mi></munder><mo>\u{2061}</mo></mrow>"),
        Case(.inline, "\\mathop{x}\\nolimits_a^b",
             "<mrow><msubsup><mi>x</mi><mi>a</mi><mi>b</mi></msubsup><mo>\u{2061}</mo></mrow>"),
        Case(.inline, "\\mathop{\\delta}e",
             "<mrow><mi>δ</mi><mo>\u{2061}</mo><mspace width=\"0.1667em\" /><mi>e</mi></mrow>"),
        Case(.display, "\\operatorname*{\\overline{lim}}_x",
             "<mrow><munder><mrow style=\"border-top:0.06em solid;padding-top:0.1em\"><mi>lim</mi></mrow><mi>x</mi></munder><mo>\u{2061}</mo></mrow>"),
        Case(.inline, "\\underlinesegment{AB}",
             "<mrow style=\"padding-bottom:0.3em;background-image:linear-gradient(currentcolor,currentcolor),linear-gradient(currentcolor,currentcolor),linear-gradient(currentcolor,currentcolor);background-size:100% 0.05em,0.05em 0.3em,0.05em 0.3em;background-position:left 0 bottom 0.125em,left bottom,right bottom;background-repeat:no-repeat\"><mrow><mi>A</mi><mi>B</mi></mrow></mrow>"),
        Case(.inline, "\\overlinesegment{AB}",
             "<mrow style=\"padding-top:0.3em;background-image:linear-gradient(currentcolor,currentcolor),linear-gradient(currentcolor,currentcolor),linear-gradient(currentcolor,currentcolor);background-size:100% 0.05em,0.05em 0.3em,0.05em 0.3em;background-position:left 0 top 0.125em,left top,right top;background-repeat:no-repeat\"><mrow><mi>A</mi><mi>B</mi></mrow></mrow>"),
        Case(.inline, "\\wideparen{AB}\\underparen{AB}",
             "<mrow><mover accent=\"true\"><mrow><mi>A</mi><mi>B</mi></mrow><mo stretchy=\"true\">⏜</mo></mover><munder accentunder=\"true\"><mrow><mi>A</mi><mi>B</mi></mrow><mo stretchy=\"true\">⏝</mo></munder></mrow>"),
        Case(.inline, "\\xrightleftarrows{}",
             "<mover><mo stretchy=\"true\">⇄</mo><mrow><mspace width=\"0.3em\" /><mrow style=\"min-width:1.9em\"></mrow><mspace width=\"0.3em\" /></mrow></mover>"),
        Case(.inline, "\\xrightequilibrium[u]{o}",
             "<munderover><mo stretchy=\"true\">⇌</mo><mrow><mspace width=\"0.3em\" /><mi>u</mi><mspace width=\"0.3em\" /></mrow><mrow><mspace width=\"0.3em\" /><mrow style=\"min-width:1.9em\"><mi>o</mi></mrow><mspace width=\"0.3em\" /></mrow></munderover>"),
        Case(.inline, "\\xrightarrow{}",
             "<mover><mo stretchy=\"true\">→</mo><mrow><mspace width=\"0.3em\" /><mrow style=\"min-width:1.4986em\"></mrow><mspace width=\"0.3em\" /></mrow></mover>"),
        Case(.inline, "\\kern1cm\\kern1mm\\kern1in\\kern1bp\\kern1pc\\kern1dd\\kern1cc\\kern65536sp\\kern1ex\\mkern18mu\\kern 2 em",
             "<mrow><mspace width=\"2.8453em\" /><mspace width=\"0.2845em\" /><mspace width=\"7.227em\" /><mspace width=\"0.1004em\" /><mspace width=\"1.2em\" /><mspace width=\"0.107em\" /><mspace width=\"1.284em\" /><mspace width=\"0.1em\" /><mspace width=\"0.431em\" /><mspace width=\"1em\" /><mspace width=\"2em\" /></mrow>"),
        Case(.inline, "\\hskip 3mu plus 2mu minus 1fil x",
             "<mrow><mspace width=\"0.1667em\" /><mi>x</mi></mrow>"),
        Case(.display, "\\begin{CD} A @>a>> B \\\\ @VbVV @AAcA \\\\ C @= D \\end{CD}",
             "<mtable rowspacing=\"0.25em\" columnalign=\"center center center\" columnspacing=\"0.5em\"><mtr><mtd style=\"padding-left:0.15em;padding-right:0.15em\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mi>A</mi></mstyle></mtd><mtd style=\"padding-left:0.15em;padding-right:0.15em\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mover><mo stretchy=\"true\">→</mo><mrow><mspace width=\"0.3em\" /><mrow style=\"min-width:3.6857em\"><mi>a</mi></mrow><mspace width=\"0.3em\" /></mrow></mover></mstyle></mtd><mtd style=\"padding-left:0.15em;padding-right:0.15em\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mi>B</mi></mstyle></mtd></mtr><mtr><mtd style=\"padding-left:0.15em;padding-right:0.15em\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mpadded width=\"0\"><mrow style=\"transform:translateX(-100%)\"><mrow><mstyle displaystyle=\"false\" scriptlevel=\"1\"><mi>b</mi></mstyle><mspace width=\"0.1em\" /></mrow></mrow></mpadded><mrow><mo fence=\"false\" stretchy=\"true\" symmetric=\"true\" minsize=\"1.8em\" maxsize=\"1.8em\">↓</mo></mrow></mstyle></mtd><mtd style=\"padding-left:0.15em;padding-right:0.15em\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"></mstyle></mtd><mtd style=\"padding-left:0.15em;padding-right:0.15em\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mrow><mo fence=\"false\" stretchy=\"true\" symmetric=\"true\" minsize=\"1.8em\" maxsize=\"1.8em\">↑</mo></mrow><mpadded width=\"0\"><mrow><mspace width=\"0.1em\" /><mstyle displaystyle=\"false\" scriptlevel=\"1\"><mi>c</mi></mstyle></mrow></mpadded></mstyle></mtd></mtr><mtr><mtd style=\"padding-left:0.15em;padding-right:0.15em\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mi>C</mi></mstyle></mtd><mtd style=\"padding-left:0.15em;padding-right:0.15em\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mrow style=\"display:inline-block;width:2.75em;height:0.22em;border-top:0.05em solid;border-bottom:0.05em solid;margin:0 0.125em\"></mrow></mstyle></mtd><mtd style=\"padding-left:0.15em;padding-right:0.15em\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mi>D</mi></mstyle></mtd></mtr></mtable>"),
        Case(.display, "\\begin{CD} A @<<< B @| C @. \\end{CD}",
             "<mtable rowspacing=\"0.25em\" columnalign=\"center center center center center center center\" columnspacing=\"0.5em\"><mtr><mtd style=\"padding-left:0.15em;padding-right:0.15em\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mi>A</mi></mstyle></mtd><mtd style=\"padding-left:0.15em;padding-right:0.15em\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mover><mo stretchy=\"true\">←</mo><mrow><mspace width=\"0.3em\" /><mrow style=\"min-width:3.6857em\"><mrow></mrow></mrow><mspace width=\"0.3em\" /></mrow></mover></mstyle></mtd><mtd style=\"padding-left:0.15em;padding-right:0.15em\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mi>B</mi></mstyle></mtd><mtd style=\"padding-left:0.15em;padding-right:0.15em\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mrow><mo fence=\"false\" stretchy=\"true\" symmetric=\"true\" minsize=\"1.8em\" maxsize=\"1.8em\">‖</mo></mrow></mstyle></mtd><mtd style=\"padding-left:0.15em;padding-right:0.15em\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mi>C</mi></mstyle></mtd><mtd style=\"padding-left:0.15em;padding-right:0.15em\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"></mstyle></mtd><mtd style=\"padding-left:0.15em;padding-right:0.15em\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"></mstyle></mtd></mtr></mtable>"),
        Case(.inline, "\\bordermatrix{ & 1 & 2 \\cr 1 & A & B \\cr}",
             "<mrow><mtable rowspacing=\"0.16em\" columnalign=\"left\" columnspacing=\"0em\"><mtr><mtd style=\"text-align:left;text-align:-webkit-left\"><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mn>1</mn><mpadded width=\"0\"><mphantom><mrow><mi>A</mi><mi>B</mi></mrow></mphantom></mpadded></mstyle></mtd></mtr></mtable><mover><mrow><mo fence=\"true\" form=\"prefix\">(</mo><mtable rowspacing=\"0.16em\" columnalign=\"center center\" columnspacing=\"1em\"><mtr><mtd style=\"padding-top:0;padding-bottom:0\"><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mpadded height=\"0\" depth=\"0\"><mphantom><mn>1</mn></mphantom></mpadded></mstyle></mtd><mtd style=\"padding-top:0;padding-bottom:0\"><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mpadded height=\"0\" depth=\"0\"><mphantom><mn>2</mn></mphantom></mpadded></mstyle></mtd></mtr><mtr><mtd><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>A</mi></mstyle></mtd><mtd><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>B</mi></mstyle></mtd></mtr></mtable><mo fence=\"true\" form=\"postfix\">)</mo></mrow><mstyle displaystyle=\"false\" scriptlevel=\"0\"><mtable rowspacing=\"0.16em\" columnalign=\"center center\" columnspacing=\"1em\"><mtr><mtd><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mn>1</mn></mstyle></mtd><mtd><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mn>2</mn></mstyle></mtd></mtr><mtr><mtd style=\"padding-top:0;padding-bottom:0\"><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mpadded height=\"0\" depth=\"0\"><mphantom><mi>A</mi></mphantom></mpadded></mstyle></mtd><mtd style=\"padding-top:0;padding-bottom:0\"><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mpadded height=\"0\" depth=\"0\"><mphantom><mi>B</mi></mphantom></mpadded></mstyle></mtd></mtr></mtable></mstyle></mover></mrow>"),
        Case(.inline, "\\bordermatrix[{[]}]{ & c \\cr r & A \\cr}",
             "<mrow><mtable rowspacing=\"0.16em\" columnalign=\"left\" columnspacing=\"0em\"><mtr><mtd style=\"text-align:left;text-align:-webkit-left\"><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>r</mi><mpadded width=\"0\"><mphantom><mi>A</mi></mphantom></mpadded></mstyle></mtd></mtr></mtable><mover><mrow><mo fence=\"true\" form=\"prefix\">[</mo><mtable rowspacing=\"0.16em\" columnalign=\"center\" columnspacing=\"1em\"><mtr><mtd style=\"padding-top:0;padding-bottom:0\"><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mpadded height=\"0\" depth=\"0\"><mphantom><mi>c</mi></mphantom></mpadded></mstyle></mtd></mtr><mtr><mtd><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>A</mi></mstyle></mtd></mtr></mtable><mo fence=\"true\" form=\"postfix\">]</mo></mrow><mstyle displaystyle=\"false\" scriptlevel=\"0\"><mtable rowspacing=\"0.16em\" columnalign=\"center\" columnspacing=\"1em\"><mtr><mtd><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>c</mi></mstyle></mtd></mtr><mtr><mtd style=\"padding-top:0;padding-bottom:0\"><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mpadded height=\"0\" depth=\"0\"><mphantom><mi>A</mi></mphantom></mpadded></mstyle></mtd></mtr></mtable></mstyle></mover></mrow>"),
        Case(.inline, "\\matrix{a&b\\cr c & d}",
             "<mtable rowspacing=\"0.16em\" columnalign=\"center center\" columnspacing=\"1em\"><mtr><mtd><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>a</mi></mstyle></mtd><mtd><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>b</mi></mstyle></mtd></mtr><mtr><mtd><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>c</mi></mstyle></mtd><mtd><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>d</mi></mstyle></mtd></mtr></mtable>"),
        Case(.display, "\\sideset{_1^2}{_3^4}\\prod_a^b",
             "<mrow><munderover><mmultiscripts><mo largeop=\"true\" movablelimits=\"false\">∏</mo><mn>3</mn><mn>4</mn><mprescripts /><mn>1</mn><mn>2</mn></mmultiscripts><mi>a</mi><mi>b</mi></munderover><mo>\u{2061}</mo></mrow>"),
        Case(.inline, "\\definecolor{myorange}{rgb}{1,0.65,0.4}\\color{myorange}x\\textcolor{myorange}{y}",
             "<mstyle mathcolor=\"#ffa666\"><mi>x</mi><mstyle mathcolor=\"#ffa666\"><mi>y</mi></mstyle></mstyle>"),
        Case(.inline, "\\definecolor{c1}{HTML}{FF8000}\\definecolor{c2}{RGB}{255,0,0}\\definecolor{c3}{gray}{0.5}\\definecolor{c4}{cmyk}{0,1,1,0.5}\\colorbox{c1}{a}\\color{c2}b\\color{c3}c\\color{c4}d",
             "<mrow><mrow style=\"background-color:#ff8000;padding:0.3em\"><mtext>a</mtext></mrow><mstyle mathcolor=\"#ff0000\"><mi>b</mi><mstyle mathcolor=\"#808080\"><mi>c</mi><mstyle mathcolor=\"#800000\"><mi>d</mi></mstyle></mstyle></mstyle></mrow>"),
        Case(.inline, "\\begin{array}{|c||c|} a & b \\\\ \\hline\\hline c & d \\end{array}",
             "<mtable rowspacing=\"0.16em\" columnalign=\"center center\" columnspacing=\"1em\"><mtr><mtd style=\"border-left:0.06em solid currentcolor;border-right:0.18em double currentcolor\"><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>a</mi></mstyle></mtd><mtd style=\"border-right:0.06em solid currentcolor\"><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>b</mi></mstyle></mtd></mtr><mtr><mtd style=\"border-top:0.18em double currentcolor;border-left:0.06em solid currentcolor;border-right:0.18em double currentcolor\"><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>c</mi></mstyle></mtd><mtd style=\"border-top:0.18em double currentcolor;border-right:0.06em solid currentcolor\"><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>d</mi></mstyle></mtd></mtr></mtable>"),
        Case(.inline, "A =\\!= B",
             "<mrow><mi>A</mi><mo rspace=\"0em\">=</mo><mspace width=\"-0.1667em\" /><mo lspace=\"0em\">=</mo><mi>B</mi></mrow>"),
        Case(.inline, "{\\scriptstyle a \\atop \\scriptstyle b}",
             "<mfrac linethickness=\"0\"><mstyle displaystyle=\"false\" scriptlevel=\"1\"><mi>a</mi></mstyle><mstyle displaystyle=\"false\" scriptlevel=\"1\"><mi>b</mi></mstyle></mfrac>"),
        Case(.inline, "{\\color{red} a \\over b}",
             "<mfrac><mstyle mathcolor=\"red\"><mi>a</mi></mstyle><mi>b</mi></mfrac>"),
    ]

    @Test(arguments: cases)
    func construct(_ c: Case) throws {
        #expect(try body(c.tex, c.style) == c.expected)
    }

    @Test func linksAndMathInsideThemAreWellFormed() throws {
        let markup = try MathConverter().convert("\\href{#a}{x^2} + \\url{https://example.org/?a=1&b=\"2\"}", style: .inline).markup
        #expect(isWellFormed(markup))
        #expect(markup.contains("href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\""))
    }

    @Test func attributeValuesAreEscaped() throws {
        #expect(try body("\\htmlData{k=\"><b>}{x}") == "<mrow data-k=\"&quot;&gt;&lt;b&gt;\"><mi>x</mi></mrow>")
    }
}

@Suite struct StructureErrorTests {
    struct Bad: Sendable, CustomTestStringConvertible {
        let tex: String
        let message: String
        let offset: Int
        let suggestion: String?
        var testDescription: String { tex }
    }

    static let cases: [Bad] = [
        Bad(tex: "x\\includegraphics{x.png}",
            message: "\\includegraphics is not supported: the page would have to load the image; put the image in the Markdown text instead",
            offset: 1, suggestion: nil),
        Bad(tex: "\\href{javascript:alert(1)}{x}",
            message: "\\href allows only http, https and mailto links and links within the site, not 'javascript:'",
            offset: 5, suggestion: nil),
        Bad(tex: "\\url{ data:text/html,x}",
            message: "\\url allows only http, https and mailto links and links within the site, not 'data:'",
            offset: 4, suggestion: nil),
        Bad(tex: "\\href{}{x}",
            message: "empty URL in \\href",
            offset: 5, suggestion: nil),
        Bad(tex: "\\htmlStyle{background:url(x.png)}{x}",
            message: "\\htmlStyle: the CSS function 'url(' is not allowed (nothing in a formula may load a resource)",
            offset: 10, suggestion: nil),
        Bad(tex: "\\htmlStyle{color:\\72 ed}{x}",
            message: "\\htmlStyle: escapes and at-rules are not allowed in the CSS",
            offset: 10, suggestion: nil),
        Bad(tex: "\\htmlData{foo}{x}",
            message: "invalid entry 'foo' in \\htmlData (expected key=value)",
            offset: 9, suggestion: nil),
        Bad(tex: "\\htmlData{Foo=a}{x}",
            message: "invalid key 'Foo' in \\htmlData (use lower-case letters, digits, '-', '_' and '.')",
            offset: 9, suggestion: nil),
        Bad(tex: "\\htmlId{a b}{x}",
            message: "invalid id 'a b' in \\htmlId (expected one word without spaces)",
            offset: 7, suggestion: nil),
        Bad(tex: "\\verb|abc",
            message: "\\verb text is not closed by '|' before the end of the line",
            offset: 0, suggestion: nil),
        Bad(tex: "\\verb|a\nb|",
            message: "\\verb text is not closed by '|' before the end of the line",
            offset: 0, suggestion: nil),
        Bad(tex: "\\verb",
            message: "\\verb needs its text between two equal delimiters, such as \\verb|x^2|",
            offset: 0, suggestion: nil),
        Bad(tex: "\\verbx|",
            message: "unknown command \\verbx",
            offset: 0, suggestion: "\\verb"),
        Bad(tex: "\\char\"",
            message: "expected a hexadecimal character code after \\char",
            offset: 0, suggestion: nil),
        Bad(tex: "\\char\"110000",
            message: "character code after \\char is larger than 0x10FFFF",
            offset: 0, suggestion: nil),
        Bad(tex: "\\char0",
            message: "\\char 0 is not a printable character",
            offset: 0, suggestion: nil),
        Bad(tex: "\\begin{CD} A @>a> B \\end{CD}",
            message: "missing a > to complete a CD arrow",
            offset: 13, suggestion: nil),
        Bad(tex: "\\begin{CD} A @x B \\end{CD}",
            message: "expected one of > < V A = | . after @ in CD",
            offset: 14, suggestion: nil),
        Bad(tex: "\\begin{CD} A & B \\end{CD}",
            message: "'&' is not used in CD: objects are separated by arrows such as @>>>",
            offset: 13, suggestion: nil),
        Bad(tex: "\\sideset{x}{}\\sum",
            message: "the arguments of \\sideset must be scripts only, such as {_1^2}",
            offset: 8, suggestion: nil),
        Bad(tex: "\\definecolor{c}{rgb}{2,0,0}",
            message: "invalid rgb colour '2,0,0' in \\definecolor (expected three numbers from 0 to 1 such as 1,0.5,0)",
            offset: 20, suggestion: nil),
        Bad(tex: "\\definecolor{c}{xyz}{1}",
            message: "unknown colour model 'xyz' in \\definecolor (use HTML, rgb, RGB, gray or cmyk)",
            offset: 15, suggestion: nil),
        Bad(tex: "{a \\above b}",
            message: "invalid length 'b' (expected a number and a unit such as 1em, 3mu, 2pt)",
            offset: 3, suggestion: nil),
        Bad(tex: "\\bordermatrix{a}",
            message: "\\bordermatrix needs a row of column labels and at least one row with a label and entries",
            offset: 0, suggestion: nil),
        Bad(tex: "\\mathchoice{a}{b}{c}",
            message: "missing argument for \\mathchoice",
            offset: 0, suggestion: nil),
        Bad(tex: "x \\eqref{g}",
            message: "\\eqref is not supported inside math; refer to an equation with @eq-… in the text",
            offset: 2, suggestion: nil),
        Bad(tex: "\\bordermatrix{&\\bordermatrix{&\\bordermatrix{&\\bordermatrix{&1\\cr 1&x\\cr}\\cr 1&x\\cr}\\cr 1&x\\cr}\\cr 1 & x\\cr}",
            message: "\\bordermatrix nested more than 3 deep",
            offset: 45, suggestion: nil),
        Bad(tex: "\\hskip 1em plus",
            message: "missing length after 'plus' in glue",
            offset: 11, suggestion: nil),
    ]

    @Test(arguments: cases)
    func positionedError(_ bad: Bad) {
        #expect(throws: MathError(message: bad.message, offset: bad.offset, suggestion: bad.suggestion)) {
            try MathConverter().convert(bad.tex, style: .inline)
        }
    }
}
