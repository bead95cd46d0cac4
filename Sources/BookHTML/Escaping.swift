/// Escaping rules shared by every markup bookgen writes (HTML, SVG, MathML).
///
/// The rules are libcmark's (`houdini_escape_html0` in non-secure mode): `&`, `<`, `>` and `"`
/// are replaced by entities, everything else passes through. They are safe both in text and in
/// double-quoted attribute values, so one function serves both.
public enum Escaping {
    /// Appends `text` to `output` with `&`, `<`, `>` and `"` replaced by entities.
    ///
    /// - Parameters:
    ///   - text: Free-form text.
    ///   - output: The string to append to.
    @inlinable
    public static func appendEscaped(_ text: some StringProtocol, to output: inout String) {
        var needsEscaping = false
        for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 {
            needsEscaping = true
            break
        }
        guard needsEscaping else {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }

    /// Returns `text` with `&`, `<`, `>` and `"` replaced by entities.
    ///
    /// - Parameter text: Free-form text.
    /// - Returns: Text that is safe inside an element or a double-quoted attribute value.
    @inlinable
    public static func escaped(_ text: some StringProtocol) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        appendEscaped(text, to: &output)
        return output
    }
}
