/// Names of the non-symbol commands and environments, for did-you-mean suggestions and the
/// parser's dispatch tables.
enum CommandTable {
    /// Operator names set upright, with how they place limits.
    static let functions: [String: MathSyntax.Limits] = {
        var table: [String: MathSyntax.Limits] = [:]
        for name in ["arccos", "arcsin", "arctan", "arctg", "arcctg", "arg", "ch", "cos", "cosec", "cosh", "cot", "cotg", "coth", "csc", "ctg",
                     "cth", "deg", "dim", "exp", "hom", "ker", "lg", "ln", "log", "sec", "sh", "sin", "sinh", "tan", "tanh", "tg", "th"] {
            table[name] = .never
        }
        for name in ["det", "gcd", "inf", "lim", "liminf", "limsup", "max", "min", "Pr", "sup", "argmax", "argmin", "injlim", "projlim"] {
            table[name] = .display
        }
        // KaTeX's \plim (\mathop{\operatorname{plim}}\limits): limits under and over in every style.
        table["plim"] = .always
        return table
    }()

    /// How an operator name is written (when it differs from the command name).
    static let functionText: [String: String] = ["liminf": "lim inf", "limsup": "lim sup", "injlim": "inj lim", "projlim": "proj lim"]

    /// Accents: mark, stretchy, below.
    static let accents: [String: (mark: String, stretchy: Bool, below: Bool)] = [
        "hat": ("^", false, false), "widehat": ("^", true, false), "check": ("ˇ", false, false), "widecheck": ("ˇ", true, false),
        "tilde": ("~", false, false), "widetilde": ("~", true, false), "bar": ("ˉ", false, false), "overline": ("‾", true, false),
        "underline": ("‾", true, true), "underbar": ("‾", true, true), "vec": ("⃗", false, false), "dot": ("˙", false, false),
        "ddot": ("¨", false, false), "dddot": ("⃛", false, false), "acute": ("ˊ", false, false), "grave": ("ˋ", false, false),
        "breve": ("˘", false, false), "mathring": ("˚", false, false), "overrightarrow": ("→", true, false),
        "overleftarrow": ("←", true, false), "overleftharpoon": ("↼", true, false), "overrightharpoon": ("⇀", true, false), "overleftrightarrow": ("↔", true, false), "underrightarrow": ("→", true, true),
        "underleftarrow": ("←", true, true), "underleftrightarrow": ("↔", true, true), "overbrace": ("⏞", true, false),
        "underbrace": ("⏟", true, true), "Overrightarrow": ("⇒", true, false), "overgroup": ("⏠", true, false),
        "undergroup": ("⏡", true, true), "utilde": ("~", true, true),
        "wideparen": ("⏜", true, false), "overparen": ("⏜", true, false), "underparen": ("⏝", true, true),
    ]

    /// Extensible arrows `\xrightarrow[below]{above}`.
    static let extensibleArrows: [String: String] = [
        "xrightarrow": "→", "xleftarrow": "←", "xtofrom": "⇄", "xRightarrow": "⇒", "xLeftarrow": "⇐", "xleftrightarrow": "↔",
        "xLeftrightarrow": "⇔", "xmapsto": "↦", "xhookrightarrow": "↪", "xhookleftarrow": "↩",
        "xrightleftharpoons": "⇌", "xleftrightharpoons": "⇋", "xtwoheadrightarrow": "↠", "xtwoheadleftarrow": "↞",
        "xrightharpoonup": "⇀", "xrightharpoondown": "⇁", "xleftharpoonup": "↼", "xleftharpoondown": "↽", "xlongequal": "=",
        "xrightleftarrows": "⇄", "xrightequilibrium": "⇌", "xleftequilibrium": "⇋",
    ]

    /// The shortest length of each extensible arrow in KaTeX, in em.
    static let arrowMinimumWidths: [String: Double] = [
        "xrightarrow": 1.469, "xleftarrow": 1.469, "xRightarrow": 1.526, "xLeftarrow": 1.526, "xleftrightarrow": 1.75,
        "xLeftrightarrow": 1.75, "xrightleftharpoons": 1.75, "xleftrightharpoons": 1.75, "xhookleftarrow": 1.08,
        "xhookrightarrow": 1.08, "xmapsto": 1.5, "xtofrom": 1.75, "xrightharpoonup": 0.888, "xrightharpoondown": 0.888,
        "xleftharpoonup": 0.888, "xleftharpoondown": 0.888, "xlongequal": 0.888, "xtwoheadrightarrow": 0.888,
        "xtwoheadleftarrow": 0.888, "xrightleftarrows": 1.75, "xrightequilibrium": 1.75, "xleftequilibrium": 1.75,
    ]

    /// mhchem's arrows, which are always at least their shortest length.
    static let mhchemArrows: Set<String> = ["xrightleftarrows", "xrightequilibrium", "xleftequilibrium"]

    /// Fixed spaces in em.
    static let spaces: [String: Double] = [
        ",": 3.0 / 18, ":": 4.0 / 18, ">": 4.0 / 18, ";": 5.0 / 18, "!": -3.0 / 18, "quad": 1, "qquad": 2,
        "thinspace": 3.0 / 18, "medspace": 4.0 / 18, "thickspace": 5.0 / 18, "negthinspace": -3.0 / 18,
        "negmedspace": -4.0 / 18, "negthickspace": -5.0 / 18, "enspace": 0.5, "enskip": 0.5, "quad ": 1,
    ]

    /// Math alphabets taking an argument.
    static let fonts: [String: MathFont] = [
        "mathrm": .roman, "mathit": .italic, "mathbf": .bold, "mathbb": .doubleStruck, "mathcal": .script,
        "mathscr": .script, "mathfrak": .fraktur, "mathsf": .sansSerif, "mathtt": .monospace, "boldsymbol": .boldItalic,
        "bm": .boldItalic, "frak": .fraktur, "mathbold": .bold, "mathnormal": .italic, "mathup": .roman, "Bbb": .doubleStruck,
        "mathbfit": .boldItalic, "mathsfbf": .sansSerifBold, "bold": .bold, "pmb": .boldItalic,
    ]

    /// Text commands and the alphabet of their content.
    static let texts: [String: MathFont] = [
        "text": .roman, "textrm": .roman, "textnormal": .roman, "textup": .roman, "mbox": .roman, "hbox": .roman,
        "textit": .italic, "textsl": .italic, "emph": .italic, "textbf": .bold, "textsf": .sansSerif, "texttt": .monospace, "textmd": .roman,
    ]

    /// Delimiter sizes of `\big` and friends, in em.
    static let bigSizes: [String: Double] = {
        var table: [String: Double] = [:]
        for (base, size) in [("big", 1.2), ("Big", 1.8), ("bigg", 2.4), ("Bigg", 3.0)] {
            for suffix in ["", "l", "r", "m"] { table[base + suffix] = size }
        }
        return table
    }()

    /// KaTeX's colour macros (`\blue{…}`) and the colours KaTeX gives them.
    static let colorMacros: [String: String] = [
        "red": "#df0030", "blue": "#6495ed", "green": "#28ae7b", "orange": "#ffa500", "purple": "#9d38bd", "gray": "#818181",
        "pink": "#ff00af",
    ]

    /// Every other command the parser handles.
    static let others: Set<String> = [
        "frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom", "sqrt", "left", "right", "middle", "operatorname",
        "operatornamewithlimits", "mathop", "mathbin", "mathrel", "mathord", "mathopen", "mathclose", "mathpunct", "mathinner",
        "text", "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "color", "textcolor", "phantom", "hphantom",
        "vphantom", "mathstrut", "strut", "not", "tag", "label", "nonumber", "notag", "overset", "underset", "stackrel", "substack",
        "pmod", "bmod", "pod", "mod", "begin", "end", "limits", "nolimits", "displaylimits", "allowbreak", "nobreak", "relax",
        "def", "gdef", "newcommand", "renewcommand", "KaTeX", "LaTeX", "TeX", " ", "hspace", "kern", "mkern", "mskip", "hskip", "over",
        "choose", "atop", "brack", "brace", "tiny", "scriptsize", "footnotesize", "small", "normalsize", "large", "Large",
        "LARGE", "huge", "Huge", "rm", "bf", "it", "cal", "sf", "tt", "boxed", "hline", "hdashline", "smash", "cr",
        "\\", "vdots", "ensuremath", "fbox", "R", "N", "Z", "C", "Q", "Reals", "natnums", "Complex",
        "llap", "rlap", "clap", "mathllap", "mathrlap", "mathclap", "raisebox", "colorbox", "fcolorbox", "genfrac",
        "cancel", "bcancel", "xcancel", "sout", "angl", "bra", "ket", "braket", "Bra", "Ket", "Braket", "set", "Set", "rule", "TextOrMath",
        "varinjlim", "varprojlim", "varliminf", "varlimsup", "angln", "minuso", "rq", "cnums", "reals", "AA", "aa", "O",
        "textcircled", "varvdots", "space", "nobreakspace", "And", "DOTSB", "DOTSI", "DOTSX", "dotsx",
    ]

    /// Commands of ``Parser/parseStructure(_:token:)``.
    static let structures: Set<String> = [
        "verb", "verb*", "url", "href", "includegraphics", "ref", "eqref", "htmlId", "htmlClass", "htmlStyle", "htmlData", "char", "phase",
        "overlinesegment", "underlinesegment", "vcenter", "mathchoice", "sideset", "matrix", "bordermatrix", "definecolor",
    ]

    /// Environment names.
    static let environments: Set<String> = [
        "matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix", "cases", "dcases", "rcases",
        "aligned", "align", "align*", "alignat", "alignat*", "alignedat", "split", "gathered", "gather", "gather*",
        "array", "darray", "subarray", "equation", "equation*", "multline", "multline*", "matrix*", "pmatrix*", "bmatrix*",
        "Bmatrix*", "vmatrix*", "Vmatrix*", "drcases", "CD",
    ]

    /// Every known command name, for suggestions.
    static let allCommands: [String] = {
        var names = Set(SymbolTable.symbols.keys)
        names.formUnion(functions.keys)
        names.formUnion(accents.keys)
        names.formUnion(extensibleArrows.keys)
        names.formUnion(spaces.keys)
        names.formUnion(fonts.keys)
        names.formUnion(texts.keys)
        names.formUnion(bigSizes.keys)
        names.formUnion(colorMacros.keys)
        names.formUnion(others)
        names.formUnion(structures.filter { !$0.hasSuffix("*") })
        names.insert("newline")
        return names.filter { $0.count > 1 }.sorted()
    }()
}
