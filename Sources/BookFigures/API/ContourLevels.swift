/// How contour levels are chosen.
public enum ContourLevels: Sendable, Equatable {
    /// About `n` levels at nice 1-2-5 values spanning the grid's finite range.
    case automatic(Int)
    /// About `n` levels spaced geometrically above the grid minimum (`min + d` for nice `d`
    /// from range·10⁻³ to the range): dense near a minimum, sparse up the walls — suited to
    /// loss landscapes.
    case geometric(Int)
    /// Exactly these levels (sorted, de-duplicated, non-finite dropped).
    case values([Double])

    /// The levels for a field whose finite values span `range`.
    ///
    /// - Parameter range: The grid's finite range, or `nil` when it has no finite value.
    /// - Returns: Increasing levels strictly inside the range for automatic kinds (a level at
    ///   the exact minimum would draw a degenerate point), the given ones for `.values`.
    public func resolve(for range: ClosedRange<Double>?) -> [Double] {
        switch self {
        case .values(let v):
            var out: [Double] = []
            for x in v.filter({ $0.isFinite }).sorted() where out.last != x { out.append(x) }
            return out
        case .automatic(let n):
            guard let range, range.upperBound > range.lowerBound else { return [] }
            let ticks = Ticks.linear(range, maxCount: max(2, n + 2)).values
            return ticks.filter { $0 > range.lowerBound && $0 < range.upperBound }
        case .geometric(let n):
            guard let range, range.upperBound > range.lowerBound else { return [] }
            let span = range.upperBound - range.lowerBound
            // 1-2-5 offsets per decade from span·10⁻³ up to the span, thinned to about n.
            var offsets: [Double] = []
            var e = Int(_log10(span * 1e-3).rounded(.down))
            while _pow(10, Double(e)) < span {
                for m in [1.0, 2, 5] {
                    let d = m * _pow(10, Double(e))
                    if d >= span * 1e-3 * (1 - 1e-12) && d < span { offsets.append(d) }
                }
                e += 1
            }
            let every = max(1, (offsets.count + max(1, n) - 1) / max(1, n))
            var out: [Double] = []
            for (k, d) in offsets.enumerated().reversed() where (offsets.count - 1 - k) % every == 0 {
                out.append(range.lowerBound + d)
            }
            return out.reversed()
        }
    }
}
