/// A piece of markup: an element, escaped text, raw markup, or a sequence of these.
///
/// Text and attribute values are escaped when rendered; unescaped output must be asked for by
/// name at the call site with ``raw(_:)``. The same type builds HTML pages, SVG figures and
/// MathML formulas.
public struct Node: Sendable, Equatable {
    @usableFromInline
    enum Content: Sendable, Equatable {
        case element(name: String, attributes: [Attribute], children: [Node])
        case voidElement(name: String, attributes: [Attribute])
        case text(String)
        case raw(String)
        case fragment([Node])
    }

    @usableFromInline
    let content: Content

    @usableFromInline
    init(_ content: Content) {
        self.content = content
    }

    /// An element with a start and an end tag: `<name a="v">children</name>`.
    ///
    /// - Parameters:
    ///   - name: The tag name, written as given.
    ///   - attributes: Attributes in the order they are written; `nil` values are left out.
    ///   - children: The content of the element.
    /// - Returns: The element node.
    public static func element(_ name: String, _ attributes: [Attribute] = [], _ children: [Node] = []) -> Node {
        Node(.element(name: name, attributes: attributes, children: children))
    }

    /// A self-closing element, written in XHTML style: `<name a="v" />`.
    ///
    /// - Parameters:
    ///   - name: The tag name, written as given.
    ///   - attributes: Attributes in the order they are written.
    /// - Returns: The element node.
    public static func selfClosing(_ name: String, _ attributes: [Attribute] = []) -> Node {
        Node(.voidElement(name: name, attributes: attributes))
    }

    /// Free-form text, escaped when rendered.
    ///
    /// - Parameter text: The text.
    /// - Returns: A text node.
    public static func text(_ text: String) -> Node {
        Node(.text(text))
    }

    /// Markup written exactly as given. Use it only for markup that is already well formed,
    /// such as a rendered figure or an author's raw HTML.
    ///
    /// - Parameter markup: The markup.
    /// - Returns: A raw node.
    public static func raw(_ markup: String) -> Node {
        Node(.raw(markup))
    }

    /// A sequence of nodes rendered one after another, with no wrapper element.
    ///
    /// - Parameter nodes: The nodes.
    /// - Returns: A fragment node.
    public static func fragment(_ nodes: [Node]) -> Node {
        Node(.fragment(nodes))
    }

    /// Appends the markup of this node to `output`.
    ///
    /// - Parameter output: The string to append to.
    public func render(into output: inout String) {
        switch content {
        case .element(let name, let attributes, let children):
            output += "<"
            output += name
            Attribute.render(attributes, into: &output)
            output += ">"
            for child in children {
                child.render(into: &output)
            }
            output += "</"
            output += name
            output += ">"
        case .voidElement(let name, let attributes):
            output += "<"
            output += name
            Attribute.render(attributes, into: &output)
            output += " />"
        case .text(let text):
            Escaping.appendEscaped(text, to: &output)
        case .raw(let markup):
            output += markup
        case .fragment(let nodes):
            for node in nodes {
                node.render(into: &output)
            }
        }
    }

    /// The markup of this node.
    public var rendered: String {
        var output = ""
        render(into: &output)
        return output
    }
}
