import BookFigures
import Foundation
import Testing

@Suite struct ContourTests {
    static func paraboloid(n: Int) throws -> ScalarGrid {
        try ScalarGrid(x: -2...2, y: -2...2, nx: n, ny: n) { x, y in x * x + y * y }
    }

    @Test(arguments: [0.3, 0.75, 1.0, 1.5, 1.9])
    func circleContoursLieOnTheCircle(radius: Double) throws {
        let grid = try Self.paraboloid(n: 41)
        let lines = Contouring.lines(grid, level: radius * radius)
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        #expect(line.count > 8)
        #expect(line.first == line.last, "a circle inside the grid is a closed loop")
        for p in line {
            let r = (p.x * p.x + p.y * p.y).squareRoot()
            #expect(abs(r - radius) <= 0.01 * radius, "point (\(p.x), \(p.y)) at radius \(r)")
        }
    }

    @Test func contourLeavingTheGridIsOpen() throws {
        let grid = try Self.paraboloid(n: 41)
        let lines = Contouring.lines(grid, level: 5)  // r ≈ 2.236 cuts the four corners
        #expect(lines.count == 4)
        for line in lines { #expect(line.first != line.last) }
    }

    @Test func saddleIsResolvedByTheCentre() throws {
        let grid = try ScalarGrid(xs: [0, 1], ys: [0, 1], values: [1, 0, 0, 1])
        // Centre 0.5 ≥ 0.4: the two high corners connect, so the lines cut off the low corners.
        let lines = Contouring.lines(grid, level: 0.4)
        #expect(lines.count == 2)
        for line in lines {
            let mid = Point((line[0].x + line[1].x) / 2, (line[0].y + line[1].y) / 2)
            let nearLowCorner = (mid.x > 0.5 && mid.y < 0.5) || (mid.x < 0.5 && mid.y > 0.5)
            #expect(nearLowCorner)
        }
    }

    /// Even–odd point-in-polygon over a set of rings.
    static func inside(_ p: Point, _ rings: [[Point]]) -> Bool {
        var odd = false
        for ring in rings {
            var j = ring.count - 1
            for i in ring.indices {
                let a = ring[i]
                let b = ring[j]
                if (a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x { odd.toggle() }
                j = i
            }
        }
        return odd
    }

    /// The field the bands are built from: linear on the four triangles of each cell.
    static func triangleInterpolant(_ g: ScalarGrid, _ p: Point) -> Double {
        var i = 0
        while i < g.xs.count - 2 && g.xs[i + 1] < p.x { i += 1 }
        var j = 0
        while j < g.ys.count - 2 && g.ys[j + 1] < p.y { j += 1 }
        let x0 = g.xs[i]
        let x1 = g.xs[i + 1]
        let y0 = g.ys[j]
        let y1 = g.ys[j + 1]
        let c = [Point(x0, y0), Point(x1, y0), Point(x1, y1), Point(x0, y1)]
        let v = [g.value(i, j), g.value(i + 1, j), g.value(i + 1, j + 1), g.value(i, j + 1)]
        let centre = Point((x0 + x1) / 2, (y0 + y1) / 2)
        let vc = v.reduce(0, +) / 4
        for k in 0..<4 {
            let a = c[k]
            let b = c[(k + 1) % 4]
            // Barycentric coordinates of p in (a, b, centre).
            let det = (b.y - centre.y) * (a.x - centre.x) + (centre.x - b.x) * (a.y - centre.y)
            let l1 = ((b.y - centre.y) * (p.x - centre.x) + (centre.x - b.x) * (p.y - centre.y)) / det
            let l2 = ((centre.y - a.y) * (p.x - centre.x) + (a.x - centre.x) * (p.y - centre.y)) / det
            let l3 = 1 - l1 - l2
            if l1 >= -1e-12 && l2 >= -1e-12 && l3 >= -1e-12 { return l1 * v[k] + l2 * v[(k + 1) % 4] + l3 * vc }
        }
        return .nan
    }

    static let fields: [(String, @Sendable (Double, Double) -> Double)] = [
        ("paraboloid", { x, y in x * x + y * y }),
        ("waves", { x, y in Foundation.sin(3 * x) * Foundation.cos(2 * y) + 0.3 * x }),
        ("saddles", { x, y in x * y * (x - 0.5) }),
    ]

    @Test(arguments: fields.map(\.0))
    func bandsTileTheGridExactlyOnce(name: String) throws {
        let f = try #require(Self.fields.first { $0.0 == name }?.1)
        let grid = try ScalarGrid(x: -2...2, y: -1.5...1.5, nx: 23, ny: 17, f)
        let levels = ContourLevels.automatic(8).resolve(for: grid.finiteRange)
        let bands = Contouring.bands(grid, levels: levels)
        #expect(bands.count == levels.count + 1)
        // Probe a fine lattice offset from every grid line and vertex.
        var probes = 0
        for a in 0..<157 {
            for b in 0..<113 {
                let p = Point(-2 + 4 * (Double(a) + 0.37) / 157, -1.5 + 3 * (Double(b) + 0.61) / 113)
                let covering = bands.indices.filter { Self.inside(p, bands[$0]) }
                #expect(covering.count == 1, "\(name): point (\(p.x), \(p.y)) is covered by bands \(covering)")
                let value = Self.triangleInterpolant(grid, p)
                let nearLevel = levels.contains { abs($0 - value) < 1e-9 }
                if let band = covering.first, !nearLevel {
                    #expect(
                        band == levels.filter { $0 <= value }.count, "\(name): value \(value) drawn in band \(band)")
                }
                probes += 1
            }
        }
        #expect(probes == 157 * 113)
        // Total area equals the grid rectangle (shoelace, holes are clockwise and subtract).
        var area = 0.0
        for rings in bands {
            for ring in rings {
                for k in ring.indices {
                    let a = ring[k]
                    let b = ring[(k + 1) % ring.count]
                    area += (a.x * b.y - b.x * a.y) / 2
                }
            }
        }
        #expect(abs(area - 12) < 1e-9)
    }

    @Test func bandEdgesFollowTheBandBoundaries() throws {
        let grid = try ScalarGrid(x: -2...2, y: -1.5...1.5, nx: 15, ny: 11) { x, y in
            Foundation.sin(3 * x) * Foundation.cos(2 * y) + 0.3 * x
        }
        let levels = ContourLevels.automatic(8).resolve(for: grid.finiteRange)
        let bands = Contouring.bands(grid, levels: levels)
        let edges = Contouring.bandEdges(grid, levels: levels)
        #expect(edges.count == levels.count)
        for (l, polylines) in edges.enumerated() {
            #expect(!polylines.isEmpty)
            // Every vertex of the level-l line is a vertex of the rings on both sides of it.
            let below = Set(bands[l].flatMap { $0 })
            let above = Set(bands[l + 1].flatMap { $0 })
            let onLine = Set(polylines.flatMap { $0 })
            for p in onLine {
                #expect(below.contains(p) && above.contains(p), "level \(levels[l]): (\(p.x), \(p.y))")
            }
            // And every vertex the two bands share is on the line (including the points where the
            // line bends on a cell diagonal, which a marching-squares chord would skip).
            for p in below.intersection(above) {
                #expect(onLine.contains(p), "level \(levels[l]): shared vertex (\(p.x), \(p.y)) not on the line")
            }
        }
    }

    @Test func bandsSkipCellsWithNonFiniteCorners() throws {
        var values = [Double](repeating: 0, count: 25)
        for j in 0..<5 { for i in 0..<5 { values[j * 5 + i] = Double(i + j) } }
        values[12] = .nan  // centre sample: its four cells drop out
        let grid = try ScalarGrid(xs: [0, 1, 2, 3, 4], ys: [0, 1, 2, 3, 4], values: values)
        let bands = Contouring.bands(grid, levels: [2.5, 5.5])
        var area = 0.0
        for rings in bands {
            for ring in rings {
                for k in ring.indices {
                    let a = ring[k]
                    let b = ring[(k + 1) % ring.count]
                    area += (a.x * b.y - b.x * a.y) / 2
                }
            }
        }
        #expect(abs(area - 12) < 1e-9)
        #expect(
            Contouring.lines(grid, level: 4).allSatisfy { line in line.allSatisfy { $0.x.isFinite && $0.y.isFinite } })
    }
}
