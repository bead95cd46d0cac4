import BookMath
import Testing

@Suite struct MathConverterTests {
    @Test func displayMathIsABlockWithTheSourceAnnotated() throws {
        let formula = try MathConverter().convert("a<b", style: .display)
        #expect(formula.markup == "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\"><semantics><mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi></mrow><annotation encoding=\"application/x-tex\">a&lt;b</annotation></semantics></math>")
    }

    @Test func inlineMathHasNoDisplayAttribute() throws {
        let formula = try MathConverter().convert("x", style: .inline)
        #expect(formula.markup == "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics><mi>x</mi><annotation encoding=\"application/x-tex\">x</annotation></semantics></math>")
    }

    @Test func labelAndTagAreReturnedAndTheTagIsShown() throws {
        let formula = try MathConverter().convert("x=1 \\label{eq-one} \\tag{A}", style: .display)
        #expect(formula.label == "eq-one")
        #expect(formula.tag == "A")
        #expect(formula.markup.contains("<mtext>(A)</mtext>"))
        #expect(formula.markup.contains("<mtable width=\"100%\" style=\"display:table;width:100%\">"))
    }

    @Test func tagIsTextThatMayHoldMath() throws {
        let formula = try MathConverter().convert("x \\tag{$+$hi}", style: .display)
        #expect(formula.tag == "$+$hi")
        #expect(formula.markup.contains("<mrow><mtext>(</mtext><mrow><mo form=\"prefix\">+</mo><mtext>hi</mtext></mrow><mtext>)</mtext></mrow>"))
        let starred = try MathConverter().convert("x \\tag*{A}", style: .display)
        #expect(starred.markup.contains("<mtext>A</mtext></mtd>"))
    }

    @Test func equationNumberIsShownAtTheRightOfDisplayMath() throws {
        let formula = try MathConverter().convert("x", style: .display, equationNumber: "2.1")
        #expect(try body("x", .display) == "<mi>x</mi>")
        let expected = "<mtable width=\"100%\" style=\"display:table;width:100%\"><mtr><mtd style=\"width:50%;padding:0\"></mtd><mtd style=\"padding:0\"><mstyle displaystyle=\"true\"><mi>x</mi></mstyle></mtd><mtd style=\"width:50%;padding:0;text-align:right;text-align:-webkit-right\"><mtext>(2.1)</mtext></mtd></mtr></mtable>"
        #expect(formula.markup.contains(expected))
        let inline = try MathConverter().convert("x", style: .inline, equationNumber: "2.1")
        #expect(!inline.markup.contains("2.1"))
    }

    @Test func conversionIsDeterministic() throws {
        let tex = "\\sum_{i=1}^n \\mathbf{x}_i^\\top \\begin{pmatrix}a\\\\b\\end{pmatrix}"
        let first = try MathConverter().convert(tex, style: .display)
        let second = try MathConverter().convert(tex, style: .display)
        #expect(first == second)
    }

    @Test func chineseTextAndEscapingInText() throws {
        #expect(try body("\\text{当 a<b}") == "<mtext>当\u{A0}a&lt;b</mtext>")
    }

    @Test func macrosWithoutParametersExpand() throws {
        #expect(try body("\\def\\R{\\mathbb{R}}\\R^n") == "<msup><mi>ℝ</mi><mi>n</mi></msup>")
    }
}

@Suite struct MathErrorTests {
    typealias Bad = BadFormula

    static let cases: [Bad] = [
        Bad(tex: "a + \\fracc{1}{2}", message: "unknown command \\fracc", offset: 4, suggestion: "\\frac"),
        Bad(tex: "\\alpah", message: "unknown command \\alpah", offset: 0, suggestion: "\\alpha"),
        Bad(tex: "θ + \\qqquad", message: "unknown command \\qqquad", offset: 5, suggestion: "\\qquad"),
        Bad(tex: "x + {y", message: "unbalanced braces: missing '}' for the '{' opened here", offset: 4, suggestion: nil),
        Bad(tex: "x}", message: "unbalanced braces: '}' without a matching '{'", offset: 1, suggestion: nil),
        Bad(tex: "\\begin{pmatrx}a\\end{pmatrx}", message: "unknown environment 'pmatrx'", offset: 0, suggestion: "pmatrix"),
        Bad(tex: "\\begin{matrix}a\\end{bmatrix}", message: "\\begin{matrix} ended by \\end{bmatrix}", offset: 15, suggestion: "\\end{matrix}"),
        Bad(tex: "a \\right)", message: "\\right without a matching \\left", offset: 2, suggestion: nil),
        Bad(tex: "\\left( a", message: "\\left without a matching \\right", offset: 0, suggestion: nil),
        Bad(tex: "\\frac{a}", message: "missing argument for \\frac", offset: 0, suggestion: nil),
        Bad(tex: "x^", message: "missing argument for '^'", offset: 1, suggestion: nil),
        Bad(tex: "\\cfrac[l]{1}{x}", message: "\\cfrac[l] is not supported: MathML centres a numerator; use \\cfrac", offset: 6, suggestion: nil),
        Bad(tex: "\\cfrac[x]{1}{x}", message: "\\cfrac takes [l], [c] or [r]", offset: 6, suggestion: nil),
        Bad(tex: "\\cfrac[\\alpha]{1}{x}", message: "\\cfrac takes [l], [c] or [r]", offset: 6, suggestion: nil),
        Bad(tex: "x^1^2", message: "double superscript; use braces to group: x^{a b}", offset: 3, suggestion: nil),
        Bad(tex: "a & b", message: "'&' is only allowed inside an environment such as aligned or matrix", offset: 2, suggestion: nil),
        Bad(tex: "\\begin{matrix}a", message: "missing \\end for this \\begin", offset: 0, suggestion: nil),
        Bad(tex: "a\\hspace{nanem}", message: "invalid length 'nanem' (expected a number and a unit such as 1em, 3mu, 2pt)", offset: 1, suggestion: nil),
        Bad(tex: "\\colorbox{red;top:0}{a}", message: "invalid colour 'red;top:0' (expected a name such as red or a hex colour such as #ff0000)", offset: 9, suggestion: nil),
        Bad(tex: "\\genfrac(){}{5}{a}{b}", message: "invalid style '5' in \\genfrac (expected 0, 1, 2, 3 or nothing)", offset: 0, suggestion: nil),
        Bad(tex: "\\def\\f#1{#1} \\f", message: "\\f needs 1 argument", offset: 13, suggestion: nil),
        Bad(tex: "\\def\\f#2{x}", message: "expected #1 in the parameters of \\f", offset: 6, suggestion: nil),
        Bad(tex: "\\def\\f#1{\\f{#1#1}}\\f{a}", message: "macro \\f expands to too much", offset: 18, suggestion: nil),
        Bad(tex: "\\newcommand{\\f}[0][a]{x}", message: "an optional argument needs a number of arguments from 1 to 9 in '[…]'", offset: 18, suggestion: nil),
        Bad(tex: "\\newcommand{\\f}[1][a{x}", message: "missing ']' for the optional argument opened here", offset: 18, suggestion: nil),
        Bad(tex: "\\newcommand{\\f}[2][a]{#1#2} \\f[b", message: "missing ']' for the optional argument opened here", offset: 30, suggestion: nil),
        Bad(tex: "\\newcommand{\\f}[2][a]{#1#2} \\f[b]", message: "\\f needs 2 arguments", offset: 28, suggestion: nil),
        Bad(tex: "a\\kern99999em", message: "invalid length '99999em' (expected a number and a unit such as 1em, 3mu, 2pt)", offset: 1, suggestion: nil),
    ]

    @Test(arguments: cases)
    func positionedError(_ bad: Bad) {
        expectPositionedError(bad)
    }

    @Test func descriptionCarriesTheSuggestion() {
        let error = MathError(message: "unknown command \\fracc", offset: 0, suggestion: "\\frac")
        #expect(error.description == "unknown command \\fracc (did you mean '\\frac'?)")
    }
}

@Suite struct SuggestionTests {
    @Test(arguments: [("mathbff", "\\mathbf"), ("sqr", "\\sqrt"), ("lamda", "\\lambda"), ("rightarow", "\\rightarrow")])
    func closeCommandsAreSuggested(typo: String, expected: String) {
        #expect(throws: MathError(message: "unknown command \\\(typo)", offset: 0, suggestion: expected)) {
            try MathConverter().convert("\\" + typo, style: .inline)
        }
    }

    @Test func farCommandsGetNoSuggestion() {
        #expect(throws: MathError(message: "unknown command \\zzzzzzzz", offset: 0, suggestion: nil)) {
            try MathConverter().convert("\\zzzzzzzz", style: .inline)
        }
    }
}
