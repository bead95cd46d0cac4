/// The categorical palette for series: Okabe & Ito's colour-blind-safe set
/// ("Color Universal Design", Okabe & Ito 2008), ordered so the first colours are the most
/// distinct from each other, with black left out (black is the ink colour).
///
/// Each entry has a light-theme colour (the published Okabe–Ito value) and a dark-theme
/// colour. The dark-theme colours keep the hue and raise the lightness so lines read on a
/// near-black page; they are ours, derived from the published ones, not part of the standard.
public enum Palette {
    /// Colours for a light page (published Okabe–Ito values).
    public static let light: [RGB] = [
        RGB(hex: 0x0072B2),  // blue
        RGB(hex: 0xD55E00),  // vermillion
        RGB(hex: 0x009E73),  // bluish green
        RGB(hex: 0xCC79A7),  // reddish purple
        RGB(hex: 0xE69F00),  // orange
        RGB(hex: 0x56B4E9),  // sky blue
        RGB(hex: 0xB8A600),  // yellow, darkened from F0E442 to read on white
    ]

    /// Colours for a dark page, same hues in the same order.
    public static let dark: [RGB] = [
        RGB(hex: 0x5AA9E6),
        RGB(hex: 0xF07F3C),
        RGB(hex: 0x2FC596),
        RGB(hex: 0xE29BC3),
        RGB(hex: 0xF2B33D),
        RGB(hex: 0x8ACDF2),
        RGB(hex: 0xF0E442),
    ]

    /// How many distinct series colours there are before they repeat.
    public static var count: Int { light.count }
}
