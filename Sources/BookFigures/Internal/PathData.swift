/// Compact SVG path data in tenths of a pixel: absolute `M` then relative `l`, no redundant
/// separators, leading zeros dropped, repeated points removed.
struct PathData {
    /// Units per pixel: 10 writes tenths (default), 1 writes whole pixels (dense meshes).
    var unitsPerPixel = 10
    private(set) var text = ""
    private var lastX = 0
    private var lastY = 0
    private var hasCurrent = false
    private(set) var pointCount = 0

    /// Rounds a pixel coordinate to tenths.
    @inline(__always) static func tenths(_ v: Double) -> Int { units(v, 10) }

    @inline(__always) static func units(_ v: Double, _ perPixel: Int) -> Int {
        let s = (v * Double(perPixel)).rounded(.toNearestOrAwayFromZero)
        return Int(max(-1e8, min(1e8, s.isFinite ? s : 0)))
    }

    @inline(__always) private mutating func number(_ n: Int, first: Bool) {
        let s = NumberFormat.fromScaled(Int64(n), decimals: unitsPerPixel == 10 ? 1 : 0, leadingZero: false)
        if !first, let c = s.utf8.first, c != UInt8(ascii: "-") { text += " " }
        text += s
    }

    /// Starts a new subpath at `(x, y)`.
    mutating func move(_ x: Double, _ y: Double) {
        let ix = Self.units(x, unitsPerPixel)
        let iy = Self.units(y, unitsPerPixel)
        text += "M"
        number(ix, first: true)
        number(iy, first: false)
        lastX = ix
        lastY = iy
        hasCurrent = true
        pointCount += 1
    }

    /// Draws a line to `(x, y)`; a point equal to the current one after rounding is skipped.
    mutating func line(_ x: Double, _ y: Double) {
        guard hasCurrent else { return move(x, y) }
        let ix = Self.units(x, unitsPerPixel)
        let iy = Self.units(y, unitsPerPixel)
        if ix == lastX && iy == lastY { return }
        text += "l"
        number(ix - lastX, first: true)
        number(iy - lastY, first: false)
        lastX = ix
        lastY = iy
        pointCount += 1
    }

    /// Appends raw relative drawing commands at the current point (for marker shapes).
    mutating func append(relative commands: String) {
        text += commands
    }

    /// Closes the current subpath.
    mutating func close() {
        text += "z"
    }

    /// Whether anything was drawn.
    var isEmpty: Bool { text.isEmpty }

    /// A polyline as path data, starting with a move.
    static func polyline(_ points: [(Double, Double)], closed: Bool = false) -> PathData {
        var p = PathData()
        for (k, pt) in points.enumerated() {
            if k == 0 { p.move(pt.0, pt.1) } else { p.line(pt.0, pt.1) }
        }
        if closed && !points.isEmpty { p.close() }
        return p
    }
}
