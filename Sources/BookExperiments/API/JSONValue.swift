/// A JSON value with a deterministic writer: keys keep the order they were given in, and
/// numbers are written in Swift's shortest round-trip form, so parsing them gives back the
/// same doubles.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered == rhs.rendered
    }

    /// A list of numbers.
    public static func numbers(_ values: [Double]) -> JSONValue { .array(values.map(JSONValue.number)) }
    /// A list of lists of numbers.
    public static func rows(_ rows: [[Double]]) -> JSONValue { .array(rows.map(numbers)) }
    /// A list of integers.
    public static func integers(_ values: [Int]) -> JSONValue { .array(values.map { .number(Double($0)) }) }

    /// The compact JSON text.
    public var rendered: String {
        var output = ""
        render(into: &output)
        return output
    }

    /// Appends the compact JSON text to `output`.
    ///
    /// - Parameter output: The string to append to.
    public func render(into output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(let value): output += Self.format(value)
        case .string(let value): Self.appendQuoted(value, to: &output)
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.render(into: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += "," }
                Self.appendQuoted(key, to: &output)
                output += ":"
                value.render(into: &output)
            }
            output += "}"
        }
    }

    /// Non-finite numbers have no JSON form; they are written as `null`.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    private static func appendQuoted(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
