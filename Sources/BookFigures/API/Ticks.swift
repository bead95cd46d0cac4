/// "Nice" tick positions for axes and colour bars.
public enum Ticks {
    /// The nice step sizes: 1, 2 or 5 times a power of ten.
    static let mantissas: [Double] = [1, 2, 5, 10]

    /// Tick positions at multiples of a 1-2-5 step covering `range`.
    ///
    /// The step is the smallest `m × 10^k` (m ∈ {1, 2, 5}) that puts at most `maxCount` ticks
    /// inside the range. Ticks are computed as `i × step` from integers `i`, so they carry no
    /// accumulated rounding (0.1 + 0.2 never shows up as 0.30000000000000004 beyond what the
    /// product itself gives). Properties:
    /// - every tick lies in `range` (within 1e-9 of a step at the ends);
    /// - at least 2 ticks are returned for any non-degenerate finite range when `maxCount ≥ 2`;
    /// - a degenerate range `v...v` returns `[v]`; a non-finite bound returns `[]`.
    /// - Parameters:
    ///   - range: The visible interval.
    ///   - maxCount: The most ticks wanted, at least 2 (default 7, like matplotlib's ~5–9).
    /// - Returns: The tick values, increasing, and the step used (0 for a single tick).
    public static func linear(_ range: ClosedRange<Double>, maxCount: Int = 7) -> (values: [Double], step: Double) {
        let lo = range.lowerBound
        let hi = range.upperBound
        guard lo.isFinite, hi.isFinite else { return ([], 0) }
        guard hi > lo else { return ([lo], 0) }
        let want = max(2, maxCount)
        let raw = (hi - lo) / Double(want - 1)
        var exponent = _log10(raw).rounded(.down)
        var base = _pow(10, exponent)
        // Guard against log10 rounding at exact powers of ten.
        if base > raw {
            exponent -= 1
            base = _pow(10, exponent)
        }
        for _ in 0..<3 {
            for m in mantissas {
                let step = m * base
                let first = (lo / step - 1e-9).rounded(.up)
                let last = (hi / step + 1e-9).rounded(.down)
                let count = Int(last - first) + 1
                if count <= want && count >= 2 {
                    let values = (0..<count).map { (first + Double($0)) * step }
                    return (values, step)
                }
                if count < 2 { break }
            }
            base *= 10
        }
        return ([lo, hi], hi - lo)
    }

    /// Tick positions for a logarithmic axis: powers of ten, thinned to every k-th decade when
    /// the range spans many, or 1-2-5 multiples when it spans less than about two decades.
    ///
    /// - Parameters:
    ///   - range: The visible interval; both bounds must be positive.
    ///   - maxCount: The most ticks wanted.
    /// - Returns: The tick values, increasing; empty when a bound is not positive and finite.
    public static func logarithmic(_ range: ClosedRange<Double>, maxCount: Int = 7) -> [Double] {
        let lo = range.lowerBound
        let hi = range.upperBound
        guard lo > 0, hi.isFinite, lo.isFinite else { return [] }
        guard hi > lo else { return [lo] }
        let e0 = Int((_log10(lo) - 1e-9).rounded(.up))
        let e1 = Int((_log10(hi) + 1e-9).rounded(.down))
        let decades = e1 - e0 + 1
        if decades >= 2 {
            let every = max(1, (decades + maxCount - 1) / maxCount)
            var values: [Double] = []
            var e = e0
            // Align to multiples of `every` so labels stay regular (10⁰, 10³, 10⁶ …).
            while e % every != 0 { e += 1 }
            while e <= e1 {
                values.append(_pow(10, Double(e)))
                e += every
            }
            if values.count >= 2 { return values }
        }
        var values: [Double] = []
        for e in (e0 - 1)...(e1 + 1) {
            for m in [1.0, 2, 5] {
                let v = m * _pow(10, Double(e))
                if v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9) { values.append(v) }
            }
        }
        if values.count >= 2 && values.count <= maxCount { return values }
        return linear(range, maxCount: maxCount).values.filter { $0 > 0 }
    }

    /// Labels for linear ticks with a common number of decimals, switching to `m×10ⁿ` for
    /// very large or very small magnitudes.
    ///
    /// - Parameters:
    ///   - values: Tick values from ``linear(_:maxCount:)``.
    ///   - step: The step from the same call.
    /// - Returns: One label per value; `-0` prints as `0`, and labels are distinct whenever the
    ///   values are.
    public static func labels(_ values: [Double], step: Double) -> [String] {
        let largest = values.map { abs($0) }.max() ?? 0
        if step > 0 && (largest >= 1e6 || largest < 1e-4 && largest > 0 || step < 1e-5) {
            // Significant digits needed to separate neighbours.
            let digits = max(1, Int((_log10(max(largest, step) / step)).rounded(.up)) + 1)
            return values.map {
                abs($0) < step * 1e-6 ? "0" : NumberFormat.scientific($0, significant: min(digits, 15))
            }
        }
        let decimals = step > 0 ? max(0, Int((-_log10(step) + 1e-9).rounded(.up))) : 3
        // A step of 0.25-type never occurs (1-2-5), so `decimals` digits show every tick exactly.
        return values.map { v in
            let text = NumberFormat.fixed(v, decimals: min(decimals, 15))
            return text.hasPrefix("-") ? "−" + text.dropFirst() : text
        }
    }

    /// Labels for logarithmic ticks: `10ⁿ` for powers of ten, plain decimals otherwise.
    ///
    /// - Parameter values: Tick values from ``logarithmic(_:maxCount:)``.
    /// - Returns: One label per value.
    public static func logLabels(_ values: [Double]) -> [String] {
        // Powers of ten read as decimals only when every tick is between 0.01 and 1000;
        // otherwise all of them use 10ⁿ, so one axis never mixes the two styles.
        let plain = values.allSatisfy { $0 >= 0.01 * (1 - 1e-9) && $0 <= 1000 * (1 + 1e-9) }
        return values.map { v in
            let e = _log10(v)
            if abs(e - e.rounded()) < 1e-9 {
                let n = Int(e.rounded())
                if plain { return NumberFormat.fixed(v, decimals: 2) }
                return "10" + NumberFormat.superscript(n)
            }
            if v >= 1e-3 && v < 1e5 { return NumberFormat.fixed(v, decimals: 4) }
            return NumberFormat.scientific(v, significant: 2)
        }
    }
}
