@testable import BookMath
import Testing

/// KaTeX's symbols that BookMath lacked or drew wrongly, operator names with decorations, and
/// text mode: accents, special letters, ligatures, font switches and sizes inside `\text`.
@Suite struct SymbolCoverageTests {
    static let cases: [Case] = [
        Case(.inline, "\\rhd \\lhd \\unlhd \\unrhd",
             "<mrow><mo form=\"prefix\">⊳</mo><mo form=\"prefix\">⊲</mo><mo rspace=\"0em\">⊴</mo><mo lspace=\"0em\">⊵</mo></mrow>"),
        Case(.inline, "a\\And b",
             "<mrow><mi>a</mi><mo lspace=\"0.5556em\" rspace=\"0.5556em\">&amp;</mo><mi>b</mi></mrow>"),
        Case(.inline, "a\\doublecap b\\doublecup c\\Join d",
             "<mrow><mi>a</mi><mo>⋒</mo><mi>b</mi><mo>⋓</mo><mi>c</mi><mo>⋈</mo><mi>d</mi></mrow>"),
        Case(.inline, "\\dArr \\lrarr \\uArr \\Larr \\Rarr",
             "<mrow><mo stretchy=\"false\" rspace=\"0em\">⇓</mo><mo lspace=\"0em\" rspace=\"0em\">↔</mo><mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">⇑</mo><mo lspace=\"0em\" rspace=\"0em\">⇐</mo><mo lspace=\"0em\">⇒</mo></mrow>"),
        Case(.inline, "a\\Dagger b",
             "<mrow><mi>a</mi><mo>‡</mo><mi>b</mi></mrow>"),
        Case(.inline, "\\sphericalangle \\triangledown \\blacktriangle \\blacktriangledown",
             "<mrow><mi mathvariant=\"normal\">∢</mi><mi mathvariant=\"normal\">▽</mi><mi mathvariant=\"normal\">▲</mi><mi mathvariant=\"normal\">▼</mi></mrow>"),
        Case(.inline, "\\mathsterling \\Diamond \\circledR",
             "<mrow><mi mathvariant=\"normal\">£</mi><mi mathvariant=\"normal\">◊</mi><mi mathvariant=\"normal\">®</mi></mrow>"),
        Case(.inline, "a\\minuso b",
             "<mrow><mi>a</mi><mrow><mspace width=\"0.2222em\" /><mpadded width=\"0\"><mrow><mspace width=\"0.145em\" /><mo lspace=\"0em\" rspace=\"0em\">∘</mo></mrow></mpadded><mo lspace=\"0em\" rspace=\"0em\">−</mo><mspace width=\"0.2222em\" /></mrow><mi>b</mi></mrow>"),
        Case(.inline, "a⦵b",
             "<mrow><mi>a</mi><mrow><mspace width=\"0.2222em\" /><mpadded width=\"0\"><mrow><mspace width=\"0.145em\" /><mo lspace=\"0em\" rspace=\"0em\">∘</mo></mrow></mpadded><mo lspace=\"0em\" rspace=\"0em\">−</mo><mspace width=\"0.2222em\" /></mrow><mi>b</mi></mrow>"),
        Case(.inline, "\\cnums \\reals",
             "<mrow><mi>ℂ</mi><mi>ℝ</mi></mrow>"),
        Case(.inline, "\\AA \\aa \\O",
             "<mrow><mi mathvariant=\"normal\">Å</mi><mi mathvariant=\"normal\">å</mi><mi mathvariant=\"normal\">∅</mi></mrow>"),
        Case(.inline, "a_\\angln",
             "<msub><mi>a</mi><mrow style=\"border-top:0.04em solid currentcolor;border-right:0.04em solid currentcolor;padding:0.1em 0.1em 0 0.05em\"><mi>n</mi></mrow></msub>"),
        Case(.inline, "a\\vcentcolon b\\dblcolon c\\coloneqq d\\Coloneqq e",
             "<mrow><mi>a</mi><mo>:</mo><mi>b</mi><mo>∷</mo><mi>c</mi><mo>≔</mo><mi>d</mi><mo>∷=</mo><mi>e</mi></mrow>"),
        Case(.inline, "a\\coloneq b\\Coloneq c\\eqqcolon d\\Eqqcolon e",
             "<mrow><mi>a</mi><mo>:−</mo><mi>b</mi><mo>∷−</mo><mi>c</mi><mo>≕</mo><mi>d</mi><mo>=∷</mo><mi>e</mi></mrow>"),
        Case(.inline, "a\\eqcolon b\\Eqcolon c\\colonapprox d\\Colonapprox e",
             "<mrow><mi>a</mi><mo>∹</mo><mi>b</mi><mo>−∷</mo><mi>c</mi><mo>:≈</mo><mi>d</mi><mo>∷≈</mo><mi>e</mi></mrow>"),
        Case(.inline, "a\\colonsim b\\Colonsim c\\simcolon d\\simcoloncolon e",
             "<mrow><mi>a</mi><mo>:∼</mo><mi>b</mi><mo>∷∼</mo><mi>c</mi><mo>∼:</mo><mi>d</mi><mo>∼∷</mo><mi>e</mi></mrow>"),
        Case(.inline, "a\\approxcolon b\\approxcoloncolon c",
             "<mrow><mi>a</mi><mo>≈:</mo><mi>b</mi><mo>≈∷</mo><mi>c</mi></mrow>"),
        Case(.inline, "x_{a\\coloneq b}",
             "<msub><mi>x</mi><mrow><mi>a</mi><mo>:−</mo><mi>b</mi></mrow></msub>"),
        Case(.display, "\\varinjlim_n x",
             "<mrow><munder><munder accentunder=\"true\"><mi>lim</mi><mo stretchy=\"true\">→</mo></munder><mi>n</mi></munder><mo>\u{2061}</mo><mspace width=\"0.1667em\" /><mi>x</mi></mrow>"),
        Case(.display, "\\varprojlim_n x",
             "<mrow><munder><munder accentunder=\"true\"><mi>lim</mi><mo stretchy=\"true\">←</mo></munder><mi>n</mi></munder><mo>\u{2061}</mo><mspace width=\"0.1667em\" /><mi>x</mi></mrow>"),
        Case(.display, "\\varliminf_n x",
             "<mrow><munder><mrow style=\"border-bottom:0.06em solid;padding-bottom:0.1em\"><mi>lim</mi></mrow><mi>n</mi></munder><mo>\u{2061}</mo><mspace width=\"0.1667em\" /><mi>x</mi></mrow>"),
        Case(.inline, "\\varlimsup_n x",
             "<mrow><msub><mrow style=\"border-top:0.06em solid;padding-top:0.1em\"><mi>lim</mi></mrow><mi>n</mi></msub><mo>\u{2061}</mo><mspace width=\"0.1667em\" /><mi>x</mi></mrow>"),
        Case(.inline, "\\plim_n x",
             "<mrow><munder><mi>plim</mi><mi>n</mi></munder><mo>\u{2061}</mo><mspace width=\"0.1667em\" /><mi>x</mi></mrow>"),
        Case(.display, "\\mathop{\\overline{\\mathrm{lim}}}\\limits_{x} f",
             "<mrow><munder><mrow style=\"border-top:0.06em solid;padding-top:0.1em\"><mi>lim</mi></mrow><mi>x</mi></munder><mo>\u{2061}</mo><mspace width=\"0.1667em\" /><mi>f</mi></mrow>"),
        Case(.inline, "\\operatorname*{\\underline{lim}}_n",
             "<mrow><msub><mrow style=\"border-bottom:0.06em solid;padding-bottom:0.1em\"><mi>lim</mi></mrow><mi>n</mi></msub><mo>\u{2061}</mo></mrow>"),
        Case(.inline, "\\nleqslant \\backepsilon",
             "<mrow><mo rspace=\"0em\">≰</mo><mo lspace=\"0em\">∍</mo></mrow>"),
        Case(.inline, "a\\rq b",
             "<mrow><mrow><mi>a</mi><mo lspace=\"0em\" rspace=\"0em\">′</mo></mrow><mi>b</mi></mrow>"),
        Case(.inline, "`a",
             "<mrow><mi mathvariant=\"normal\">‘</mi><mi>a</mi></mrow>"),
        Case(.inline, "┌ x ┐ └ y ┘",
             "<mrow><mo stretchy=\"false\">┌</mo><mi>x</mi><mo stretchy=\"false\">┐</mo><mo stretchy=\"false\">└</mo><mi>y</mi><mo stretchy=\"false\">┘</mo></mrow>"),
        Case(.inline, "\\textcircled{1}",
             "<mrow><mspace width=\"0.5em\" /><mpadded width=\"0\"><mrow style=\"transform:translateX(-50%)\"><mtext>◯</mtext></mrow></mpadded><mpadded width=\"0\"><mrow style=\"transform:translateX(-50%)\"><mtext>1</mtext></mrow></mpadded><mspace width=\"0.5em\" /></mrow>"),
        Case(.inline, "\\LaTeX",
             "<mrow><mtext>L</mtext><mspace style=\"margin-left:-0.36em\" /><mpadded voffset=\"0.205em\"><mstyle mathsize=\"0.7em\"><mtext>A</mtext></mstyle></mpadded><mspace style=\"margin-left:-0.15em\" /><mtext>T</mtext><mspace style=\"margin-left:-0.1667em\" /><mpadded voffset=\"-0.2155em\"><mtext>E</mtext></mpadded><mspace style=\"margin-left:-0.125em\" /><mtext>X</mtext></mrow>"),
        Case(.inline, "\\text{\\'{a}\\`{e}\\^{o}\\\"{u}\\~{n}\\={a}\\.{z}\\u{g}\\v{c}\\H{o}\\r{u}\\c{c}}",
             "<mtext>áèôüñāżğčőůç</mtext>"),
        Case(.inline, "\\text{\\'a \\\"\\i \\'\\j \\.I \\u g}",
             "<mtext>á\u{A0}ïȷ́İ\u{A0}ğ</mtext>"),
        Case(.inline, "\\text{\\'{\\\"u} \\'{ab} \\v{}}",
             "<mrow><mtext>ǘ\u{A0}</mtext><mover accent=\"true\"><mtext>ab</mtext><mo stretchy=\"false\">ˊ</mo></mover><mtext>\u{A0}ˇ</mtext></mrow>"),
        Case(.inline, "\\textbf{\\'e}",
             "<mtext>𝐞́</mtext>"),
        Case(.inline, "\\text{\\ss \\o \\O \\ae \\AE \\oe \\OE \\aa \\AA \\i \\j}",
             "<mtext>ßøØæÆœŒåÅıȷ</mtext>"),
        Case(.inline, "\\text{\\textsterling\\textbardbl\\sect\\textdollar\\maltese\\degree\\pounds\\textcopyright}",
             "<mtext>£∥§$✠°£©</mtext>"),
        Case(.inline, "\\text{\\textcircled a}",
             "<mrow><mspace width=\"0.5em\" /><mpadded width=\"0\"><mrow style=\"transform:translateX(-50%)\"><mtext>◯</mtext></mrow></mpadded><mpadded width=\"0\"><mrow style=\"transform:translateX(-50%)\"><mtext>a</mtext></mrow></mpadded><mspace width=\"0.5em\" /></mrow>"),
        Case(.inline, "\\text{\\TeX}",
             "<mrow><mtext>T</mtext><mspace style=\"margin-left:-0.1667em\" /><mpadded voffset=\"-0.2155em\"><mtext>E</mtext></mpadded><mspace style=\"margin-left:-0.125em\" /><mtext>X</mtext></mrow>"),
        Case(.inline, "\\textbf{\\KaTeX}",
             "<mrow><mtext>𝐊</mtext><mspace style=\"margin-left:-0.17em\" /><mpadded voffset=\"0.205em\"><mstyle mathsize=\"0.7em\"><mtext>𝐀</mtext></mstyle></mpadded><mspace style=\"margin-left:-0.15em\" /><mtext>𝐓</mtext><mspace style=\"margin-left:-0.1667em\" /><mpadded voffset=\"-0.2155em\"><mtext>𝐄</mtext></mpadded><mspace style=\"margin-left:-0.125em\" /><mtext>𝐗</mtext></mrow>"),
        Case(.inline, "\\text{``a'' b---c -- d `e' -{-}-}",
             "<mtext>“a”\u{A0}b—c\u{A0}–\u{A0}d\u{A0}‘e’\u{A0}---</mtext>"),
        Case(.inline, "\\texttt{``a''--}",
             "<mtext>‘‘𝚊’’--</mtext>"),
        Case(.inline, "\\text{a {\\bf b} c \\it d}",
             "<mtext>a\u{A0}𝐛\u{A0}c\u{A0}𝑑</mtext>"),
        Case(.inline, "\\text{\\bf\\it x}",
             "<mtext>𝑥</mtext>"),
        Case(.inline, "\\textit{a \\em b}",
             "<mtext>𝑎\u{A0}b</mtext>"),
        Case(.inline, "\\text{\\tiny a {\\Huge b} c}",
             "<mstyle mathsize=\"0.5em\"><mtext>a\u{A0}</mtext><mstyle mathsize=\"4.976em\"><mtext>b</mtext></mstyle><mtext>\u{A0}c</mtext></mstyle>"),
        Case(.inline, "\\textsf{for $a<b$}",
             "<mrow><mtext>𝖿𝗈𝗋\u{A0}</mtext><mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi></mrow></mrow>"),
        Case(.inline, "\\text{if \\(x\\)}",
             "<mrow><mtext>if\u{A0}</mtext><mi>x</mi></mrow>"),
        Case(.inline, "\\text{a\\!b\\>c\\hspace{1em}d}",
             "<mrow><mtext>a</mtext><mspace style=\"margin-left:-0.1667em\" /><mtext>b</mtext><mspace width=\"0.2222em\" /><mtext>c</mtext><mspace width=\"1em\" /><mtext>d</mtext></mrow>"),
        Case(.inline, "\\text{\\underline{u} \\textcolor{red}{r} {\\color{blue} b}}",
             "<mrow><mrow style=\"border-bottom:0.06em solid;padding-bottom:0.1em\"><mtext>u</mtext></mrow><mtext>\u{A0}</mtext><mstyle mathcolor=\"red\"><mtext>r</mtext></mstyle><mtext>\u{A0}</mtext><mstyle mathcolor=\"blue\"><mtext>\u{A0}b</mtext></mstyle></mrow>"),
        Case(.inline, "a\\DOTSB b\\dotsx c",
             "<mrow><mi>a</mi><mi>b</mi><mrow><mo>…</mo><mspace width=\"0.1667em\" /></mrow><mi>c</mi></mrow>"),
        Case(.inline, "\\text{a\\fbox{b}\\red{d}\\relax e}",
             "<mrow><mtext>a</mtext><mrow style=\"border:0.06em solid currentcolor;padding:0.25em\"><mtext>b</mtext></mrow><mstyle mathcolor=\"#df0030\"><mtext>d</mtext></mstyle><mtext>e</mtext></mrow>"),
    ]

    @Test(arguments: cases)
    func construct(_ c: Case) throws {
        #expect(try body(c.tex, c.style) == c.expected)
    }

    typealias Bad = BadFormula

    static let errors: [Bad] = [
        Bad(tex: "\\'a", message: "\\' is a text accent, for use inside \\text", offset: 0, suggestion: "\\acute"),
        Bad(tex: "x\\H{o}", message: "\\H is a text accent, for use inside \\text", offset: 1, suggestion: nil),
        Bad(tex: "\\text{\\'}", message: "missing argument for \\'", offset: 6, suggestion: nil),
        Bad(tex: "\\text{\\v\\alpha}", message: "missing argument for \\v", offset: 6, suggestion: nil),
        Bad(tex: "\\text{\\textsterlin}", message: "unknown command \\textsterlin in text", offset: 6, suggestion: "\\textsterling"),
        Bad(tex: "\\text{\\alpha}", message: "\\alpha is a math command; it cannot be used inside \\text (close the text first)", offset: 6,
            suggestion: nil),
        Bad(tex: "\\text{\\(x}", message: "\\( inside \\text opens math that is never closed", offset: 6, suggestion: nil),
        Bad(tex: "\\text{\\tiny {a}", message: "unbalanced braces: missing '}' for the '{' opened here", offset: 5, suggestion: nil),
        Bad(tex: "\\textcircled", message: "missing argument for \\textcircled", offset: 0, suggestion: nil),
        Bad(tex: "\\Colonequ", message: "unknown command \\Colonequ", offset: 0, suggestion: "\\Coloneq"),
    ]

    @Test(arguments: errors)
    func positionedError(_ bad: Bad) {
        expectPositionedError(bad)
    }

    /// Every accent composes with every letter it has a precomposed form for, and the table
    /// holds only single letters.
    @Test func compositionsArePrecomposedLetters() {
        for (accent, table) in TextCharacters.compositions {
            #expect(TextCharacters.accents[accent] != nil)
            for (base, composed) in table {
                #expect(composed.unicodeScalars.count == 1, "\(accent) \(base)")
                var decomposed = String(base)
                decomposed.unicodeScalars.append(TextCharacters.accents[accent]?.combining ?? " ")
                // Swift compares strings by canonical equivalence: the pair is Unicode's composition.
                #expect(String(composed) == decomposed, "\(accent) \(base)")
            }
        }
    }
}
