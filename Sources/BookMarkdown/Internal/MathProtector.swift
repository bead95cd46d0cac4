/// Finds `$…$` and `$$…$$` in Markdown source before libcmark sees it, and replaces each span
/// with a marker that cmark passes through untouched, so that `_`, `*` and backslash
/// escapes inside TeX reach the math renderer byte for byte.
///
/// The scan follows pandoc's `tex_math_dollars` rules: the opening `$` is not followed by
/// whitespace, the closing `$` is not preceded by whitespace nor followed by a digit, `\$` is
/// a literal dollar, and math never spans a blank line. Dollars inside fenced code blocks and
/// code spans are skipped. Any marker that still ends up inside a literal that is not
/// text (an indented code block, raw HTML, a link destination) is restored to the original
/// characters by ``ProtectedSource/restore(_:)``.
struct MathProtector {
    /// A replaced region of the original source.
    struct Region {
        var originalStart: Int
        var originalEnd: Int
        var protectedStart: Int
        var protectedEnd: Int
    }

    static let markerStart: Unicode.Scalar = "\u{E000}"
    static let markerEnd: Unicode.Scalar = "\u{E001}"
    static let markerDigitBase: UInt32 = 0xE010

    static func protect(_ source: [UInt8], lineIndex: LineIndex) -> ProtectedSource {
        var scanner = Scanner(source: source, lineIndex: lineIndex)
        scanner.scan()
        return scanner.finish()
    }

    private struct Scanner {
        let source: [UInt8]
        let lineIndex: LineIndex
        var output: [UInt8] = []
        var copiedUpTo = 0
        var spans: [(tex: String, isDisplay: Bool, texStart: Int)] = []
        var originals: [String] = []
        var regions: [Region] = []
        var diagnostics: [(offset: Int, message: String)] = []

        init(source: [UInt8], lineIndex: LineIndex) {
            self.source = source
            self.lineIndex = lineIndex
            output.reserveCapacity(source.count)
        }

        mutating func scan() {
            var fence: (marker: UInt8, length: Int)? = nil
            var segmentStart: Int? = nil
            for line in 0..<lineIndex.lineCount {
                let range = lineIndex.byteRange(ofLine: line, in: source)
                let content = contentStart(of: range)
                if let open = fence {
                    if isClosingFence(at: content, end: range.upperBound, open) { fence = nil }
                    continue
                }
                if let opening = openingFence(at: content, end: range.upperBound) {
                    if let start = segmentStart { scanSegment(start..<range.lowerBound) }
                    segmentStart = nil
                    fence = opening
                    continue
                }
                if isBlank(range) {
                    if let start = segmentStart { scanSegment(start..<range.lowerBound) }
                    segmentStart = nil
                } else if segmentStart == nil {
                    segmentStart = range.lowerBound
                }
            }
            if let start = segmentStart { scanSegment(start..<source.count) }
        }

        /// The first byte after leading spaces, tabs and block-quote markers.
        private func contentStart(of range: Range<Int>) -> Int {
            var i = range.lowerBound
            while i < range.upperBound, source[i] == 0x20 || source[i] == 0x09 || source[i] == 0x3E { i += 1 }
            return i
        }

        private func isBlank(_ range: Range<Int>) -> Bool {
            range.allSatisfy { source[$0] == 0x20 || source[$0] == 0x09 || source[$0] == 0x0A || source[$0] == 0x0D }
        }

        private func run(of byte: UInt8, at start: Int, end: Int) -> Int {
            var i = start
            while i < end, source[i] == byte { i += 1 }
            return i - start
        }

        private func openingFence(at start: Int, end: Int) -> (marker: UInt8, length: Int)? {
            guard start < end, source[start] == 0x60 || source[start] == 0x7E else { return nil }
            let marker = source[start]
            let length = run(of: marker, at: start, end: end)
            guard length >= 3 else { return nil }
            if marker == 0x60, source[(start + length)..<end].contains(0x60) { return nil }
            return (marker, length)
        }

        private func isClosingFence(at start: Int, end: Int, _ open: (marker: UInt8, length: Int)) -> Bool {
            guard start < end, source[start] == open.marker else { return false }
            let length = run(of: open.marker, at: start, end: end)
            guard length >= open.length else { return false }
            return source[(start + length)..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        }

        private func isWhitespace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }

        private mutating func scanSegment(_ segment: Range<Int>) {
            var p = segment.lowerBound
            let end = segment.upperBound
            while p < end {
                switch source[p] {
                case 0x5C:  // backslash escape
                    p += 2
                case 0x60:  // code span: skip to the closing run of equal length
                    let length = run(of: 0x60, at: p, end: end)
                    p = closingBacktickRun(from: p + length, length: length, end: end) ?? (p + length)
                case 0x24 where p + 1 < end && source[p + 1] == 0x24:
                    if let close = closingDisplayDollars(from: p + 2, end: end) {
                        replace(p..<(close + 2), texRange: (p + 2)..<close, isDisplay: true)
                        p = close + 2
                    } else {
                        diagnostics.append((p, "unclosed display math: '$$' has no closing '$$' in this paragraph"))
                        p += 2
                    }
                case 0x24 where p + 1 < end && !isWhitespace(source[p + 1]):
                    if let close = closingInlineDollar(from: p + 1, end: end) {
                        replace(p..<(close + 1), texRange: (p + 1)..<close, isDisplay: false)
                        p = close + 1
                    } else {
                        p += 1
                    }
                default:
                    p += 1
                }
            }
        }

        private func closingBacktickRun(from start: Int, length: Int, end: Int) -> Int? {
            var i = start
            while i < end {
                if source[i] == 0x60 {
                    let found = run(of: 0x60, at: i, end: end)
                    if found == length { return i + found }
                    i += found
                } else {
                    i += 1
                }
            }
            return nil
        }

        private func closingDisplayDollars(from start: Int, end: Int) -> Int? {
            var i = start
            while i + 1 < end {
                if source[i] == 0x5C {
                    i += 2
                } else if source[i] == 0x24 && source[i + 1] == 0x24 {
                    return i
                } else {
                    i += 1
                }
            }
            return nil
        }

        private func closingInlineDollar(from start: Int, end: Int) -> Int? {
            var i = start
            while i < end {
                if source[i] == 0x5C {
                    i += 2
                    continue
                }
                if source[i] == 0x24, !isWhitespace(source[i - 1]) {
                    let followedByDigit = i + 1 < end && (0x30...0x39).contains(source[i + 1])
                    if !followedByDigit { return i }
                }
                i += 1
            }
            return nil
        }

        private mutating func replace(_ region: Range<Int>, texRange: Range<Int>, isDisplay: Bool) {
            output.append(contentsOf: source[copiedUpTo..<region.lowerBound])
            let protectedStart = output.count
            appendMarker(number: spans.count)
            regions.append(
                Region(
                    originalStart: region.lowerBound, originalEnd: region.upperBound,
                    protectedStart: protectedStart, protectedEnd: output.count))
            copiedUpTo = region.upperBound
            spans.append((tex(in: texRange), isDisplay, texRange.lowerBound))
            originals.append(String(decoding: source[region], as: UTF8.self))
        }

        private mutating func appendMarker(number: Int) {
            var scalars: [Unicode.Scalar] = [MathProtector.markerStart]
            for digit in String(number).utf8 {
                scalars.append(Unicode.Scalar(MathProtector.markerDigitBase + UInt32(digit - 0x30))!)
            }
            scalars.append(MathProtector.markerEnd)
            for scalar in scalars { output.append(contentsOf: String(scalar).utf8) }
        }

        /// The TeX of a span; on continuation lines of a span inside block quotes, the `>`
        /// markers that the opening line also has are not part of the TeX.
        private func tex(in range: Range<Int>) -> String {
            let firstLine = lineIndex.line(containing: range.lowerBound)
            let lineStart = lineIndex.byteRange(ofLine: firstLine, in: source).lowerBound
            let quoteDepth = source[lineStart..<contentStart(of: lineStart..<range.lowerBound)].filter { $0 == 0x3E }
                .count
            guard quoteDepth > 0, source[range].contains(0x0A) else {
                return String(decoding: source[range], as: UTF8.self)
            }
            var bytes: [UInt8] = []
            var i = range.lowerBound
            while i < range.upperBound {
                bytes.append(source[i])
                if source[i] == 0x0A {
                    i = afterQuoteMarkers(from: i + 1, depth: quoteDepth, end: range.upperBound)
                } else {
                    i += 1
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        private func afterQuoteMarkers(from start: Int, depth: Int, end: Int) -> Int {
            var i = start
            for _ in 0..<depth {
                var j = i
                while j < end, source[j] == 0x20 || source[j] == 0x09 { j += 1 }
                guard j < end, source[j] == 0x3E else { return i }
                i = j + 1
            }
            if i < end, source[i] == 0x20 { i += 1 }
            return i
        }

        mutating func finish() -> ProtectedSource {
            output.append(contentsOf: source[copiedUpTo...])
            return ProtectedSource(
                bytes: output, spans: spans, originals: originals, regions: regions, diagnostics: diagnostics)
        }
    }
}

/// Markdown source with its math replaced by markers, and the map back to the original.
struct ProtectedSource {
    var bytes: [UInt8]
    var spans: [(tex: String, isDisplay: Bool, texStart: Int)]
    var originals: [String]
    var regions: [MathProtector.Region]
    var diagnostics: [(offset: Int, message: String)]

    /// Source that needs no protection.
    init(unprotected bytes: [UInt8]) {
        self.init(bytes: bytes, spans: [], originals: [], regions: [], diagnostics: [])
    }

    init(
        bytes: [UInt8], spans: [(tex: String, isDisplay: Bool, texStart: Int)], originals: [String],
        regions: [MathProtector.Region], diagnostics: [(offset: Int, message: String)]
    ) {
        self.bytes = bytes
        self.spans = spans
        self.originals = originals
        self.regions = regions
        self.diagnostics = diagnostics
    }

    /// The original byte offset of a byte offset in the protected text. Offsets inside a
    /// marker map to the start of the math it stands for.
    func originalOffset(ofProtected offset: Int) -> Int {
        var low = 0
        var high = regions.count
        while low < high {
            let mid = (low + high) / 2
            if regions[mid].protectedStart <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return offset }
        let region = regions[low - 1]
        if offset < region.protectedEnd { return region.originalStart }
        return offset - region.protectedEnd + region.originalEnd
    }

    /// Splits `text` at markers: plain runs and the numbers of the math spans between them.
    ///
    /// A marker is U+E000, decimal digits written as U+E010…U+E019, then U+E001; in UTF-8
    /// these are `EE 80 80`, `EE 80 90`…`EE 80 99` and `EE 80 81`, so the scan works on bytes.
    func pieces(of text: String) -> [TextPiece] {
        guard !spans.isEmpty else { return [.text(text)] }
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.contains(0xEE) else { return [.text(String(decoding: bytes, as: UTF8.self))] }
            var pieces: [TextPiece] = []
            var plainStart = 0
            var i = 0
            while i + 2 < bytes.count {
                guard bytes[i] == 0xEE, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 else {
                    i += 1
                    continue
                }
                var j = i + 3
                var number = 0
                while j + 2 < bytes.count, bytes[j] == 0xEE, bytes[j + 1] == 0x80, (0x90...0x99).contains(bytes[j + 2])
                {
                    number = number * 10 + Int(bytes[j + 2] - 0x90)
                    j += 3
                }
                guard j + 2 < bytes.count, bytes[j] == 0xEE, bytes[j + 1] == 0x80, bytes[j + 2] == 0x81,
                    number < spans.count
                else {
                    i += 1
                    continue
                }
                if plainStart < i {
                    pieces.append(
                        .text(String(decoding: UnsafeBufferPointer(rebasing: bytes[plainStart..<i]), as: UTF8.self)))
                }
                pieces.append(.math(number))
                i = j + 3
                plainStart = i
            }
            if plainStart < bytes.count {
                pieces.append(
                    .text(String(decoding: UnsafeBufferPointer(rebasing: bytes[plainStart...]), as: UTF8.self)))
            }
            return pieces
        }
    }

    /// `text` with every marker put back to the characters it replaced.
    func restore(_ text: String) -> String {
        guard !spans.isEmpty, text.utf8.contains(0xEE) else { return text }
        var output = ""
        for piece in pieces(of: text) {
            switch piece {
            case .text(let plain): output += plain
            case .math(let number): output += originals[number]
            }
        }
        return output
    }

    enum TextPiece: Equatable {
        case text(String)
        case math(Int)
    }
}
