/// A node of the parsed formula: what TeX means, with the offset of the source it came from.
struct MathSyntax: Sendable, Equatable {
    /// How a big operator or an operator name places its limits.
    enum Limits: Sendable, Equatable {
        /// Under and over in display style, beside in text style (`\sum`, `\lim`).
        case display
        /// Always under and over (`\limits`).
        case always
        /// Always beside (`\int`, `\sin`, `\nolimits`).
        case never
    }

    /// An explicit style change (`\displaystyle`, `\dfrac`, matrix cells …).
    struct StyleChange: Sendable, Equatable {
        /// `true` for display style, `false` for text style, `nil` to keep.
        var displayStyle: Bool?
        /// The script level to set, or `nil` to keep.
        var scriptLevel: Int?
        /// A `mathsize` factor (`\Large`), or `nil`.
        var size: Double?
        /// A CSS colour, or `nil`.
        var color: String?
        /// Inline CSS for the group (the frame of `\boxed`), or `nil`.
        var css: String?
    }

    /// A math table (matrices, `cases`, `aligned`, `array` …).
    struct Table: Sendable, Equatable {
        /// Cells by row.
        var rows: [[MathSyntax]]
        /// Column alignment, cycled when a row has more cells: `left`, `center`, `right`.
        var columnAlign: [String]
        /// Vertical rules between columns (`solid`, `dashed`, `double`, `none`), from `array`'s spec.
        var columnLines: [String]
        /// The vertical rule before the first column (`{|c|c|}`).
        var leftLine = "none"
        /// The vertical rule after the last column.
        var rightLine = "none"
        /// The rule drawn above each row (index) and below the last (`rows.count`): `solid`,
        /// `dashed`, or `double` for `\hline\hline`.
        var rowLines: [Int: String]
        /// Extra space below a row (`\\[0.5em]`), by row index, in em.
        var rowGaps: [Int: Double] = [:]
        /// `rowspacing` in em.
        var rowSpacing: Double
        /// `columnspacing` in em.
        var columnSpacing: Double
        /// Whether cells are in display style.
        var displayStyle: Bool
        /// Script level of cells, or `nil` to inherit (`subarray`).
        var scriptLevel: Int?
        /// Whether each even column is a right-aligned half of an `align` pair whose right half
        /// starts with an empty `mrow` (so a leading relation keeps its spacing).
        var alignPairs: Bool
        /// With `alignPairs`, the space between one pair and the next in em: amsmath's
        /// `\minalignsep` (10pt) in `aligned`, none in `alignat`; `align` spreads its pairs
        /// over the line, approximated by 2em.
        var pairSeparation: Double = 1
        /// Rows drawn without the cells' vertical padding: rows of flattened phantoms that only
        /// give columns their widths (`\bordermatrix`).
        var flatRows: Set<Int> = []
        /// Whether cells take the display style of the table's surroundings instead of
        /// `displayStyle` (lines broken with `\\` at the top level of a formula, which inline
        /// math keeps on one line).
        var inheritsDisplayStyle = false
        /// Padding at each side of a cell in em, instead of the 0.4em of MathML's cells (CD).
        var cellSidePadding: Double?
    }

    /// An HTML attribute that MathML Core allows on any element (`id`, `class`, `style`, `data-*`).
    struct HTMLAttribute: Sendable, Equatable {
        var name: String
        var value: String
    }

    /// What the node is.
    indirect enum Kind: Sendable, Equatable {
        /// `<mi>`; `upright` forces `mathvariant="normal"` on a single character.
        case identifier(String, upright: Bool)
        /// `<mn>`.
        case number(String)
        /// `<mo>` with its attributes.
        case op(String, OperatorAttributes)
        /// `<mtext>`.
        case text(String)
        /// `<mspace>` of a width in em (negative for `\!`).
        case space(Double)
        /// A space whose width depends on the style (amsmath's `\pmod`: 18mu in display style,
        /// less in text style).
        case styleSpace(text: Double, display: Double)
        /// Prime marks (`′`, `″` …) set as the superscript of a base that also has a
        /// subscript (`x'_i`), drawn at the size and height of a prime that follows the base.
        case scriptPrime(String)
        /// A braced group or any sequence: `<mrow>`.
        case row([MathSyntax])
        /// A base with sub/superscripts (placed beside, or under/over for big operators in
        /// display style).
        case scripts(base: MathSyntax, sub: MathSyntax?, sup: MathSyntax?)
        /// Something set under/over a base (`\overset`, `\underbrace{…}_{…}`, `\xrightarrow`).
        case underOver(base: MathSyntax, under: MathSyntax?, over: MathSyntax?, accent: Bool)
        /// A stretchy arrow with labels (`\xrightarrow[under]{over}`).
        case extensibleArrow(String, under: MathSyntax?, over: MathSyntax?)
        /// A fraction; `thickness` `"0"` for `\binom`; `style` from `\dfrac`/`\tfrac`.
        case fraction(numerator: MathSyntax, denominator: MathSyntax, thickness: String?, displayStyle: Bool?)
        /// `\sqrt` or `\sqrt[n]`.
        case root(MathSyntax, index: MathSyntax?)
        /// `\left … \right`; `nil` for `.`.
        case fenced(open: String?, body: [MathSyntax], close: String?)
        /// An accent over (or under) a base.
        case accent(base: MathSyntax, mark: String, stretchy: Bool, below: Bool)
        /// A style change over a sequence.
        case styled(StyleChange, [MathSyntax])
        /// A table.
        case table(Table)
        /// `\phantom` (both), `\hphantom` (width only), `\vphantom` (height only).
        case phantom(MathSyntax, keepWidth: Bool, keepHeight: Bool)
        /// `\smash`: the body drawn with no height and/or no depth.
        case smash(MathSyntax, height: Bool, depth: Bool)
        /// The body in a box of a set height and depth in em, its ink where it was.
        case sized(MathSyntax, height: Double, depth: Double)
        /// The body with no width, drawn to the left of (`1`), centred on (`0.5`) or to the
        /// right of (`0`) its position: `\llap`, `\clap`, `\rlap`. The fraction is of its own width.
        case lap(MathSyntax, shift: Double)
        /// A filled box of a width, height and depth in em (`\rule`).
        case rule(width: Double, height: Double, depth: Double)
        /// The body raised by a length in em (`\raisebox`).
        case raised(MathSyntax, by: Double)
        /// A big operator symbol (`\sum`, `\int`).
        case largeOperator(String, limits: Limits)
        /// An operator name (`\sin`, `\lim`, `\operatorname{…}`).
        case function(String, limits: Limits)
        /// An operator atom whose content is not plain text (`\varliminf`,
        /// `\mathop{\overline{\mathrm{lim}}}`): drawn as its content, placing limits like an
        /// operator name.
        case `operator`(MathSyntax, limits: Limits)
        /// Scripts before and after a base (`\sideset{_1^2}{_3^4}\prod`): `mmultiscripts`.
        case multiscripts(base: MathSyntax, preSub: MathSyntax?, preSup: MathSyntax?, postSub: MathSyntax?, postSup: MathSyntax?)
        /// One of four forms chosen by the style it is set in (`\mathchoice`): display, text,
        /// script, scriptscript.
        case styleChoice(display: MathSyntax, text: MathSyntax, script: MathSyntax, scriptScript: MathSyntax)
        /// The body centred on the math axis (`\vcenter`).
        case vcenter(MathSyntax)
        /// The body as a hyperlink (`\href`, `\url`); the URL is checked by the parser.
        case link(String, MathSyntax)
        /// The body with HTML attributes (`\htmlId`, `\htmlClass`, `\htmlStyle`, `\htmlData`),
        /// names and values checked by the parser.
        case attributed([HTMLAttribute], MathSyntax)
    }

    /// What the node is.
    var kind: Kind
    /// UTF-8 offset in the source where the node starts.
    var offset: Int

    init(_ kind: Kind, at offset: Int) {
        self.kind = kind
        self.offset = offset
    }
}
