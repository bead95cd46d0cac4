import BookMath
import Testing

/// One construct: TeX, style, and the exact MathML inside `<semantics>` before the annotation.
struct Case: Sendable, CustomTestStringConvertible {
    let style: MathStyle
    let tex: String
    let expected: String

    init(_ style: MathStyle, _ tex: String, _ expected: String) {
        self.style = style
        self.tex = tex
        self.expected = expected
    }

    var testDescription: String { tex }
}

/// The MathML of `tex` between `<semantics>` and `<annotation`.
func body(_ tex: String, _ style: MathStyle = .inline) throws -> String {
    let markup = try MathConverter().convert(tex, style: style).markup
    let start = try #require(markup.firstRange(of: "<semantics>"))
    let end = try #require(markup.firstRange(of: "<annotation"))
    return String(markup[start.upperBound..<end.lowerBound])
}

@Suite struct ConstructTests {
    static let cases: [Case] = [
        Case(.inline, "x",
             "<mi>x</mi>"),
        Case(.inline, "xy",
             "<mrow><mi>x</mi><mi>y</mi></mrow>"),
        Case(.inline, "12.5+x",
             "<mrow><mn>12.5</mn><mo>+</mo><mi>x</mi></mrow>"),
        Case(.inline, "\\frac{a}{b}",
             "<mfrac><mi>a</mi><mi>b</mi></mfrac>"),
        Case(.inline, "\\dfrac{a}{b}",
             "<mstyle displaystyle=\"true\" scriptlevel=\"0\"><mfrac><mi>a</mi><mi>b</mi></mfrac></mstyle>"),
        Case(.inline, "\\tfrac12",
             "<mstyle displaystyle=\"false\" scriptlevel=\"0\"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle>"),
        Case(.inline, "x^{(i)}",
             "<msup><mi>x</mi><mrow><mo stretchy=\"false\">(</mo><mi>i</mi><mo stretchy=\"false\">)</mo></mrow></msup>"),
        Case(.inline, "x_i^2",
             "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>"),
        Case(.inline, "f'",
             "<mrow><mi>f</mi><mo lspace=\"0em\" rspace=\"0em\">′</mo></mrow>"),
        Case(.inline, "f''^2_i",
             "<msubsup><mi>f</mi><mi>i</mi><mrow><mpadded height=\"0\" depth=\"0\" voffset=\"-0.511em\"><mstyle scriptlevel=\"-1\"><mo lspace=\"0em\" rspace=\"0em\">″</mo></mstyle></mpadded><mn>2</mn></mrow></msubsup>"),
        Case(.inline, "x'_i",
             "<msubsup><mi>x</mi><mi>i</mi><mpadded height=\"0\" depth=\"0\" voffset=\"-0.511em\"><mstyle scriptlevel=\"-1\"><mo lspace=\"0em\" rspace=\"0em\">′</mo></mstyle></mpadded></msubsup>"),
        Case(.inline, "\\mathbf{g}_t^{\\prime}",
             "<msubsup><mi>𝐠</mi><mi>t</mi><mpadded height=\"0\" depth=\"0\" voffset=\"-0.511em\"><mstyle scriptlevel=\"-1\"><mo lspace=\"0em\" rspace=\"0em\">′</mo></mstyle></mpadded></msubsup>"),
        Case(.inline, "\\acute{a}\\grave{e}",
             "<mrow><mover accent=\"true\"><mi>a</mi><mo stretchy=\"false\">ˊ</mo></mover><mover accent=\"true\"><mi>e</mi><mo stretchy=\"false\">ˋ</mo></mover></mrow>"),
        Case(.display, "\\begin{smallmatrix} a & b \\end{smallmatrix}",
             "<mstyle scriptlevel=\"1\"><mtable rowspacing=\"0.1em\" columnalign=\"center center\" columnspacing=\"0.2778em\"><mtr><mtd><mstyle scriptlevel=\"1\" displaystyle=\"false\"><mi>a</mi></mstyle></mtd><mtd><mstyle scriptlevel=\"1\" displaystyle=\"false\"><mi>b</mi></mstyle></mtd></mtr></mtable></mstyle>"),
        Case(.display, "\\begin{aligned} a &= b & c &= d \\end{aligned}",
             "<mtable rowspacing=\"0.25em\" columnalign=\"right left right left\" columnspacing=\"0em\"><mtr><mtd style=\"text-align:right;text-align:-webkit-right;padding-right:0\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mi>a</mi></mstyle></mtd><mtd style=\"text-align:left;text-align:-webkit-left;padding-left:0;padding-right:0.5em\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mrow><mrow></mrow><mo>=</mo><mi>b</mi></mrow></mstyle></mtd><mtd style=\"text-align:right;text-align:-webkit-right;padding-right:0;padding-left:0.5em\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mi>c</mi></mstyle></mtd><mtd style=\"text-align:left;text-align:-webkit-left;padding-left:0\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mrow><mrow></mrow><mo>=</mo><mi>d</mi></mrow></mstyle></mtd></mtr></mtable>"),
        Case(.display, "\\begin{alignat}{2} a &= b & c &= d \\end{alignat}",
             "<mtable rowspacing=\"0.25em\" columnalign=\"right left right left\" columnspacing=\"0em\"><mtr><mtd style=\"text-align:right;text-align:-webkit-right;padding-right:0\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mi>a</mi></mstyle></mtd><mtd style=\"text-align:left;text-align:-webkit-left;padding-left:0;padding-right:0em\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mrow><mrow></mrow><mo>=</mo><mi>b</mi></mrow></mstyle></mtd><mtd style=\"text-align:right;text-align:-webkit-right;padding-right:0;padding-left:0em\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mi>c</mi></mstyle></mtd><mtd style=\"text-align:left;text-align:-webkit-left;padding-left:0\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mrow><mrow></mrow><mo>=</mo><mi>d</mi></mrow></mstyle></mtd></mtr></mtable>"),
        Case(.inline, "a \\bmod b",
             "<mrow><mi>a</mi><mo lspace=\"0.2778em\" rspace=\"0.2778em\">mod</mo><mi>b</mi></mrow>"),
        Case(.inline, "f^\\prime",
             "<mrow><mi>f</mi><mo lspace=\"0em\" rspace=\"0em\">′</mo></mrow>"),
        Case(.inline, "A^\\top",
             "<msup><mi>A</mi><mi mathvariant=\"normal\">⊤</mi></msup>"),
        Case(.inline, "A^T",
             "<msup><mi>A</mi><mi>T</mi></msup>"),
        Case(.inline, "\\sqrt{x}",
             "<msqrt><mi>x</mi></msqrt>"),
        Case(.inline, "\\sqrt[3]{x}",
             "<mroot><mi>x</mi><mn>3</mn></mroot>"),
        Case(.display, "\\sum_{i=1}^{n} x_i",
             "<mrow><munderover><mo largeop=\"true\" movablelimits=\"true\">∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><msub><mi>x</mi><mi>i</mi></msub></mrow>"),
        Case(.inline, "\\sum_{i=1}^{n} x_i",
             "<mrow><msubsup><mo largeop=\"true\" movablelimits=\"false\">∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></msubsup><msub><mi>x</mi><mi>i</mi></msub></mrow>"),
        Case(.inline, "\\int_0^1 f",
             "<mrow><msubsup><mo largeop=\"true\" movablelimits=\"false\">∫</mo><mn>0</mn><mn>1</mn></msubsup><mi>f</mi></mrow>"),
        Case(.display, "\\lim_{n\\to\\infty} a_n",
             "<mrow><munder><mi>lim</mi><mrow><mi>n</mi><mo>→</mo><mi mathvariant=\"normal\">∞</mi></mrow></munder><mo>⁡</mo><mspace width=\"0.1667em\" /><msub><mi>a</mi><mi>n</mi></msub></mrow>"),
        Case(.inline, "\\sin x",
             "<mrow><mi>sin</mi><mo>⁡</mo><mspace width=\"0.1667em\" /><mi>x</mi></mrow>"),
        Case(.inline, "\\max(a, b)",
             "<mrow><mi>max</mi><mo>⁡</mo><mo stretchy=\"false\">(</mo><mi>a</mi><mo separator=\"true\">,</mo><mi>b</mi><mo stretchy=\"false\">)</mo></mrow>"),
        Case(.inline, "\\arg\\min_x f",
             "<mrow><mi>arg</mi><mo>⁡</mo><mspace width=\"0.1667em\" /><msub><mi>min</mi><mi>x</mi></msub><mo>⁡</mo><mspace width=\"0.1667em\" /><mi>f</mi></mrow>"),
        Case(.inline, "\\left( \\frac{a}{b} \\right)",
             "<mrow><mo fence=\"true\" form=\"prefix\">(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo fence=\"true\" form=\"postfix\">)</mo></mrow>"),
        Case(.inline, "\\left. x \\right|",
             "<mrow><mi>x</mi><mo fence=\"true\" form=\"postfix\">|</mo></mrow>"),
        Case(.inline, "\\bigl( x \\bigr)",
             "<mrow><mrow><mo fence=\"false\" stretchy=\"true\" symmetric=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\">(</mo></mrow><mi>x</mi><mrow><mo fence=\"false\" stretchy=\"true\" symmetric=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\">)</mo></mrow></mrow>"),
        Case(.inline, "\\alpha\\varepsilon\\Gamma\\varGamma",
             "<mrow><mi>α</mi><mi>ε</mi><mi mathvariant=\"normal\">Γ</mi><mi>Γ</mi></mrow>"),
        Case(.inline, "\\nabla\\partial\\infty",
             "<mrow><mi mathvariant=\"normal\">∇</mi><mi mathvariant=\"normal\">∂</mi><mi mathvariant=\"normal\">∞</mi></mrow>"),
        Case(.inline, "a \\le b \\ne c \\approx d",
             "<mrow><mi>a</mi><mo>≤</mo><mi>b</mi><mo>≠</mo><mi>c</mi><mo>≈</mo><mi>d</mi></mrow>"),
        Case(.inline, "x \\to y \\mapsto z",
             "<mrow><mi>x</mi><mo>→</mo><mi>y</mi><mo>↦</mo><mi>z</mi></mrow>"),
        Case(.inline, "\\|x\\|_2",
             "<mrow><mi mathvariant=\"normal\">∥</mi><mi>x</mi><msub><mi mathvariant=\"normal\">∥</mi><mn>2</mn></msub></mrow>"),
        Case(.inline, "\\hat{x}\\bar{y}",
             "<mrow><mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">^</mo></mover><mover accent=\"true\"><mi>y</mi><mo stretchy=\"false\">ˉ</mo></mover></mrow>"),
        Case(.inline, "\\widehat{xy}",
             "<mover accent=\"true\"><mrow><mi>x</mi><mi>y</mi></mrow><mo stretchy=\"true\">^</mo></mover>"),
        Case(.inline, "\\overbrace{a+b}^{n}",
             "<mover><mover><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy=\"true\">⏞</mo></mover><mi>n</mi></mover>"),
        Case(.inline, "\\underbrace{a+b}_{n}",
             "<munder><munder><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy=\"true\">⏟</mo></munder><mi>n</mi></munder>"),
        Case(.inline, "\\mathbf{x}\\mathbb{R}\\mathcal{L}",
             "<mrow><mi>𝐱</mi><mi>ℝ</mi><mi>ℒ</mi></mrow>"),
        Case(.inline, "\\boldsymbol{\\theta}",
             "<mi>𝜽</mi>"),
        Case(.inline, "\\mathrm{d}x",
             "<mrow><mi mathvariant=\"normal\">d</mi><mi>x</mi></mrow>"),
        Case(.inline, "\\operatorname{softmax}(x)",
             "<mrow><mi>softmax</mi><mo>⁡</mo><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></mrow>"),
        Case(.inline, "\\text{猫 dog}",
             "<mtext>猫 dog</mtext>"),
        Case(.inline, "a\\,b\\quad c\\!d",
             "<mrow><mi>a</mi><mspace width=\"0.1667em\" /><mi>b</mi><mspace width=\"1em\" /><mi>c</mi><mspace width=\"-0.1667em\" /><mi>d</mi></mrow>"),
        Case(.inline, "\\begin{pmatrix}a&b\\\\c&d\\end{pmatrix}",
             "<mrow><mo fence=\"true\" form=\"prefix\">(</mo><mtable rowspacing=\"0.16em\" columnalign=\"center center\" columnspacing=\"1em\"><mtr><mtd><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>a</mi></mstyle></mtd><mtd><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>b</mi></mstyle></mtd></mtr><mtr><mtd><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>c</mi></mstyle></mtd><mtd><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>d</mi></mstyle></mtd></mtr></mtable><mo fence=\"true\" form=\"postfix\">)</mo></mrow>"),
        Case(.inline, "\\begin{cases}1&x>0\\\\0&\\text{else}\\end{cases}",
             "<mrow><mo fence=\"true\" form=\"prefix\">{</mo><mtable rowspacing=\"0.36em\" columnalign=\"left left\" columnspacing=\"1em\"><mtr><mtd style=\"text-align:left;text-align:-webkit-left\"><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mn>1</mn></mstyle></mtd><mtd style=\"text-align:left;text-align:-webkit-left\"><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>x</mi><mo>&gt;</mo><mn>0</mn></mstyle></mtd></mtr><mtr><mtd style=\"text-align:left;text-align:-webkit-left\"><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mn>0</mn></mstyle></mtd><mtd style=\"text-align:left;text-align:-webkit-left\"><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mtext>else</mtext></mstyle></mtd></mtr></mtable></mrow>"),
        Case(.display, "\\begin{aligned}a&=b\\\\&=c\\end{aligned}",
             "<mtable rowspacing=\"0.25em\" columnalign=\"right left\" columnspacing=\"0em\"><mtr><mtd style=\"text-align:right;text-align:-webkit-right;padding-right:0\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mi>a</mi></mstyle></mtd><mtd style=\"text-align:left;text-align:-webkit-left;padding-left:0\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mrow><mrow></mrow><mo>=</mo><mi>b</mi></mrow></mstyle></mtd></mtr><mtr><mtd style=\"text-align:right;text-align:-webkit-right;padding-right:0\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"></mstyle></mtd><mtd style=\"text-align:left;text-align:-webkit-left;padding-left:0\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mrow><mrow></mrow><mo>=</mo><mi>c</mi></mrow></mstyle></mtd></mtr></mtable>"),
        Case(.inline, "\\binom{n}{k}",
             "<mrow><mo fence=\"true\" form=\"prefix\">(</mo><mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac><mo fence=\"true\" form=\"postfix\">)</mo></mrow>"),
        Case(.inline, "\\displaystyle\\sum_i x",
             "<mstyle displaystyle=\"true\" scriptlevel=\"0\"><munder><mo largeop=\"true\" movablelimits=\"true\">∑</mo><mi>i</mi></munder><mi>x</mi></mstyle>"),
        Case(.inline, "\\not\\in",
             "<mo>∉</mo>"),
        Case(.inline, "\\xrightarrow{f}",
             "<mover><mo stretchy=\"true\">→</mo><mrow><mspace width=\"0.3em\" /><mi>f</mi><mspace width=\"0.3em\" /></mrow></mover>"),
        Case(.inline, "x \\to -\\infty",
             "<mrow><mi>x</mi><mo>→</mo><mo form=\"prefix\">−</mo><mi mathvariant=\"normal\">∞</mi></mrow>"),
        Case(.inline, "a := b - c",
             "<mrow><mi>a</mi><mo rspace=\"0em\">:</mo><mo lspace=\"0em\">=</mo><mi>b</mi><mo>−</mo><mi>c</mi></mrow>"),
        Case(.inline, "\\mathrm{diag}(x)",
             "<mrow><mi>diag</mi><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></mrow>"),
        Case(.inline, "\\boldsymbol{\\Lambda\\lambda}",
             "<mrow><mi>𝚲</mi><mi>𝝀</mi></mrow>"),
        Case(.inline, "\\vdots",
             "<mrow><mi mathvariant=\"normal\">⋮</mi><mspace width=\"0em\" height=\"1.5em\" /></mrow>"),
        Case(.inline, "\\left( x \\middle| y \\right)",
             "<mrow><mo fence=\"true\" form=\"prefix\">(</mo><mi>x</mi><mo fence=\"true\" stretchy=\"true\" symmetric=\"true\" lspace=\"0.05em\" rspace=\"0.05em\">|</mo><mi>y</mi><mo fence=\"true\" form=\"postfix\">)</mo></mrow>"),
        Case(.inline, "\\left\\{ \\frac{a}{b} \\middle\\| c \\middle/ d \\right\\}",
             "<mrow><mo fence=\"true\" form=\"prefix\">{</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo fence=\"true\" stretchy=\"true\" symmetric=\"true\" lspace=\"0.05em\" rspace=\"0.05em\">‖</mo><mi>c</mi><mo fence=\"true\" stretchy=\"false\" lspace=\"0.05em\" rspace=\"0.05em\">/</mo><mi>d</mi><mo fence=\"true\" form=\"postfix\">}</mo></mrow>"),
        Case(.inline, "\\begin{array}{c|l} a & b \\\\ \\hline c & d \\end{array}",
             "<mtable rowspacing=\"0.16em\" columnalign=\"center left\" columnspacing=\"1em\"><mtr><mtd style=\"border-right:0.06em solid currentcolor\"><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>a</mi></mstyle></mtd><mtd style=\"text-align:left;text-align:-webkit-left\"><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>b</mi></mstyle></mtd></mtr><mtr><mtd style=\"border-top:0.06em solid currentcolor;border-right:0.06em solid currentcolor\"><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>c</mi></mstyle></mtd><mtd style=\"text-align:left;text-align:-webkit-left;border-top:0.06em solid currentcolor\"><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>d</mi></mstyle></mtd></mtr></mtable>"),
        Case(.inline, "\\sqrt{\\tfrac{1}{2}}\\,\\mathbb{E}_{x\\sim p}[x]",
             "<mrow><msqrt><mstyle displaystyle=\"false\" scriptlevel=\"0\"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle></msqrt><mspace width=\"0.1667em\" /><msub><mi>𝔼</mi><mrow><mi>x</mi><mo>∼</mo><mi>p</mi></mrow></msub><mo stretchy=\"false\">[</mo><mi>x</mi><mo stretchy=\"false\">]</mo></mrow>"),
        Case(.inline, "\\text{if $x>0$}",
             "<mrow><mtext>if\u{A0}</mtext><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mrow>"),
        Case(.display, "a \\\\ b",
             "<mtable rowspacing=\"0.25em\" columnalign=\"center\" columnspacing=\"1em\"><mtr><mtd><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mi>a</mi></mstyle></mtd></mtr><mtr><mtd><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mi>b</mi></mstyle></mtd></mtr></mtable>"),
        Case(.inline, "x \\pmod{p}",
             "<mrow><mi>x</mi><mrow><mspace width=\"0.4444em\" /><mo stretchy=\"false\">(</mo><mi>mod</mi><mspace width=\"0.3333em\" /><mi>p</mi><mo stretchy=\"false\">)</mo></mrow></mrow>"),
        Case(.inline, "\\operatorname*{arg\\,max}_x",
             "<mrow><msub><mi>arg\u{2009}max</mi><mi>x</mi></msub><mo>\u{2061}</mo></mrow>"),
        Case(.inline, "\\overset{!}{=}",
             "<mover><mo>=</mo><mo>!</mo></mover>"),
    ]

    @Test(arguments: cases)
    func construct(_ c: Case) throws {
        #expect(try body(c.tex, c.style) == c.expected)
    }
}
