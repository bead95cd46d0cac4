/// A rendered panel: SVG content in panel coordinates and a text summary for `<desc>`.
struct PanelOutput {
    var body: String
    var summary: String
}
