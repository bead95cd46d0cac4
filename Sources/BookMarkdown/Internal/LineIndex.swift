/// The byte offsets at which the lines of a UTF-8 text start, for turning offsets into
/// line/column positions and back.
struct LineIndex {
    private(set) var lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            starts.append(offset + 1)
        }
        if starts.count > 1, starts.last == bytes.count { starts.removeLast() }
        lineStarts = starts
    }

    var lineCount: Int { lineStarts.count }

    /// The bytes of 0-based line `line`, including its newline.
    func byteRange(ofLine line: Int, in bytes: [UInt8]) -> Range<Int> {
        let end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        return lineStarts[line]..<end
    }

    /// The 0-based line holding byte `offset`.
    func line(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count
        while low < high {
            let mid = (low + high) / 2
            if lineStarts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return max(low - 1, 0)
    }

    /// The byte offset of a 1-based line and 1-based byte column, clamped to the text.
    func offset(line: Int, byteColumn: Int, count: Int) -> Int {
        guard line >= 1 else { return 0 }
        guard line <= lineStarts.count else { return count }
        return min(lineStarts[line - 1] + max(byteColumn - 1, 0), count)
    }

    /// The line and Unicode-scalar column of byte `offset`.
    func location(ofOffset offset: Int, in bytes: [UInt8]) -> SourceLocation {
        let line = line(containing: offset)
        var column = 1
        var i = lineStarts[line]
        while i < min(offset, bytes.count) {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourceLocation(line: line + 1, column: column)
    }
}
