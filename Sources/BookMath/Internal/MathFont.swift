/// A math alphabet (`\mathbf`, `\mathbb`, …), applied by rewriting letters and digits into
/// Unicode mathematical alphanumeric characters, which every MathML Core renderer draws.
enum MathFont: Sendable, Equatable {
    /// Upright (`\mathrm`, `\text`, operator names).
    case roman
    /// Italic (`\mathit`, `\textit`).
    case italic
    /// Bold upright (`\mathbf`, `\textbf`).
    case bold
    /// Bold italic (`\boldsymbol`, `\bm`).
    case boldItalic
    /// Double-struck (`\mathbb`).
    case doubleStruck
    /// Script (`\mathcal`, `\mathscr`).
    case script
    /// Fraktur (`\mathfrak`).
    case fraktur
    /// Sans-serif (`\mathsf`).
    case sansSerif
    /// Bold sans-serif (`\textsf` inside bold, `\mathbfsf`).
    case sansSerifBold
    /// Monospace (`\mathtt`, `\texttt`).
    case monospace

    /// Rewrites one character into this alphabet; characters the alphabet has no form for
    /// (and every character for ``roman``) come back unchanged.
    ///
    /// - Parameter scalar: The character.
    /// - Returns: The styled character.
    func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        let upper = value >= 0x41 && value <= 0x5A
        let lower = value >= 0x61 && value <= 0x7A
        let digit = value >= 0x30 && value <= 0x39
        let greekUpper = value >= 0x391 && value <= 0x3A9 && value != 0x3A2
        let greekLower = value >= 0x3B1 && value <= 0x3C9
        func latin(_ base: UInt32, exceptions: [UInt32: UInt32] = [:]) -> Unicode.Scalar {
            if let exception = exceptions[value] { return Unicode.Scalar(exception) ?? scalar }
            let index = upper ? value - 0x41 : value - 0x61 + 26
            return Unicode.Scalar(base + index) ?? scalar
        }
        func greek(_ base: UInt32) -> Unicode.Scalar {
            // Capitals Α…Ω occupy 25 slots (with ϴ at the gap), then ∇, then α…ω and six symbols.
            if greekUpper { return Unicode.Scalar(base + value - 0x391) ?? scalar }
            if greekLower { return Unicode.Scalar(base + 26 + value - 0x3B1) ?? scalar }
            let symbols: [UInt32: UInt32] = [0x2207: 25, 0x2202: 51, 0x3F5: 52, 0x3D1: 53, 0x3F0: 54, 0x3D5: 55, 0x3F1: 56, 0x3D6: 57]
            if let slot = symbols[value] { return Unicode.Scalar(base + slot) ?? scalar }
            return scalar
        }
        func number(_ base: UInt32) -> Unicode.Scalar {
            Unicode.Scalar(base + value - 0x30) ?? scalar
        }
        let isGreek = greekUpper || greekLower || [0x2207, 0x2202, 0x3F5, 0x3D1, 0x3F0, 0x3D5, 0x3F1, 0x3D6].contains(value)
        switch self {
        case .roman:
            return scalar
        case .italic:
            if upper || lower { return latin(0x1D434, exceptions: [0x68: 0x210E]) }
            if isGreek { return greek(0x1D6E2) }
        case .bold:
            if upper || lower { return latin(0x1D400) }
            if digit { return number(0x1D7CE) }
            if isGreek { return greek(0x1D6A8) }
        case .boldItalic:
            if upper || lower { return latin(0x1D468) }
            if digit { return number(0x1D7CE) }
            if isGreek { return greek(0x1D71C) }
        case .doubleStruck:
            if upper || lower {
                return latin(0x1D538, exceptions: [0x43: 0x2102, 0x48: 0x210D, 0x4E: 0x2115, 0x50: 0x2119, 0x51: 0x211A, 0x52: 0x211D, 0x5A: 0x2124])
            }
            if digit { return number(0x1D7D8) }
        case .script:
            if upper || lower {
                return latin(0x1D49C, exceptions: [
                    0x42: 0x212C, 0x45: 0x2130, 0x46: 0x2131, 0x48: 0x210B, 0x49: 0x2110, 0x4C: 0x2112,
                    0x4D: 0x2133, 0x52: 0x211B, 0x65: 0x212F, 0x67: 0x210A, 0x6F: 0x2134,
                ])
            }
        case .fraktur:
            if upper || lower {
                return latin(0x1D504, exceptions: [0x43: 0x212D, 0x48: 0x210C, 0x49: 0x2111, 0x52: 0x211C, 0x5A: 0x2128])
            }
        case .sansSerif:
            if upper || lower { return latin(0x1D5A0) }
            if digit { return number(0x1D7E2) }
        case .sansSerifBold:
            if upper || lower { return latin(0x1D5D4) }
            if digit { return number(0x1D7EC) }
            if isGreek { return greek(0x1D756) }
        case .monospace:
            if upper || lower { return latin(0x1D670) }
            if digit { return number(0x1D7F6) }
        }
        return scalar
    }

    /// Rewrites every character of `text` into this alphabet.
    ///
    /// - Parameter text: Letters, digits and anything else.
    /// - Returns: The styled text.
    func map(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            result.unicodeScalars.append(map(scalar))
        }
        return result
    }

    /// Whether the alphabet is upright, so that a single mapped letter must not be
    /// auto-italicised (only matters where the mapping leaves the letter unchanged).
    var isUpright: Bool {
        switch self {
        case .italic, .boldItalic: false
        default: true
        }
    }
}
