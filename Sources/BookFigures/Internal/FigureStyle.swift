/// The CSS embedded in every figure, scoped to the figure's id.
enum FigureStyle {
    static let fontStack =
        "system-ui,-apple-system,\"PingFang SC\",\"Hiragino Sans GB\",\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"Microsoft YaHei\",sans-serif"

    static func css(scope s: String) -> String {
        // `color-scheme` makes the `Canvas` fallback for --bf-paper follow the reader's theme.
        var css = "\(s){color-scheme:light dark}"
        css += "\(s) text{font-family:\(fontStack);font-size:11px;fill:currentColor}"
        css += "\(s) .bf-t{font-size:13px;font-weight:600}"
        css += "\(s) .bf-l{font-size:12px}"
        css += "\(s) .bf-s{font-size:10px;fill-opacity:.8}"
        css += "\(s) .bf-halo{paint-order:stroke;stroke:var(--bf-paper,Canvas);stroke-width:3px;stroke-linejoin:round}"
        css += "\(s) .bf-gl{fill:none;stroke:currentColor;stroke-opacity:.12}"
        css += "\(s) .bf-ax{fill:none;stroke:currentColor;stroke-opacity:.7}"
        css += "\(s) .bf-paper{fill:var(--bf-paper,Canvas)}"
        css += "\(s) .bf-pstroke{stroke:var(--bf-paper,Canvas)}"
        for (k, c) in Palette.light.enumerated() { css += "\(s) .bf-c\(k){color:\(c.hex)}" }
        css += "@media (prefers-color-scheme:dark){"
        for (k, c) in Palette.dark.enumerated() { css += "\(s) .bf-c\(k){color:\(c.hex)}" }
        css += "}"
        css += "@media (prefers-reduced-motion:reduce){\(s) .bf-anim{display:none}}"
        // On phones a wide panel shrinks below 0.8×: enlarge tick labels, axis labels and titles
        // a little (legend and contour labels keep their size, their boxes are measured at it).
        css +=
            "@media (max-width:520px){\(s) .bf-k text{font-size:12.5px}\(s) .bf-l{font-size:13.5px}\(s) .bf-t{font-size:14.5px}}"
        return css
    }

    static func gridCSS(scope s: String, columns: Int, panelWidth: Double) -> String {
        let maxWidth = NumberFormat.fixed(panelWidth * Double(columns), decimals: 0)
        var css =
            "\(s){display:grid;grid-template-columns:repeat(\(columns),minmax(0,1fr));max-width:\(maxWidth)px;margin:0 auto}"
        css += "\(s)>svg{display:block;width:100%;height:auto}"
        if columns > 1 {
            css += "@media (max-width:640px){\(s){grid-template-columns:minmax(0,1fr)}}"
        }
        return css
    }
}
