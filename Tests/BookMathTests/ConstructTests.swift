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

/// A formula that must fail, with the error it must give.
struct BadFormula: Sendable, CustomTestStringConvertible {
    let tex: String
    let message: String
    let offset: Int
    let suggestion: String?
    var testDescription: String { tex }
}

/// Expects converting `bad.tex` (inline) to throw exactly `bad`'s error.
func expectPositionedError(_ bad: BadFormula) {
    #expect(throws: MathError(message: bad.message, offset: bad.offset, suggestion: bad.suggestion)) {
        try MathConverter().convert(bad.tex, style: .inline)
    }
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
        Case(.display, "\\cfrac{1}{a+\\cfrac{1}{b}}",
             "<mstyle displaystyle=\"true\" scriptlevel=\"0\"><mfrac><mrow><mspace width=\"0em\" height=\"0.84em\" depth=\"0.36em\" /><mn>1</mn></mrow><mrow><mi>a</mi><mo>+</mo><mstyle displaystyle=\"true\" scriptlevel=\"0\"><mfrac><mrow><mspace width=\"0em\" height=\"0.84em\" depth=\"0.36em\" /><mn>1</mn></mrow><mi>b</mi></mfrac></mstyle></mrow></mfrac></mstyle>"),
        Case(.inline, "\\cfrac[c]{1}{x}",
             "<mstyle displaystyle=\"true\" scriptlevel=\"0\"><mfrac><mrow><mspace width=\"0em\" height=\"0.84em\" depth=\"0.36em\" /><mn>1</mn></mrow><mi>x</mi></mfrac></mstyle>"),
        Case(.inline, "\\strut x\\rule{1em}{2pt}",
             "<mrow><mspace width=\"0em\" height=\"0.84em\" depth=\"0.36em\" /><mi>x</mi><mspace width=\"1em\" height=\"0.2em\" depth=\"0em\" style=\"background-color:currentcolor\" /></mrow>"),
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
        Case(.inline, "a\\llap{xx}y",
             "<mrow><mi>a</mi><mpadded width=\"0\"><mrow style=\"transform:translateX(-100%)\"><mtext>xx</mtext></mrow></mpadded><mi>y</mi></mrow>"),
        Case(.inline, "\\mathrlap{c}d\\mathclap{e}",
             "<mrow><mpadded width=\"0\"><mi>c</mi></mpadded><mi>d</mi><mpadded width=\"0\"><mrow style=\"transform:translateX(-50%)\"><mi>e</mi></mrow></mpadded></mrow>"),
        Case(.inline, "\\raisebox{0.25em}{$x$} y",
             "<mrow><mpadded voffset=\"0.25em\"><mi>x</mi></mpadded><mi>y</mi></mrow>"),
        Case(.inline, "\\colorbox{yellow}{b}\\fcolorbox{red}{#ff0}{c}",
             "<mrow><mrow style=\"background-color:yellow;padding:0.3em\"><mtext>b</mtext></mrow><mrow style=\"border:0.04em solid red;background-color:#ff0;padding:0.3em\"><mtext>c</mtext></mrow></mrow>"),
        Case(.inline, "\\genfrac{[}{]}{0pt}{}{a}{b}",
             "<mrow><mo fence=\"true\" form=\"prefix\">[</mo><mfrac linethickness=\"0em\"><mi>a</mi><mi>b</mi></mfrac><mo fence=\"true\" form=\"postfix\">]</mo></mrow>"),
        Case(.inline, "\\genfrac{}{}{1pt}{0}{a}{b}",
             "<mstyle displaystyle=\"true\" scriptlevel=\"0\"><mfrac linethickness=\"0.1em\"><mi>a</mi><mi>b</mi></mfrac></mstyle>"),
        Case(.inline, "\\begin{Bmatrix*} a \\end{Bmatrix*}",
             "<mrow><mo fence=\"true\" form=\"prefix\">{</mo><mtable rowspacing=\"0.16em\" columnalign=\"center\" columnspacing=\"1em\"><mtr><mtd><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>a</mi></mstyle></mtd></mtr></mtable><mo fence=\"true\" form=\"postfix\">}</mo></mrow>"),
        Case(.inline, "a\\vartriangle b \\circledS",
             "<mrow><mi>a</mi><mo>△</mo><mi>b</mi><mi mathvariant=\"normal\">Ⓢ</mi></mrow>"),
        Case(.inline, "\\left\\uparrow \\frac{a}{b} \\right\\Downarrow",
             "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\" symmetric=\"true\">↑</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo fence=\"true\" form=\"postfix\" stretchy=\"true\" symmetric=\"true\">⇓</mo></mrow>"),
        Case(.inline, "\\ulcorner x \\lrcorner",
             "<mrow><mo stretchy=\"false\">⌜</mo><mi>x</mi><mo stretchy=\"false\">⌟</mo></mrow>"),
        Case(.inline, "\\cancel{5}\\xcancel{x}\\sout{a}",
             "<mrow><mrow style=\"background-image:linear-gradient(to bottom right,transparent calc(50% - 0.03em),currentcolor calc(50% - 0.03em),currentcolor calc(50% + 0.03em),transparent calc(50% + 0.03em))\"><mn>5</mn></mrow><mrow style=\"background-image:linear-gradient(to top right,transparent calc(50% - 0.03em),currentcolor calc(50% - 0.03em),currentcolor calc(50% + 0.03em),transparent calc(50% + 0.03em)),linear-gradient(to bottom right,transparent calc(50% - 0.03em),currentcolor calc(50% - 0.03em),currentcolor calc(50% + 0.03em),transparent calc(50% + 0.03em))\"><mi>x</mi></mrow><mrow style=\"background-image:linear-gradient(to bottom,transparent calc(50% - 0.03em),currentcolor calc(50% - 0.03em),currentcolor calc(50% + 0.03em),transparent calc(50% + 0.03em))\"><mi>a</mi></mrow></mrow>"),
        Case(.inline, "a\\rule[-0.2em]{1em}{0.5em}",
             "<mrow><mi>a</mi><mspace width=\"1em\" height=\"0.3em\" depth=\"0.2em\" style=\"background-color:currentcolor\" /></mrow>"),
        Case(.inline, "\\bra{\\phi}\\Ket{\\psi}\\set{1}",
             "<mrow><mrow><mo stretchy=\"false\">⟨</mo><mi>ϕ</mi><mo stretchy=\"false\">|</mo></mrow><mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"false\">|</mo><mi>ψ</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"false\">⟩</mo></mrow><mspace width=\"0.1667em\" /><mrow><mo stretchy=\"false\">{</mo><mn>1</mn><mo stretchy=\"false\">}</mo></mrow></mrow>"),
        Case(.inline, "\\overrightharpoon{ab}",
             "<mover accent=\"true\"><mrow><mi>a</mi><mi>b</mi></mrow><mo stretchy=\"true\">⇀</mo></mover>"),
        Case(.inline, "A \\xtofrom{a} B",
             "<mrow><mi>A</mi><mover><mo stretchy=\"true\">⇄</mo><mrow><mspace width=\"0.3em\" /><mi>a</mi><mspace width=\"0.3em\" /></mrow></mover><mi>B</mi></mrow>"),
        Case(.inline, "\\textsl{s}",
             "<mtext>𝑠</mtext>"),
        Case(.inline, "a \\lessdot b \\Vdash c \\lang x \\rang \\gimel",
             "<mrow><mi>a</mi><mo>⋖</mo><mi>b</mi><mo>⊩</mo><mi>c</mi><mo stretchy=\"false\">⟨</mo><mi>x</mi><mo stretchy=\"false\">⟩</mo><mi mathvariant=\"normal\">ℷ</mi></mrow>"),
        Case(.inline, "a_{\\angl{n}}",
             "<msub><mi>a</mi><mrow style=\"border-top:0.04em solid currentcolor;border-right:0.04em solid currentcolor;padding:0.1em 0.1em 0 0.05em\"><mi>n</mi></mrow></msub>"),
        Case(.inline, "f \\colon X",
             "<mrow><mi>f</mi><mo lspace=\"0.1111em\" rspace=\"0.3333em\">:</mo><mi>X</mi></mrow>"),
        Case(.inline, "\\def\\foo#1{#1^2} \\foo{y} + \\foo x",
             "<mrow><msup><mi>y</mi><mn>2</mn></msup><mo>+</mo><msup><mi>x</mi><mn>2</mn></msup></mrow>"),
        Case(.inline, "\\newcommand{\\pair}[2]{(#1,#2)} \\pair{a}{b}",
             "<mrow><mo stretchy=\"false\">(</mo><mi>a</mi><mo separator=\"true\">,</mo><mi>b</mi><mo stretchy=\"false\">)</mo></mrow>"),
        // An optional first argument: its default when left out; a ']' inside braces is kept.
        Case(.inline, "\\newcommand{\\sq}[2][2]{#2^{#1}} \\sq{x} + \\sq[3]{y} + \\sq [{[a]}] z",
             "<mrow><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><msup><mi>y</mi><mn>3</mn></msup><mo>+</mo><msup><mi>z</mi><mrow><mo stretchy=\"false\">[</mo><mi>a</mi><mo stretchy=\"false\">]</mo></mrow></msup></mrow>"),
        Case(.inline, "\\text{a\\ldots b \\textasciitilde}",
             "<mtext>a…b ~</mtext>"),
        Case(.inline, "\\iddots \\mathellipsis",
             "<mrow><mo>⋰</mo><mo>…</mo></mrow>"),
        Case(.inline, "\\begin{drcases} a & b \\end{drcases}",
             "<mrow><mtable rowspacing=\"0.36em\" columnalign=\"left left\" columnspacing=\"1em\"><mtr><mtd style=\"text-align:left;text-align:-webkit-left\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mi>a</mi></mstyle></mtd><mtd style=\"text-align:left;text-align:-webkit-left\"><mstyle scriptlevel=\"0\" displaystyle=\"true\"><mi>b</mi></mstyle></mtd></mtr></mtable><mo fence=\"true\" form=\"postfix\">}</mo></mrow>"),
        // TeX's thin space around an Inner atom, counted across explicit spaces: `f\!\left(` touches.
        Case(.inline, "f\\!\\left(x\\right)^2,\\left.a\\right|_{g\\left(b\\right)}",
             "<mrow><mi>f</mi><mspace style=\"margin-left:-0.1667em\" /><mspace width=\"0.1667em\" /><msup><mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"false\">(</mo><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"false\">)</mo></mrow><mn>2</mn></msup><mspace width=\"0.1667em\" /><mo separator=\"true\">,</mo><msub><mrow><mi>a</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"false\">|</mo></mrow><mrow><mi>g</mi><mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"false\">(</mo><mi>b</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"false\">)</mo></mrow></mrow></msub></mrow>"),
        // A fraction is an Inner atom too; a big operator's own lspace is the Inner–Op space.
        Case(.inline, "2\\frac{1}{2}x=\\frac{a}{b}\\sum_i y",
             "<mrow><mn>2</mn><mspace width=\"0.1667em\" /><mfrac><mn>1</mn><mn>2</mn></mfrac><mspace width=\"0.1667em\" /><mi>x</mi><mo>=</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><msub><mo largeop=\"true\" movablelimits=\"false\">∑</mo><mi>i</mi></msub><mi>y</mi></mrow>"),
        Case(.inline, "\\left( x_i \\right) \\left( x^2 \\right)",
             "<mrow><mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"false\">(</mo><msub><mi>x</mi><mi>i</mi></msub><mo fence=\"true\" form=\"postfix\" stretchy=\"false\">)</mo></mrow><mspace width=\"0.1667em\" /><mrow><mo fence=\"true\" form=\"prefix\">(</mo><msup><mi>x</mi><mn>2</mn></msup><mo fence=\"true\" form=\"postfix\">)</mo></mrow></mrow>"),
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
        // Operators in scripts keep the operator dictionary's spacing, which MathML Core scales
        // with the script size; a fraction's parts are in script style only outside display style.
        Case(.inline, "x_{i,j}^{-1}",
             "<msubsup><mi>x</mi><mrow><mi>i</mi><mo separator=\"true\">,</mo><mi>j</mi></mrow><mrow><mo form=\"prefix\">−</mo><mn>1</mn></mrow></msubsup>"),
        Case(.inline, "\\frac{a+b}{2}",
             "<mfrac><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mn>2</mn></mfrac>"),
        Case(.display, "\\frac{a+b}{2}",
             "<mfrac><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mn>2</mn></mfrac>"),
        Case(.display, "\\scriptstyle a+b \\textstyle c+d",
             "<mstyle displaystyle=\"false\" scriptlevel=\"1\"><mi>a</mi><mo>+</mo><mi>b</mi><mstyle displaystyle=\"false\" scriptlevel=\"0\"><mi>c</mi><mo>+</mo><mi>d</mi></mstyle></mstyle>"),
        Case(.inline, "\\int_0^1 f",
             "<mrow><msubsup><mo largeop=\"true\" movablelimits=\"false\">∫</mo><mn>0</mn><mn>1</mn></msubsup><mi>f</mi></mrow>"),
        Case(.display, "\\lim_{n\\to\\infty} a_n",
             "<mrow><munder><mi>lim</mi><mrow><mi>n</mi><mo>→</mo><mi mathvariant=\"normal\">∞</mi></mrow></munder><mo>⁡</mo><mspace width=\"0.1667em\" /><msub><mi>a</mi><mi>n</mi></msub></mrow>"),
        // Ord–Op and Close–Op: a thin space before an operator name.
        Case(.inline, "2\\sin x + f(x)\\ln y",
             "<mrow><mn>2</mn><mspace width=\"0.1667em\" /><mi>sin</mi><mo>⁡</mo><mspace width=\"0.1667em\" /><mi>x</mi><mo>+</mo><mi>f</mi><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo><mspace width=\"0.1667em\" /><mi>ln</mi><mo>⁡</mo><mspace width=\"0.1667em\" /><mi>y</mi></mrow>"),
        Case(.inline, "\\sin x",
             "<mrow><mi>sin</mi><mo>⁡</mo><mspace width=\"0.1667em\" /><mi>x</mi></mrow>"),
        Case(.inline, "\\max(a, b)",
             "<mrow><mi>max</mi><mo>⁡</mo><mo stretchy=\"false\">(</mo><mi>a</mi><mo separator=\"true\">,</mo><mi>b</mi><mo stretchy=\"false\">)</mo></mrow>"),
        Case(.inline, "\\arg\\min_x f",
             "<mrow><mi>arg</mi><mo>⁡</mo><mspace width=\"0.1667em\" /><msub><mi>min</mi><mi>x</mi></msub><mo>⁡</mo><mspace width=\"0.1667em\" /><mi>f</mi></mrow>"),
        Case(.inline, "\\left( \\frac{a}{b} \\right)",
             "<mrow><mo fence=\"true\" form=\"prefix\">(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo fence=\"true\" form=\"postfix\">)</mo></mrow>"),
        Case(.inline, "\\left. x \\right|",
             "<mrow><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"false\">|</mo></mrow>"),
        // \big… is an ordinary atom in TeX and \bigm… a relation; a plain vertical arrow keeps
        // its size next to a tall neighbour.
        Case(.inline, "a\\big\\uparrow b \\bigm| c",
             "<mrow><mi>a</mi><mrow><mo fence=\"false\" stretchy=\"true\" symmetric=\"true\" lspace=\"0em\" rspace=\"0em\" minsize=\"1.2em\" maxsize=\"1.2em\">↑</mo></mrow><mi>b</mi><mrow><mo fence=\"false\" stretchy=\"true\" symmetric=\"true\" lspace=\"0.2778em\" rspace=\"0.2778em\" minsize=\"1.2em\" maxsize=\"1.2em\">|</mo></mrow><mi>c</mi></mrow>"),
        Case(.display, "\\frac{a}{b} \\uparrow x",
             "<mrow><mfrac><mi>a</mi><mi>b</mi></mfrac><mo stretchy=\"false\">↑</mo><mi>x</mi></mrow>"),
        Case(.inline, "\\bigl( x \\bigr)",
             "<mrow><mrow><mo fence=\"false\" stretchy=\"true\" symmetric=\"true\" lspace=\"0em\" rspace=\"0em\" minsize=\"1.2em\" maxsize=\"1.2em\">(</mo></mrow><mi>x</mi><mrow><mo fence=\"false\" stretchy=\"true\" symmetric=\"true\" lspace=\"0em\" rspace=\"0em\" minsize=\"1.2em\" maxsize=\"1.2em\">)</mo></mrow></mrow>"),
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
        Case(.inline, "\\overline{xy}",
             "<mrow style=\"border-top:0.06em solid;padding-top:0.1em\"><mrow><mi>x</mi><mi>y</mi></mrow></mrow>"),
        Case(.inline, "\\underline{ab}",
             "<mrow style=\"border-bottom:0.06em solid;padding-bottom:0.1em\"><mrow><mi>a</mi><mi>b</mi></mrow></mrow>"),
        Case(.inline, "\\overline{C}",
             "<mover accent=\"true\"><mi>C</mi><mo stretchy=\"true\">‾</mo></mover>"),
        Case(.inline, "\\vec{v}",
             "<mover accent=\"true\"><mi>v</mi><mo stretchy=\"false\" style=\"font-size:0.6em\">→</mo></mover>"),
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
             "<mrow><mi>a</mi><mspace width=\"0.1667em\" /><mi>b</mi><mspace width=\"1em\" /><mi>c</mi><mspace style=\"margin-left:-0.1667em\" /><mi>d</mi></mrow>"),
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
             "<mpadded height=\"0.875em\" depth=\"0.3333em\"><mi mathvariant=\"normal\">⋮</mi></mpadded>"),
        Case(.inline, "\\begin{bmatrix} x_1 \\\\ \\vdots \\end{bmatrix}",
             "<mrow><mo fence=\"true\" form=\"prefix\">[</mo><mtable rowspacing=\"0.16em\" columnalign=\"center\" columnspacing=\"1em\"><mtr><mtd><mstyle scriptlevel=\"0\" displaystyle=\"false\"><msub><mi>x</mi><mn>1</mn></msub></mstyle></mtd></mtr><mtr><mtd><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mpadded height=\"0.875em\" depth=\"0.3333em\"><mi mathvariant=\"normal\">⋮</mi></mpadded></mstyle></mtd></mtr></mtable><mo fence=\"true\" form=\"postfix\">]</mo></mrow>"),
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
             "<mover><mo stretchy=\"false\">=</mo><mo>!</mo></mover>"),
        // The base keeps its size under a wide mark, as in LaTeX (\xrightarrow is the one that grows).
        Case(.inline, "\\overset{abc}{\\rightarrow}",
             "<mover><mo stretchy=\"false\">→</mo><mrow><mi>a</mi><mi>b</mi><mi>c</mi></mrow></mover>"),
    ]

    @Test(arguments: cases)
    func construct(_ c: Case) throws {
        #expect(try body(c.tex, c.style) == c.expected)
    }
}
