/// Path data for marker shapes centred on a point.
enum MarkerShape {
    static func n(_ v: Double) -> String { NumberFormat.fixed(v, decimals: 1, leadingZero: false) }

    /// Appends one marker of `size` px centred at `(x, y)` as a closed subpath.
    static func append(_ marker: Marker, x: Double, y: Double, size: Double, to d: inout String) {
        let r = size / 2
        switch marker {
        case .circle:
            d += "M\(n(x - r)) \(n(y))a\(n(r)) \(n(r)) 0 1 0 \(n(2 * r)) 0a\(n(r)) \(n(r)) 0 1 0 \(n(-2 * r)) 0z"
        case .square:
            let s = r * 0.9
            d += "M\(n(x - s)) \(n(y - s))h\(n(2 * s))v\(n(2 * s))h\(n(-2 * s))z"
        case .triangle:
            let s = r * 1.2
            d += "M\(n(x)) \(n(y - s))l\(n(s * 0.866)) \(n(s * 1.5))h\(n(-s * 1.732))z"
        case .cross:
            let s = r * 0.8
            d += "M\(n(x - s)) \(n(y - s))l\(n(2 * s)) \(n(2 * s))m0 \(n(-2 * s))l\(n(-2 * s)) \(n(2 * s))"
        case .star:
            let outer = r * 1.3
            let inner = outer * 0.45
            var pts: [(Double, Double)] = []
            for k in 0..<10 {
                let a = Double.pi / 2 + Double(k) * Double.pi / 5
                let rr = k % 2 == 0 ? outer : inner
                pts.append((x + rr * _cos(a), y - rr * _sin(a)))
            }
            d += PathData.polyline(pts, closed: true).text
        }
    }
}
