import BookMath
import Testing

/// Checks that `markup` is well-formed XML as far as BookMath can produce it: balanced,
/// properly nested tags, self-closing tags, quoted attributes, entities only from the
/// escaping set.
func isWellFormed(_ markup: String) -> Bool {
    // Work on scalars: a combining mark after ">" (the arrow of \vec) would otherwise merge
    // with it into one Character.
    let scalars = Array(markup.unicodeScalars)
    var stack: [String] = []
    var index = 0
    while index < scalars.count {
        let scalar = scalars[index]
        if scalar == ">" { return false }
        if scalar == "&" {
            let tail = String(String.UnicodeScalarView(scalars[index..<min(index + 6, scalars.count)]))
            guard ["&amp;", "&lt;", "&gt;", "&quot;"].contains(where: { tail.hasPrefix($0) }) else { return false }
        }
        guard scalar == "<" else {
            index += 1
            continue
        }
        guard let close = scalars[index...].firstIndex(of: ">") else { return false }
        let tag = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
        if tag.hasPrefix("/") {
            guard let top = stack.popLast(), top == String(tag.dropFirst()) else { return false }
        } else if !tag.hasSuffix("/") {
            if tag.filter({ $0 == "\"" }).count % 2 != 0 { return false }
            stack.append(String(tag.prefix { $0 != " " }))
        }
        index = close + 1
    }
    return stack.isEmpty
}

@Suite struct RobustnessTests {
    /// Random formulas from TeX fragments never crash: they convert to well-formed MathML or
    /// throw an error positioned inside the input.
    @Test func randomInputConvertsOrFailsWithAPosition() {
        let pieces = ["x", "^", "_", "{", "}", "\\frac", "\\left(", "\\right)", "\\begin{pmatrix}", "\\end{pmatrix}", "&", "\\\\",
                      "\\sqrt", "[", "]", "\\text{猫", "'", "\\sum", "\\limits", "\\hat", "1.5", " ", "\\mathbf", "\\alpha", "\\over",
                      "\\middle|", "$", "\\def\\a{\\a}", "\\a", "\\not", "\\operatorname*{f}", "\\tag{1}", "\\label{x}", "%", "\\",
                      "\\newcommand{\\b}[2][]{#1#2}", "\\b"]
        expectRandomFormulasConvertOrFail(pieces: pieces, seed: 0x9E37_79B9_7F4A_7C15, most: 12)
    }

    /// The same for text mode (accents, ligatures, font and size switches, math, groups).
    @Test func randomTextConvertsOrFailsWithAPosition() {
        let pieces = ["a", "-", "`", "'", "\\'", "\\\"", "\\v", "\\i", "{", "}", "\\tiny", "\\Huge", "\\bf", "\\it", "\\tt", "$", "x",
                      " ", "\\(", "\\)", "\\textcircled", "\\LaTeX", "\\ss", "\\!", "\\color{red}", "\\textbf{", "\\{"]
        expectRandomFormulasConvertOrFail(pieces: pieces, seed: 0x2545_F491_4F6C_DD1D, most: 10, before: "\\text{", after: "}")
    }

    /// Converts 3000 formulas of 1 to `most` random `pieces` (between `before` and `after`),
    /// alternating inline and display at random.
    func expectRandomFormulasConvertOrFail(pieces: [String], seed: UInt64, most: Int, before: String = "", after: String = "") {
        var state = seed
        func nextIndex(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let converter = MathConverter()
        for _ in 0..<3000 {
            var tex = before
            for _ in 0..<(1 + nextIndex(most)) { tex += pieces[nextIndex(pieces.count)] }
            tex += after
            do {
                let formula = try converter.convert(tex, style: nextIndex(2) == 0 ? .inline : .display)
                #expect(isWellFormed(formula.markup), "\(tex)")
            } catch {
                #expect(error.offset >= 0 && error.offset <= tex.utf8.count, "\(tex): \(error)")
                #expect(!error.message.isEmpty)
            }
        }
    }

    @Test(arguments: [("{", "}"), ("\\textbf{", "}"), ("\\text{$", "$}"), ("\\left(", "\\right)"), ("\\sqrt{", "}")])
    func deepNestingIsAnErrorNotACrash(open: String, close: String) {
        let tex = String(repeating: open, count: 5000) + "x" + String(repeating: close, count: 5000)
        #expect(throws: MathError.self) { try MathConverter().convert(tex, style: .inline) }
    }

    @Test(arguments: ["\\def\\arraystretch{nan}\\begin{array}{c}a\\end{array}", "\\def\\arraystretch{1e308}\\begin{matrix}a\\end{matrix}",
                      "\\hspace{infem}", "\\mkern-99999999mu"])
    func absurdLengthsDoNotTrap(tex: String) {
        do {
            let formula = try MathConverter().convert(tex, style: .inline)
            #expect(isWellFormed(formula.markup))
        } catch {
            #expect(error.offset >= 0 && error.offset <= tex.utf8.count)
        }
    }

    @Test func theWellFormednessCheckRejectsBrokenMarkup() {
        #expect(isWellFormed("<math><mi>x</mi><mspace width=\"1em\" /></math>"))
        #expect(!isWellFormed("<math><mi>x</math></mi>"))
        #expect(!isWellFormed("<math><mi>a & b</mi></math>"))
    }

    /// `../shared/mathcheck/corpus` next to the repository (or next to its worktree folder).
    static let corpusDirectories: [String] = {
        // Tests/BookMathTests/RobustnessTests.swift → repository root
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        let root = parts.joined(separator: "/")
        return [root + "/../shared/mathcheck/corpus", root + "/../../shared/mathcheck/corpus"]
    }()

    static let corpusLines: [String] = {
        var lines: [String] = []
        for name in ["seed.tex.txt", "wide.tex.txt"] {
            guard let text = corpusDirectories.lazy.compactMap({ readText($0 + "/" + name) }).first else { continue }
            lines += text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("D ") || $0.hasPrefix("I ") }
        }
        return lines
    }()

    /// Every formula of the mathcheck corpora (when the shared folder sits next to the
    /// repository) converts to well-formed MathML.
    @Test(.enabled(if: !corpusLines.isEmpty))
    func everyCorpusFormulaConverts() throws {
        let converter = MathConverter()
        for line in Self.corpusLines {
            let formula = try converter.convert(String(line.dropFirst(2)), style: line.hasPrefix("D") ? .display : .inline)
            #expect(isWellFormed(formula.markup), "\(line)")
        }
    }
}
