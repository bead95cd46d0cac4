public import BookMarkdown

/// Maps positions inside a formula back to its file.
public enum MathLocation {
    /// The 1-based line and scalar column of a UTF-8 byte `offset` inside `tex`.
    ///
    /// - Parameters:
    ///   - offset: Bytes from the start of the TeX (as ``BookMath`` reports errors).
    ///   - tex: The formula.
    /// - Returns: Line and column relative to the formula's first character.
    public static func location(ofOffset offset: Int, in tex: String) -> SourceLocation {
        var line = 1
        var column = 1
        var consumed = 0
        for scalar in tex.unicodeScalars {
            if consumed >= offset { break }
            consumed += UTF8.width(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourceLocation(line: line, column: column)
    }

    /// The file position of a byte offset inside a math span that starts at `start`.
    ///
    /// - Parameters:
    ///   - offset: Bytes into the span's TeX.
    ///   - tex: The span's TeX.
    ///   - start: Where the TeX starts in the file.
    /// - Returns: The position in the file.
    public static func location(ofOffset offset: Int, in tex: String, startingAt start: SourceLocation)
        -> SourceLocation
    {
        let inside = location(ofOffset: offset, in: tex)
        return inside.line == 1
            ? SourceLocation(line: start.line, column: start.column + inside.column - 1)
            : SourceLocation(line: start.line + inside.line - 1, column: inside.column)
    }
}
