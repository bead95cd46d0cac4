/// One attribute of an element; its value is escaped when rendered.
public struct Attribute: Sendable, Equatable {
    /// The attribute name, written as given.
    public var name: String
    /// The value, or `nil` for an attribute that is left out.
    public var value: String?

    /// Creates an attribute.
    ///
    /// - Parameters:
    ///   - name: The attribute name.
    ///   - value: The unescaped value; `nil` leaves the attribute out of the output.
    public init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }

    static func render(_ attributes: [Attribute], into output: inout String) {
        for attribute in attributes {
            guard let value = attribute.value else { continue }
            output += " "
            output += attribute.name
            output += "=\""
            Escaping.appendEscaped(value, to: &output)
            output += "\""
        }
    }
}

extension Attribute: ExpressibleByStringLiteral {
    /// A boolean attribute given by name, written as `name=""`.
    ///
    /// - Parameter name: The attribute name.
    public init(stringLiteral name: String) {
        self.init(name, "")
    }
}
