import BookMarkdown

/// Decoding of source files, with a positioned error for bytes that are not UTF-8.
public enum SourceText {
    /// Decodes UTF-8 (a leading byte-order mark is dropped).
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - file: The path shown in a diagnostic.
    /// - Returns: The text.
    /// - Throws: A ``Diagnostic`` at the line and column of the first invalid byte.
    public static func decode(_ bytes: [UInt8], file: String) throws(Diagnostic) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let offset = firstInvalidByte(in: body) {
            let location = location(ofOffset: offset - body.startIndex, in: Array(body))
            let byte = String(body[offset], radix: 16, uppercase: true)
            throw Diagnostic(
                .error, file: file, location: location,
                "file is not valid UTF-8 (byte 0x\(byte)); save it as UTF-8")
        }
        return String(decoding: body, as: UTF8.self)
    }

    /// The index of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = bytes.startIndex
        var scalarStart = offset
        var consumed = 0
        // Re-scan to learn where each scalar starts; UTF8 decoding reports only errors.
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed = UTF8.width(scalar)
                offset += consumed
                scalarStart = offset
            case .emptyInput:
                return nil
            case .error:
                return scalarStart
            }
        }
    }

    /// The 1-based line and scalar column of byte `offset`.
    static func location(ofOffset offset: Int, in bytes: [UInt8]) -> SourceLocation {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(line: line, column: column)
    }
}
