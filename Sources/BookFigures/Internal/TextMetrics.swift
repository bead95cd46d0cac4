/// Rough text widths for layout (no font access in a pure target): CJK and full-width
/// characters count 1 em, digits 0.64 em, other Latin about 0.6 em (DejaVu Sans, the widest
/// common fallback, so labels fit their boxes whatever the reader's font), narrow marks less.
enum TextMetrics {
    static func width(_ text: String, fontSize: Double) -> Double {
        var em = 0.0
        for s in text.unicodeScalars {
            let v = s.value
            switch v {
            case 0x20: em += 0.32
            case 0x2E, 0x2C, 0x3A, 0x3B, 0x69, 0x6A, 0x6C, 0x49, 0x7C, 0x27, 0x28, 0x29, 0x5B, 0x5D: em += 0.3
            case 0x30...0x39: em += 0.64
            case 0x41...0x5A: em += 0.7
            case 0x6D, 0x77: em += 0.82
            case 0x2070...0x209F, 0xB2, 0xB3, 0xB9: em += 0.38
            case 0x2212, 0xD7: em += 0.6
            case 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x3000...0x303F: em += 1.0
            default: em += 0.6
            }
        }
        return em * fontSize
    }
}
