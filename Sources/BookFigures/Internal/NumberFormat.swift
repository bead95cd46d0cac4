/// Fixed-precision number formatting with no locale and no Foundation: same value, same bytes.
enum NumberFormat {
    /// Powers of ten that are exact in `Double`, used for rounding.
    static let powersOfTen: [Double] = [
        1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ]

    /// Formats `value` with at most `decimals` digits after the point, trailing zeros removed.
    ///
    /// Rounds half away from zero. `-0` prints as `0`. Non-finite values print as `NaN`, `∞`, `-∞`.
    /// Values too large for fixed notation (|v| ≥ 9e15 after scaling) fall back to scientific form.
    /// - Parameters:
    ///   - value: The number.
    ///   - decimals: Digits after the decimal point, 0…15.
    ///   - leadingZero: Whether `0.5` keeps its leading zero (path data drops it to save bytes).
    /// - Returns: The formatted number.
    static func fixed(_ value: Double, decimals: Int, leadingZero: Bool = true) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        let d = max(0, min(15, decimals))
        let scaled = (value * powersOfTen[d]).rounded(.toNearestOrAwayFromZero)
        guard abs(scaled) < 9e15 else { return scientific(value, significant: 3) }
        let n = Int64(scaled)
        return fromScaled(n, decimals: d, leadingZero: leadingZero)
    }

    /// Formats an integer count of `10^-decimals` units, e.g. `(-5, 1)` → `-0.5`.
    ///
    /// - Parameters:
    ///   - n: The scaled integer.
    ///   - decimals: How many of its digits are decimals.
    ///   - leadingZero: Whether to write `0.5` rather than `.5`.
    /// - Returns: The decimal text with trailing zeros removed.
    static func fromScaled(_ n: Int64, decimals: Int, leadingZero: Bool = true) -> String {
        if n == 0 { return "0" }
        var magnitude = n.magnitude
        var digits: [UInt8] = []
        while magnitude > 0 {
            digits.append(UInt8(magnitude % 10))
            magnitude /= 10
        }
        // digits is least significant first.
        var fraction = Array(digits.prefix(decimals))
        while fraction.count < decimals { fraction.append(0) }
        var integer = Array(digits.dropFirst(decimals))
        // Trim trailing zeros of the fraction (they are at the front of the reversed array).
        var firstNonZero = 0
        while firstNonZero < fraction.count && fraction[firstNonZero] == 0 { firstNonZero += 1 }
        fraction.removeFirst(firstNonZero)
        var out = n < 0 ? "-" : ""
        if integer.isEmpty {
            if leadingZero || fraction.isEmpty { out += "0" }
        } else {
            integer.reverse()
            for digit in integer { out.unicodeScalars.append(Unicode.Scalar(48 + digit)) }
        }
        if !fraction.isEmpty {
            out += "."
            for digit in fraction.reversed() { out.unicodeScalars.append(Unicode.Scalar(48 + digit)) }
        }
        return out
    }

    /// Formats `value` as `m×10ⁿ` with superscript exponent, `significant` digits in the mantissa.
    ///
    /// - Parameters:
    ///   - value: The number.
    ///   - significant: Significant digits kept (trailing zeros removed).
    /// - Returns: For example `2.5×10⁻⁹`, or `10⁶` when the mantissa is exactly 1.
    static func scientific(_ value: Double, significant: Int) -> String {
        guard value.isFinite else { return fixed(value, decimals: 0) }
        if value == 0 { return "0" }
        var exponent = Int(_log10(abs(value)).rounded(.down))
        var mantissa = value / _pow(10, Double(exponent))
        let digits = max(0, significant - 1)
        var text = fixed(mantissa, decimals: digits)
        if text == "10" || text == "-10" {
            exponent += 1
            mantissa /= 10
            text = fixed(mantissa, decimals: digits)
        }
        let power = "10" + superscript(exponent)
        if text == "1" { return power }
        if text == "-1" { return "-" + power }
        return text + "×" + power
    }

    /// Writes an integer with Unicode superscript digits, e.g. `-9` → `⁻⁹`.
    ///
    /// - Parameter n: The integer.
    /// - Returns: The superscript text.
    static func superscript(_ n: Int) -> String {
        let map: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        var out = n < 0 ? "⁻" : ""
        for ch in String(n.magnitude).utf8 { out.append(map[Int(ch) - 48]) }
        return out
    }
}
