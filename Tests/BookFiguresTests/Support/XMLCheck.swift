import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses markup as XML and reports the first error, collecting element names on the way.
final class XMLCheck: NSObject, XMLParserDelegate {
    private(set) var elements: [String] = []
    private(set) var attributes: [[String: String]] = []

    /// Returns `nil` when `markup` is well-formed XML, or the parser's error description.
    static func parse(_ markup: String) -> (error: String?, check: XMLCheck) {
        let check = XMLCheck()
        let parser = XMLParser(data: Data(markup.utf8))
        parser.delegate = check
        let ok = parser.parse()
        return (
            ok
                ? nil
                : (parser.parserError.map { "\($0)" } ?? "unknown error")
                    + " at line \(parser.lineNumber):\(parser.columnNumber)", check
        )
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        elements.append(elementName)
        attributes.append(attributeDict)
    }
}
