import BookHTML

/// Appends SVG markup to a string with escaped attribute values and text.
struct SVGWriter {
    var out = ""

    /// Formats a pixel coordinate with one decimal.
    @inline(__always) static func px(_ v: Double) -> String { NumberFormat.fixed(v, decimals: 1) }

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        out += "<"
        out += name
        attrs(attributes)
        out += ">"
    }

    mutating func close(_ name: String) {
        out += "</"
        out += name
        out += ">"
    }

    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        out += "<"
        out += name
        attrs(attributes)
        out += "/>"
    }

    mutating func element(_ name: String, _ attributes: [(String, String)], text: String) {
        open(name, attributes)
        Escaping.appendEscaped(text, to: &out)
        close(name)
    }

    mutating func raw(_ markup: String) {
        out += markup
    }

    private mutating func attrs(_ attributes: [(String, String)]) {
        for (name, value) in attributes {
            out += " "
            out += name
            out += "=\""
            Escaping.appendEscaped(value, to: &out)
            out += "\""
        }
    }
}
