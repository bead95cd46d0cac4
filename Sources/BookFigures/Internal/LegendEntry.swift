/// One legend row: the label, its colour class and the glyph drawn beside it.
struct LegendEntry {
    enum Glyph {
        case line(Dash, Double)
        case marker(Marker)
        case trajectory
        case patch
    }

    var label: String
    var colorAttributes: [(String, String)]
    var glyph: Glyph
}
