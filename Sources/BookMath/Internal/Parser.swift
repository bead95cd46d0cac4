/// A macro defined in a formula with `\def`, `\newcommand` or `\renewcommand`.
struct Macro: Sendable {
    /// The replacement text, with `#1`… as parameter tokens.
    var body: [Token]
    /// How many arguments it takes, the optional one included.
    var arity = 0
    /// For `\newcommand{\name}[n][default]{…}`: `#1` is optional, in brackets, and is this when
    /// a use leaves it out.
    var optionalDefault: [Token]?
}

/// A recursive-descent parser from TeX ``Token``s to ``MathSyntax`` trees.
///
/// `parseList` reads atoms until a token that ends a list (`}`, `&`, `\\`, `\right`,
/// `\middle`, `\end`, or `]` inside an optional argument) and leaves that token for its
/// caller, which decides whether it is allowed there.
struct Parser {
    /// The tokens of the formula (macros are expanded into this array in place).
    var tokens: [Token]
    /// Index of the next token.
    var position = 0
    /// The length of the source in UTF-8 bytes, the offset of "end of input" errors.
    let endOffset: Int
    /// Macros defined with `\def` or `\newcommand`, by name.
    var macros: [String: Macro] = [:]
    /// The current math alphabet, or `nil` for TeX's default letters.
    var font: MathFont?
    /// How many `]` end the current list (optional arguments).
    var bracketDepth = 0
    /// Whether environments may be open (`&` and `\\` are allowed).
    var environmentDepth = 0
    /// Colours defined with `\definecolor`, as CSS colours.
    var colors: [String: String] = [:]
    /// `\label{…}`.
    var label: String?
    /// `\tag{…}`.
    var tag: String?
    /// The `\tag` argument parsed as text (it may hold math: `\tag{$*$}`).
    var tagText: MathSyntax?
    /// Expansions performed, to stop runaway macros.
    var expansions = 0
    /// How deeply atoms are nested, to refuse input that would exhaust the stack.
    var depth = 0
    /// Whether the list being parsed is the rest of a list after a style switch, which ends
    /// at an infix fraction command (see ``parseRestOfList()``).
    var stopsAtInfix = false
    /// How many `\bordermatrix` are open around the current position.
    var borderMatrixDepth = 0

    init(source: String) {
        tokens = Tokenizer.tokenize(source)
        endOffset = source.utf8.count
    }

    /// A parser over some tokens of another formula (math inside `\text{…$…$…}`).
    init(tokens: [Token], endOffset: Int, macros: [String: Macro]) {
        self.tokens = tokens
        self.endOffset = endOffset
        self.macros = macros
    }

    // MARK: - Token access

    /// The next token after expanding macros, or `nil` at the end.
    mutating func peek() throws(MathError) -> Token? {
        while position < tokens.count, case .command(let name) = tokens[position].kind, let macro = macros[name] {
            expansions += 1
            if expansions > 10_000 {
                throw MathError(message: "macro \\\(name) expands without end", offset: tokens[position].offset)
            }
            let use = tokens[position]
            var end = position + 1
            var arguments: [[Token]] = []
            if let fallback = macro.optionalDefault {
                arguments.append(try readOptionalMacroArgument(from: &end) ?? fallback)
            }
            while arguments.count < macro.arity {
                arguments.append(try readMacroArgument(from: &end, name: name, arity: macro.arity, use: use))
            }
            var replacement: [Token] = []
            var index = 0
            let body = macro.body
            while index < body.count {
                let token = body[index]
                if token.kind == .parameter, index + 1 < body.count {
                    let next = body[index + 1]
                    if case .character(let digit) = next.kind, let number = Int(String(digit)), number >= 1, number <= arguments.count {
                        replacement += arguments[number - 1]
                        index += 2
                        continue
                    }
                    if next.kind == .parameter {
                        replacement.append(Token(kind: .parameter, offset: use.offset, end: use.end))
                        index += 2
                        continue
                    }
                }
                replacement.append(Token(kind: token.kind, offset: use.offset, end: use.end))
                index += 1
            }
            if replacement.count > 100_000 {
                throw MathError(message: "macro \\\(name) expands to too much", offset: use.offset)
            }
            tokens.replaceSubrange(position..<end, with: replacement)
        }
        return position < tokens.count ? tokens[position] : nil
    }

    /// Reads one mandatory argument of a macro use starting at `end` (a braced group, or a
    /// single token) without expanding it, and moves `end` past it.
    private func readMacroArgument(from end: inout Int, name: String, arity: Int, use: Token) throws(MathError) -> [Token] {
        let missing = MathError(message: "\\\(name) needs \(arity) argument\(arity == 1 ? "" : "s")", offset: use.offset)
        while end < tokens.count, tokens[end].kind == .space { end += 1 }
        guard end < tokens.count, tokens[end].kind != .endGroup else { throw missing }
        guard tokens[end].kind == .beginGroup else {
            let single = tokens[end]
            end += 1
            return [single]
        }
        let unclosed = MathError(message: "unbalanced braces: missing '}' for the '{' opened here", offset: use.offset)
        let (inside, after) = try groupTokens(openingAt: end, closedBy: .endGroup, unclosed: unclosed)
        end = after
        return inside
    }

    /// Reads the optional argument `[…]` of a macro use starting at `end`, if there is one, and
    /// moves `end` past it.
    private func readOptionalMacroArgument(from end: inout Int) throws(MathError) -> [Token]? {
        var look = end
        while look < tokens.count, tokens[look].kind == .space { look += 1 }
        guard look < tokens.count, tokens[look].kind == .character("[") else { return nil }
        let (inside, after) = try bracketedTokens(openingAt: look)
        end = after
        return inside
    }

    /// The tokens between the `[` at index `start` and its matching `]` (one inside braces does
    /// not count), unexpanded, and the index after the `]`.
    func bracketedTokens(openingAt start: Int) throws(MathError) -> (inside: [Token], end: Int) {
        let unclosed = MathError(message: "missing ']' for the optional argument opened here", offset: tokens[start].offset)
        return try groupTokens(openingAt: start, closedBy: .character("]"), unclosed: unclosed)
    }

    /// The tokens after the opener at index `start` up to the first `closer` outside braces,
    /// unexpanded, and the index after the closer; `unclosed` when the input ends first.
    func groupTokens(openingAt start: Int, closedBy closer: Token.Kind, unclosed: MathError) throws(MathError) -> (inside: [Token], end: Int) {
        var index = start + 1
        var depth = 0
        var inside: [Token] = []
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if token.kind == closer, depth == 0 { return (inside, index) }
            if token.kind == .beginGroup { depth += 1 }
            if token.kind == .endGroup { depth -= 1 }
            inside.append(token)
        }
        throw unclosed
    }

    /// The next token that is not white space.
    mutating func peekNonSpace() throws(MathError) -> Token? {
        while let token = try peek(), token.kind == .space { position += 1 }
        return try peek()
    }

    /// Consumes and returns the next token.
    mutating func next() throws(MathError) -> Token? {
        guard let token = try peek() else { return nil }
        position += 1
        return token
    }

    /// Whether `token` ends the current list.
    func endsList(_ token: Token) -> Bool {
        switch token.kind {
        case .endGroup, .alignment: return true
        case .character("]"): return bracketDepth > 0
        case .command(let name): return name == "right" || name == "middle" || name == "end" || Parser.isLineBreak(token)
        default: return false
        }
    }

    /// Whether `token` ends a row: `\\`, `\cr` or `\newline` (which KaTeX treats alike).
    static func isLineBreak(_ token: Token) -> Bool {
        token.kind == .command("\\") || token.kind == .command("cr") || token.kind == .command("newline")
    }

    /// Reads the optional `[length]` after a line break (`\\[1ex]`): the extra space in em, or
    /// `nil` when there is none.
    mutating func parseRowGap() throws(MathError) -> Double? {
        guard let bracket = try peek(), bracket.kind == .character("[") else { return nil }
        position += 1
        var text = ""
        while let inner = try next(), inner.kind != .character("]") {
            if case .character(let scalar) = inner.kind { text.unicodeScalars.append(scalar) }
        }
        guard let gap = Length.em(text) else {
            throw MathError(message: "invalid length '\(text)' after '\\\\' (expected a number and a unit such as 0.5em)", offset: bracket.offset)
        }
        return gap
    }

    // MARK: - Formula

    /// Parses a whole formula.
    ///
    /// - Returns: The top-level list.
    /// - Throws: ``MathError`` for any syntax problem.
    mutating func parseFormula() throws(MathError) -> [MathSyntax] {
        var list = try parseList()
        guard let token = try peekNonSpace() else { return list }
        guard Parser.isLineBreak(token) else { throw unexpected(token) }
        // Top-level line breaks: the lines are centred one under the other, as KaTeX does.
        var rows: [[MathSyntax]] = [[MathSyntax(.row(list), at: 0)]]
        var gaps: [Int: Double] = [:]
        while let breakToken = try peekNonSpace() {
            guard Parser.isLineBreak(breakToken) else { throw unexpected(breakToken) }
            position += 1
            if let gap = try parseRowGap() { gaps[rows.count - 1] = gap }
            let start = try peekNonSpace()?.offset ?? endOffset
            list = try parseList()
            rows.append([MathSyntax(.row(list), at: start)])
        }
        if let last = rows.last, rows.count > 1, case .row(let items) = last[0].kind, items.isEmpty { rows.removeLast() }
        var table = MathSyntax.Table(rows: rows, columnAlign: ["center"], columnLines: [], rowLines: [:], rowSpacing: 0.25,
                                     columnSpacing: 1, displayStyle: true, scriptLevel: 0, alignPairs: false)
        table.rowGaps = gaps
        table.inheritsDisplayStyle = true
        return [MathSyntax(.table(table), at: 0)]
    }

    /// The error for a list-ending token found where it is not allowed.
    func unexpected(_ token: Token) -> MathError {
        switch token.kind {
        case .endGroup:
            return MathError(message: "unbalanced braces: '}' without a matching '{'", offset: token.offset)
        case .alignment:
            return MathError(message: "'&' is only allowed inside an environment such as aligned or matrix", offset: token.offset)
        case .command("right"):
            return MathError(message: "\\right without a matching \\left", offset: token.offset)
        case .command("middle"):
            return MathError(message: "\\middle outside \\left … \\right", offset: token.offset)
        case .command("end"):
            return MathError(message: "\\end without a matching \\begin", offset: token.offset)
        case .command("\\"), .command("cr"), .command("newline"):
            return MathError(message: "line break '\\\\' outside an environment (use aligned or gathered)", offset: token.offset)
        default:
            return MathError(message: "unexpected input", offset: token.offset)
        }
    }

    // MARK: - Lists

    /// Parses atoms up to (not including) a list-ending token or the end.
    ///
    /// - Returns: The atoms.
    /// - Throws: ``MathError``.
    mutating func parseList() throws(MathError) -> [MathSyntax] {
        var items: [MathSyntax] = []
        var numerator: (items: [MathSyntax], fraction: GeneralizedFraction, offset: Int)?
        // A list inside braces or an environment cell handles its own infix fractions.
        let stopsHere = stopsAtInfix
        stopsAtInfix = false
        defer { stopsAtInfix = stopsHere }
        while let token = try peekNonSpace(), !endsList(token) {
            if case .command(let name) = token.kind {
                if stopsHere, Parser.infixFractions.contains(name) { break }
                switch name {
                case "over", "choose", "atop", "brack", "brace", "above", "abovewithdelims", "atopwithdelims", "overwithdelims":
                    position += 1
                    if numerator != nil {
                        throw MathError(message: "ambiguous: two \\\(name)-style fractions in one group; add braces", offset: token.offset)
                    }
                    numerator = (items, try parseGeneralizedFraction(name, token: token), token.offset)
                    items = []
                    continue
                case "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle":
                    position += 1
                    let rest = try parseRestOfList()
                    var change = MathSyntax.StyleChange()
                    change.displayStyle = name == "displaystyle"
                    change.scriptLevel = ["displaystyle": 0, "textstyle": 0, "scriptstyle": 1, "scriptscriptstyle": 2][name]
                    items.append(MathSyntax(.styled(change, rest), at: token.offset))
                    continue
                case "tiny", "scriptsize", "footnotesize", "small", "normalsize", "large", "Large", "LARGE", "huge", "Huge":
                    position += 1
                    let rest = try parseRestOfList()
                    var change = MathSyntax.StyleChange()
                    change.size = Parser.sizeFactors[name]
                    items.append(MathSyntax(.styled(change, rest), at: token.offset))
                    continue
                case "color":
                    position += 1
                    let raw = try parseRawArgument(for: token)
                    let color = colors[raw.trimmedOfSpaces] ?? raw
                    let rest = try parseRestOfList()
                    var change = MathSyntax.StyleChange()
                    change.color = color
                    items.append(MathSyntax(.styled(change, rest), at: token.offset))
                    continue
                case "rm", "bf", "it", "cal", "sf", "tt":
                    position += 1
                    let saved = font
                    font = ["rm": .roman, "bf": .bold, "it": .italic, "cal": .script, "sf": .sansSerif, "tt": .monospace][name] ?? nil
                    let rest = try parseRestOfList()
                    font = saved
                    items.append(MathSyntax(.row(rest), at: token.offset))
                    continue
                default:
                    break
                }
            }
            if let atom = try parseAtomWithScripts() {
                items.append(atom)
            }
        }
        if let numerator {
            let top = MathSyntax(.row(numerator.items), at: numerator.offset)
            let bottom = MathSyntax(.row(items), at: numerator.offset)
            let shape = numerator.fraction
            let fraction = MathSyntax(.fraction(numerator: top, denominator: bottom, thickness: shape.thickness, displayStyle: nil), at: numerator.offset)
            guard shape.open != nil || shape.close != nil else { return [fraction] }
            return [MathSyntax(.fenced(open: shape.open, body: [fraction], close: shape.close), at: numerator.offset)]
        }
        return items
    }

    /// The rule and delimiters of one of TeX's generalized fractions (`\over`, `\atop`, `\above`
    /// and their `withdelims` forms, `\choose`, `\brack`, `\brace`).
    struct GeneralizedFraction {
        /// `linethickness`: `nil` for the default rule, `"0"` for none.
        var thickness: String?
        var open: String?
        var close: String?
    }

    /// Reads what follows an infix fraction command: the delimiters of the `withdelims` forms
    /// (`\atopwithdelims ( ]`) and the rule thickness of `\above` (`\above 1pt`, `\above{2pt}`).
    mutating func parseGeneralizedFraction(_ name: String, token: Token) throws(MathError) -> GeneralizedFraction {
        switch name {
        case "over": return GeneralizedFraction()
        case "atop": return GeneralizedFraction(thickness: "0")
        case "choose": return GeneralizedFraction(thickness: "0", open: "(", close: ")")
        case "brack": return GeneralizedFraction(thickness: "0", open: "[", close: "]")
        case "brace": return GeneralizedFraction(thickness: "0", open: "{", close: "}")
        default: break
        }
        var shape = GeneralizedFraction()
        if name.hasSuffix("withdelims") {
            shape.open = try parseDelimiter(after: token)
            shape.close = try parseDelimiter(after: token)
        }
        if name.hasPrefix("above") {
            let thickness = try parseLength(for: token)
            guard thickness >= 0 else {
                throw MathError(message: "negative rule thickness after \\\(name)", offset: token.offset)
            }
            shape.thickness = Emitter.em(thickness)
        } else if name.hasPrefix("atop") {
            shape.thickness = "0"
        }
        return shape
    }

    /// Commands that split their list into the numerator and the denominator of a fraction.
    static let infixFractions: Set<String> = [
        "over", "choose", "atop", "brack", "brace", "above", "abovewithdelims", "atopwithdelims", "overwithdelims",
    ]

    /// Parses the rest of the list after a style, size, colour or font switch (`\scriptstyle`,
    /// `\large`, `\color{…}`, `\rm`) up to an infix fraction command, which is left for the
    /// enclosing list: in `{\scriptstyle a \atop \scriptstyle b}` the switch covers the
    /// numerator only, as in TeX and KaTeX.
    mutating func parseRestOfList() throws(MathError) -> [MathSyntax] {
        let saved = stopsAtInfix
        stopsAtInfix = true
        defer { stopsAtInfix = saved }
        return try parseList()
    }

    /// Parses one atom and the scripts, primes and `\limits` that follow it.
    ///
    /// - Returns: The atom, or `nil` for commands that produce nothing (`\label`, `\tag`).
    /// - Throws: ``MathError``.
    mutating func parseAtomWithScripts() throws(MathError) -> MathSyntax? {
        guard let first = try peekNonSpace() else { return nil }
        var base: MathSyntax
        switch first.kind {
        case .superscript, .subscript, .character("'"), .command("rq"):
            // \rq is LaTeX's `'`, a prime in math.
            base = MathSyntax(.row([]), at: first.offset)
        default:
            guard let atom = try parseAtom() else { return nil }
            base = atom
        }
        var sub: MathSyntax?
        var sup: MathSyntax?
        var primes: [MathSyntax] = []
        var primesOffset = first.offset
        while let token = try peekNonSpace() {
            switch token.kind {
            case .superscript:
                position += 1
                if sup != nil { throw MathError(message: "double superscript; use braces to group: x^{a b}", offset: token.offset) }
                sup = try parseScriptArgument(after: token)
            case .subscript:
                position += 1
                if sub != nil { throw MathError(message: "double subscript; use braces to group: x_{a b}", offset: token.offset) }
                sub = try parseScriptArgument(after: token)
            case .character("'"), .command("rq"):
                position += 1
                if sup != nil { throw MathError(message: "prime after a superscript; write the prime first: x'^2", offset: token.offset) }
                if primes.isEmpty { primesOffset = token.offset }
                primes.append(MathSyntax(.row([]), at: token.offset))
            case .command("limits"), .command("nolimits"), .command("displaylimits"):
                position += 1
                let limits: MathSyntax.Limits = token.kind == .command("limits") ? .always : token.kind == .command("nolimits") ? .never : .display
                switch base.kind {
                case .largeOperator(let text, _): base.kind = .largeOperator(text, limits: limits)
                case .function(let text, _): base.kind = .function(text, limits: limits)
                case .operator(let body, _): base.kind = .operator(body, limits: limits)
                default:
                    throw MathError(message: "\\limits and \\nolimits may only follow a big operator such as \\sum", offset: token.offset)
                }
            default:
                return combine(base, sub: sub, sup: sup, primes: primes, primesOffset: primesOffset)
            }
        }
        return combine(base, sub: sub, sup: sup, primes: primes, primesOffset: primesOffset)
    }

    /// Builds the scripted node for a base.
    ///
    /// Primes (`f'`, `f''`, `f^\prime`) follow the base as one `<mo>` (′ ″ ‴ ⁗) instead of
    /// becoming a superscript: the prime characters of OpenType math fonts are already drawn
    /// at superscript height, and a scripted prime comes out tiny and too high in Chromium.
    func combine(_ base: MathSyntax, sub: MathSyntax?, sup: MathSyntax?, primes: [MathSyntax], primesOffset: Int) -> MathSyntax {
        var base = base
        var sup = sup
        var primeCount = primes.count
        if primeCount == 0, let only = sup, let count = Parser.primeCount(only) {
            primeCount = count
            sup = nil
        }
        if primeCount > 0 {
            var marks: [String] = []
            var remaining = primeCount
            while remaining > 0 {
                let chunk = min(remaining, 4)
                marks.append(["′", "″", "‴", "⁗"][chunk - 1])
                remaining -= chunk
            }
            if sub != nil {
                // TeX sets x'_i as x_i^{\prime}: the subscript sits under the prime, against the base.
                let prime = MathSyntax(.scriptPrime(marks.joined()), at: primesOffset)
                sup = sup.map { MathSyntax(.row([prime, $0]), at: primesOffset) } ?? prime
            } else {
                let nodes = marks.map { MathSyntax(.op($0, OperatorAttributes(lspace: "0em", rspace: "0em")), at: primesOffset) }
                base = MathSyntax(.row([base] + nodes), at: base.offset)
            }
        }
        guard sub != nil || sup != nil else { return base }
        if case .accent(_, let mark, _, let below) = base.kind, mark == "⏞" || mark == "⏟" {
            // Braces take their label above (\overbrace…^) or below (\underbrace…_).
            let labelOver = below ? nil : sup
            let labelUnder = below ? sub : nil
            var node = MathSyntax(.underOver(base: base, under: labelUnder, over: labelOver, accent: false), at: base.offset)
            let restSub = below ? nil : sub
            let restSup = below ? sup : nil
            if restSub != nil || restSup != nil {
                node = MathSyntax(.scripts(base: node, sub: restSub, sup: restSup), at: base.offset)
            }
            return node
        }
        return MathSyntax(.scripts(base: base, sub: sub, sup: sup), at: base.offset)
    }

    /// The number of primes if `node` is nothing but `\prime`s (a superscript `^\prime`).
    static func primeCount(_ node: MathSyntax) -> Int? {
        switch node.kind {
        case .identifier("′", _): return 1
        case .row(let items) where !items.isEmpty:
            var count = 0
            for item in items {
                guard let inner = primeCount(item) else { return nil }
                count += inner
            }
            return count
        default: return nil
        }
    }

    /// Parses the argument of `^` or `_`: a group, or one token (a command with its arguments).
    mutating func parseScriptArgument(after token: Token) throws(MathError) -> MathSyntax {
        guard let next = try peekNonSpace(), !endsList(next) else {
            throw MathError(message: "missing argument for '\(token.kind == .superscript ? "^" : "_")'", offset: token.offset)
        }
        switch next.kind {
        case .superscript, .subscript:
            throw MathError(message: "missing argument for '\(token.kind == .superscript ? "^" : "_")'", offset: token.offset)
        default:
            guard let atom = try parseAtom(single: true) else {
                throw MathError(message: "missing argument for '\(token.kind == .superscript ? "^" : "_")'", offset: token.offset)
            }
            return atom
        }
    }

    // MARK: - Groups and arguments

    /// Parses `{…}` after its `{` token has been consumed.
    mutating func parseGroup(openedBy open: Token) throws(MathError) -> MathSyntax {
        let savedBrackets = bracketDepth
        bracketDepth = 0
        var items = try parseList()
        // Outside environments a line break inside braces (`a+{b\\c}`) breaks nothing: KaTeX
        // breaks lines only at the top level of a formula.
        while environmentDepth == 0, let token = try peekNonSpace(), Parser.isLineBreak(token) {
            position += 1
            _ = try parseRowGap()
            items += try parseList()
        }
        bracketDepth = savedBrackets
        guard let close = try peekNonSpace() else {
            throw MathError(message: "unbalanced braces: missing '}' for the '{' opened here", offset: open.offset)
        }
        guard close.kind == .endGroup else { throw unexpected(close) }
        position += 1
        return MathSyntax(.row(items), at: open.offset)
    }

    /// Parses a required argument of `command`: a braced group or a single token.
    mutating func parseArgument(for command: Token) throws(MathError) -> MathSyntax {
        guard let next = try peekNonSpace(), !endsList(next) else {
            throw missingArgument(command)
        }
        switch next.kind {
        case .beginGroup:
            position += 1
            return try parseGroup(openedBy: next)
        case .superscript, .subscript:
            throw missingArgument(command)
        default:
            guard let atom = try parseAtom(single: true) else { throw missingArgument(command) }
            return atom
        }
    }

    /// The "missing argument" error for `command`.
    func missingArgument(_ command: Token) -> MathError {
        if case .command(let name) = command.kind {
            return MathError(message: "missing argument for \\\(name)", offset: command.offset)
        }
        return MathError(message: "missing argument", offset: command.offset)
    }

    /// Parses an optional `[…]` argument if one follows.
    mutating func parseOptionalArgument() throws(MathError) -> MathSyntax? {
        guard let next = try peekNonSpace(), next.kind == .character("[") else { return nil }
        position += 1
        bracketDepth += 1
        let items = try parseList()
        bracketDepth -= 1
        guard let close = try peekNonSpace(), close.kind == .character("]") else {
            throw MathError(message: "missing ']' for the optional argument opened here", offset: next.offset)
        }
        position += 1
        return MathSyntax(.row(items), at: next.offset)
    }

    /// Reads a braced argument as raw characters (colour names, environment names, lengths).
    mutating func parseRawArgument(for command: Token) throws(MathError) -> String {
        guard let open = try peekNonSpace() else { throw missingArgument(command) }
        guard open.kind == .beginGroup else {
            // A single unbraced token.
            position += 1
            switch open.kind {
            case .character(let scalar): return String(scalar)
            default: throw missingArgument(command)
            }
        }
        position += 1
        var text = ""
        var depth = 0
        while let token = try next() {
            switch token.kind {
            case .endGroup where depth == 0: return text
            case .endGroup: depth -= 1; text += "}"
            case .beginGroup: depth += 1; text += "{"
            case .character(let scalar): text.unicodeScalars.append(scalar)
            case .space: text += " "
            case .command(let name): text += "\\" + name
            case .superscript: text += "^"
            case .subscript: text += "_"
            case .alignment: text += "&"
            case .parameter: text += "#"
            }
        }
        throw MathError(message: "unbalanced braces: missing '}' for the '{' opened here", offset: open.offset)
    }

    /// Parses a TeX length such as `1em`, `-3mu`, `0.5ex` (braced or not) into em.
    mutating func parseLength(for command: Token) throws(MathError) -> Double {
        var text: String
        if let next = try peekNonSpace(), next.kind == .beginGroup {
            text = try parseRawArgument(for: command)
        } else {
            text = ""
            _ = try peekNonSpace()
            while let token = try peek() {
                // TeX allows a space between the number and the unit (`\kern 1 em`).
                if token.kind == .space, !text.isEmpty, !text.unicodeScalars.contains(where: Tokenizer.isLetter),
                   position + 1 < tokens.count, case .character(let after) = tokens[position + 1].kind, Tokenizer.isLetter(after) {
                    position += 1
                    continue
                }
                guard case .character(let scalar) = token.kind else { break }
                let isUnitLetter = Tokenizer.isLetter(scalar)
                if !isUnitLetter && !("0"..."9").contains(scalar) && scalar != "." && scalar != "-" && scalar != "+" { break }
                text.unicodeScalars.append(scalar)
                position += 1
                if isUnitLetter, text.unicodeScalars.filter({ Tokenizer.isLetter($0) }).count == 2 { break }
            }
        }
        text = String(text.unicodeScalars.filter { !Tokenizer.isSpace($0) })
        guard let length = Length.em(text) else {
            throw MathError(message: "invalid length '\(text)' (expected a number and a unit such as 1em, 3mu, 2pt)", offset: command.offset)
        }
        return length
    }
}
