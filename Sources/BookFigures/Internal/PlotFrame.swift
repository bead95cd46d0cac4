/// The plot area of a panel in pixels and the data ranges it shows.
struct PlotFrame {
    var left: Double
    var top: Double
    var width: Double
    var height: Double
    var xRange: ClosedRange<Double>
    var yRange: ClosedRange<Double>
    var xLog: Bool
    var yLog: Bool

    var right: Double { left + width }
    var bottom: Double { top + height }

    @inline(__always) func tx(_ v: Double) -> Double { xLog ? (v > 0 ? _log10(v) : -.infinity) : v }
    @inline(__always) func ty(_ v: Double) -> Double { yLog ? (v > 0 ? _log10(v) : -.infinity) : v }

    /// Pixel x of data x (may be far outside the frame, or non-finite for log of v ≤ 0).
    @inline(__always) func px(_ x: Double) -> Double {
        let a = tx(xRange.lowerBound)
        let b = tx(xRange.upperBound)
        return left + Self.clamp((tx(x) - a) / (b - a)) * width
    }

    /// Pixel y of data y (up is smaller).
    @inline(__always) func py(_ y: Double) -> Double {
        let a = ty(yRange.lowerBound)
        let b = ty(yRange.upperBound)
        return bottom - Self.clamp((ty(y) - a) / (b - a)) * height
    }

    /// Keeps far-away points (a diverging run at 1e308) at a finite distance so clipping
    /// arithmetic cannot overflow; NaN stays NaN.
    @inline(__always) static func clamp(_ u: Double) -> Double {
        u.isNaN ? u : max(-1e5, min(1e5, u))
    }

    func contains(_ x: Double, _ y: Double, slack: Double = 0.5) -> Bool {
        x >= left - slack && x <= right + slack && y >= top - slack && y <= bottom + slack
    }

    /// Liang–Barsky: the part of segment p→q inside the frame (grown by `slack`), as parameters
    /// t0 ≤ t1 in 0…1, or `nil` when the segment misses the frame.
    func clip(_ p: (Double, Double), _ q: (Double, Double), slack: Double = 0.5) -> (Double, Double)? {
        let dx = q.0 - p.0
        let dy = q.1 - p.1
        var t0 = 0.0
        var t1 = 1.0
        let checks: [(Double, Double)] = [
            (-dx, p.0 - (left - slack)), (dx, (right + slack) - p.0),
            (-dy, p.1 - (top - slack)), (dy, (bottom + slack) - p.1),
        ]
        for (pp, qq) in checks {
            if pp == 0 {
                if qq < 0 { return nil }
            } else {
                let r = qq / pp
                if pp < 0 {
                    if r > t1 { return nil }
                    if r > t0 { t0 = r }
                } else {
                    if r < t0 { return nil }
                    if r < t1 { t1 = r }
                }
            }
        }
        return (t0, t1)
    }
}
