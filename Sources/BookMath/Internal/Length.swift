/// TeX lengths converted to em.
enum Length {
    /// Converts `text` such as `0.5em`, `-3mu`, `2pt` to em (1em = 10pt, 18mu).
    ///
    /// - Parameter text: A number followed by a unit.
    /// - Returns: The length in em, or `nil` if it cannot be read.
    static func em(_ text: String) -> Double? {
        // TeX's units, in points times 0.1 (1em = 10pt, as KaTeX takes it): 1in = 72.27pt,
        // 1bp = 1/72in, 1dd = 1238/1157pt, 1cc = 12dd, 1sp = 1/65536pt; nd and nc are the new Didot units.
        let units: [(String, Double)] = [
            ("em", 1), ("ex", 0.431), ("mu", 1.0 / 18), ("pt", 0.1), ("px", 1.0 / 16), ("mm", 0.1 * 7227 / 2540),
            ("cm", 0.1 * 7227 / 254), ("in", 7.227), ("bp", 0.1 * 803 / 800), ("pc", 1.2), ("dd", 0.1 * 1238 / 1157),
            ("cc", 0.1 * 14856 / 1157), ("nd", 0.1 * 685 / 642), ("nc", 0.1 * 1370 / 107), ("sp", 0.1 / 65536),
        ]
        for (unit, factor) in units where text.hasSuffix(unit) {
            let number = String(text.dropLast(unit.count))
            // Plain decimal numbers only (no "nan", "inf" or exponents), within ±1000em.
            let allowed = number.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "+" }
            guard allowed, let value = Double(number.isEmpty ? "1" : number == "-" ? "-1" : number) else { return nil }
            let em = value * factor
            guard em.isFinite, abs(em) <= 1000 else { return nil }
            return em
        }
        return nil
    }
}
