/// A rendered panel: SVG content in panel coordinates and a text summary for `<desc>`.
struct PanelOutput {
    var body: String
    var summary: String
    /// Whether the panel carries the clipped-data note (and so reserved room for it).
    var hasNote = false
}
