/// Builds filled contour bands by marching triangles with exact edge cancellation.
/// See ``Contouring/bands(_:levels:)`` for the method and its guarantees.
struct BandBuilder {
    let grid: ScalarGrid
    let levels: [Double]
    let nx: Int
    let ny: Int
    /// Number of levels (nL); bands are 0...nL.
    let nl: Int
    let cornerCount: Int
    let cellCount: Int
    /// Id ranges: corners [0, N); border crossings [N, N + 2N·nL); centres; diagonal crossings.
    let crossingBase: Int
    let centreBase: Int
    let diagonalBase: Int
    /// Directed boundary edges per band, keyed `from << 32 | to`.
    var edges: [Set<Int>]
    /// Edges of the current mixed cell, cancelled locally (diagonals shared by two triangles of
    /// one band) before the survivors go to `edges`: fewer hash-set operations.
    var local: [(band: Int, from: Int, to: Int)] = []
    /// Per cell: its band when all four corners share one, -1 when mixed, -2 when a corner is
    /// not finite. Two neighbouring uniform cells of the same band skip their shared edge (it
    /// would only be added and cancelled again), which keeps flat regions cheap.
    var cellBand: [Int]

    init(grid: ScalarGrid, levels: [Double]) {
        self.grid = grid
        var sorted = levels.filter { $0.isFinite }.sorted()
        var unique: [Double] = []
        for v in sorted where unique.last != v { unique.append(v) }
        sorted = unique
        self.levels = sorted
        nx = grid.xs.count
        ny = grid.ys.count
        nl = sorted.count
        cornerCount = nx * ny
        cellCount = (nx - 1) * (ny - 1)
        crossingBase = cornerCount
        centreBase = crossingBase + 2 * cornerCount * max(nl, 1)
        diagonalBase = centreBase + cellCount
        edges = Array(repeating: Set<Int>(), count: nl + 1)
        cellBand = []
    }

    /// The band index of value `v`: the number of levels ≤ v.
    @inline(__always) func band(_ v: Double) -> Int {
        var lo = 0
        var hi = nl
        while lo < hi {
            let mid = (lo + hi) / 2
            if levels[mid] <= v { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// A vertex of a clipped polygon: its id, value and where it lies: `edge` 0, 1, 2 for a
    /// crossing on triangle edge k (vertex k to vertex k+1), or -1 - k for original vertex k.
    struct Vertex {
        var id: Int
        var value: Double
        var edge: Int
    }

    mutating func build() -> [[[Point]]] {
        guard nx >= 2, ny >= 2 else { return Array(repeating: [], count: nl + 1) }
        cellBand = [Int](repeating: -2, count: cellCount)
        for j in 0..<(ny - 1) {
            for i in 0..<(nx - 1) {
                guard let (v00, v10, v11, v01) = grid.finiteCorners(i, j) else { continue }
                let b = band(v00)
                cellBand[j * (nx - 1) + i] = b == band(v10) && b == band(v11) && b == band(v01) ? b : -1
            }
        }
        for j in 0..<(ny - 1) {
            for i in 0..<(nx - 1) {
                addCell(i, j)
            }
        }
        return (0...nl).map { rings(band: $0) }
    }

    @inline(__always) mutating func addEdge(_ band: Int, _ a: Int, _ b: Int) {
        guard a != b else { return }
        let reverse = b << 32 | a
        if edges[band].remove(reverse) == nil {
            edges[band].insert(a << 32 | b)
        }
    }

    mutating func addCell(_ i: Int, _ j: Int) {
        guard let (v00, v10, v11, v01) = grid.finiteCorners(i, j) else { return }
        let c00 = j * nx + i
        let c10 = c00 + 1
        let c01 = c00 + nx
        let c11 = c01 + 1
        let b00 = cellBand[j * (nx - 1) + i]
        if b00 >= 0 {
            // Counter-clockwise in data coordinates (x right, y up); an edge shared with a
            // uniform neighbour of the same band is interior and left out.
            let cells = nx - 1
            if j == 0 || cellBand[(j - 1) * cells + i] != b00 { addEdge(b00, c00, c10) }
            if i == nx - 2 || cellBand[j * cells + i + 1] != b00 { addEdge(b00, c10, c11) }
            if j == ny - 2 || cellBand[(j + 1) * cells + i] != b00 { addEdge(b00, c11, c01) }
            if i == 0 || cellBand[j * cells + i - 1] != b00 { addEdge(b00, c01, c00) }
            return
        }
        let cell = j * (nx - 1) + i
        let centre = centreBase + cell
        let vc = (v00 + v10 + v11 + v01) / 4
        // Four triangles, each (corner a, corner b, centre), counter-clockwise.
        let corners = [(c00, v00), (c10, v10), (c11, v11), (c01, v01)]
        local.removeAll(keepingCapacity: true)
        for k in 0..<4 {
            let (a, va) = corners[k]
            let (b, vb) = corners[(k + 1) % 4]
            addTriangle(cell: cell, side: k, a: a, va: va, b: b, vb: vb, centre: centre, vc: vc)
        }
        var alive = [Bool](repeating: true, count: local.count)
        for p in local.indices where alive[p] {
            for q in (p + 1)..<local.count
            where alive[q] && local[q].band == local[p].band && local[q].from == local[p].to
                && local[q].to == local[p].from
            {
                alive[p] = false
                alive[q] = false
                break
            }
        }
        for p in local.indices where alive[p] {
            addEdge(local[p].band, local[p].from, local[p].to)
        }
    }

    /// Id of the crossing at level index `l` on the cell border edge between corners `a` < `b`.
    @inline(__always) func borderCrossing(_ a: Int, _ b: Int, level l: Int) -> Int {
        let lo = min(a, b)
        let hi = max(a, b)
        let edge = hi - lo == 1 ? 2 * lo : 2 * lo + 1
        return crossingBase + edge * nl + l
    }

    /// Id of the crossing at level index `l` on the diagonal from corner number `k` of `cell` to its centre.
    @inline(__always) func diagonalCrossing(cell: Int, corner k: Int, level l: Int) -> Int {
        diagonalBase + (cell * 4 + k) * nl + l
    }

    mutating func addTriangle(cell: Int, side k: Int, a: Int, va: Double, b: Int, vb: Double, centre: Int, vc: Double) {
        let ba = band(va)
        let bb = band(vb)
        let bc = band(vc)
        let lowBand = min(ba, bb, bc)
        let highBand = max(ba, bb, bc)
        // Triangle edges: 0 = a→b (cell border), 1 = b→centre (diagonal of corner k+1), 2 = centre→a (diagonal of corner k).
        let triangle = [
            Vertex(id: a, value: va, edge: -1), Vertex(id: b, value: vb, edge: -2),
            Vertex(id: centre, value: vc, edge: -3),
        ]
        func crossingID(edge: Int, level l: Int) -> Int {
            switch edge {
            case 0: return borderCrossing(a, b, level: l)
            case 1: return diagonalCrossing(cell: cell, corner: (k + 1) % 4, level: l)
            default: return diagonalCrossing(cell: cell, corner: k, level: l)
            }
        }
        if lowBand == highBand {
            local.append((lowBand, a, b))
            local.append((lowBand, b, centre))
            local.append((lowBand, centre, a))
            return
        }
        for bandIndex in lowBand...highBand {
            var polygon = triangle
            if bandIndex > 0 {
                polygon = clip(polygon, level: bandIndex - 1, keepAbove: true, crossingID: crossingID)
            }
            if bandIndex < nl {
                polygon = clip(polygon, level: bandIndex, keepAbove: false, crossingID: crossingID)
            }
            guard polygon.count >= 3 else { continue }
            for m in polygon.indices {
                let from = polygon[m].id
                let to = polygon[(m + 1) % polygon.count].id
                if from != to { local.append((bandIndex, from, to)) }
            }
        }
    }

    /// Sutherland–Hodgman clip of a convex polygon against `value ≥ level` (keepAbove) or
    /// `value < level`. Points exactly on the level count as inside for ≥ and as the boundary
    /// for <, and no crossing is created at a vertex that already lies on the level.
    func clip(_ polygon: [Vertex], level l: Int, keepAbove: Bool, crossingID: (Int, Int) -> Int) -> [Vertex] {
        let level = levels[l]
        func d(_ v: Vertex) -> Double { keepAbove ? v.value - level : level - v.value }
        var out: [Vertex] = []
        out.reserveCapacity(polygon.count + 2)
        for m in polygon.indices {
            let p = polygon[m]
            let q = polygon[(m + 1) % polygon.count]
            let dp = d(p)
            let dq = d(q)
            if dp >= 0 { out.append(p) }
            if (dp > 0 && dq < 0) || (dp < 0 && dq > 0) {
                // The crossing lies on the original triangle edge that carries p→q.
                let edge: Int
                if p.edge >= 0 && q.edge >= 0 {
                    guard p.edge == q.edge else { continue }  // a contour chord: value constant, no crossing
                    edge = p.edge
                } else if p.edge >= 0 {
                    edge = p.edge
                } else if q.edge >= 0 {
                    edge = q.edge
                } else {
                    // Two original vertices u, w: the edge is the one opposite the third vertex.
                    let missing = 3 - (-1 - p.edge) - (-1 - q.edge)
                    edge = (missing + 1) % 3
                }
                out.append(Vertex(id: crossingID(edge, l), value: level, edge: edge))
            }
        }
        return out
    }

    /// Contour lines of the same piecewise-linear field the bands are cut from (four triangles
    /// per cell), so lines drawn over filled bands follow the band edges exactly.
    /// - Returns: Polylines per level; a closed loop repeats its first point.
    func triangleLines() -> [[[Point]]] {
        guard nx >= 2, ny >= 2 else { return Array(repeating: [], count: nl) }
        var segments = Array(repeating: [(Int, Int)](), count: nl)
        for j in 0..<(ny - 1) {
            for i in 0..<(nx - 1) {
                let c00 = j * nx + i
                let ids = [c00, c00 + 1, c00 + nx + 1, c00 + nx]
                let values = ids.map { grid.values[$0] }
                guard values.allSatisfy({ $0.isFinite }) else { continue }
                let lo = values.min() ?? 0
                let hi = values.max() ?? 0
                let vc = (values[0] + values[1] + values[2] + values[3]) / 4
                let cell = j * (nx - 1) + i
                for l in 0..<nl where levels[l] > lo && levels[l] <= hi {
                    let level = levels[l]
                    for k in 0..<4 {
                        let va = values[k]
                        let vb = values[(k + 1) % 4]
                        // Triangle edges: border a→b, diagonal b→centre, diagonal centre→a.
                        var ends: [Int] = []
                        if (va >= level) != (vb >= level) {
                            ends.append(borderCrossing(ids[k], ids[(k + 1) % 4], level: l))
                        }
                        if (vb >= level) != (vc >= level) {
                            ends.append(diagonalCrossing(cell: cell, corner: (k + 1) % 4, level: l))
                        }
                        if (vc >= level) != (va >= level) {
                            ends.append(diagonalCrossing(cell: cell, corner: k, level: l))
                        }
                        if ends.count == 2 { segments[l].append((ends[0], ends[1])) }
                    }
                }
            }
        }
        return segments.map { Contouring.chain($0).map { $0.map(position) } }
    }

    // MARK: - Geometry of ids

    func position(_ id: Int) -> Point {
        if id < crossingBase {
            return Point(grid.xs[id % nx], grid.ys[id / nx])
        }
        if id < centreBase {
            let rel = id - crossingBase
            let edge = rel / nl
            let l = rel % nl
            let lo = edge / 2
            let hi = edge % 2 == 0 ? lo + 1 : lo + nx
            return interpolate(position(lo), grid.values[lo], position(hi), grid.values[hi], levels[l])
        }
        if id < diagonalBase {
            let cell = id - centreBase
            let i = cell % (nx - 1)
            let j = cell / (nx - 1)
            return Point((grid.xs[i] + grid.xs[i + 1]) / 2, (grid.ys[j] + grid.ys[j + 1]) / 2)
        }
        let rel = id - diagonalBase
        let l = rel % nl
        let k = (rel / nl) % 4
        let cell = rel / nl / 4
        let i = cell % (nx - 1)
        let j = cell / (nx - 1)
        let c00 = j * nx + i
        let corner = [c00, c00 + 1, c00 + nx + 1, c00 + nx][k]
        let vc = (grid.values[c00] + grid.values[c00 + 1] + grid.values[c00 + nx + 1] + grid.values[c00 + nx]) / 4
        return interpolate(position(corner), grid.values[corner], position(centreBase + cell), vc, levels[l])
    }

    func interpolate(_ p: Point, _ vp: Double, _ q: Point, _ vq: Double, _ level: Double) -> Point {
        let t = (level - vp) / (vq - vp)
        return Point(p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t)
    }

    /// Chains the surviving directed edges of one band into rings, deterministically.
    func rings(band: Int) -> [[Point]] {
        let keys = edges[band].sorted()
        var next: [Int: [Int]] = [:]
        for key in keys {
            next[key >> 32, default: []].append(key & 0xFFFF_FFFF)
        }
        var rings: [[Point]] = []
        for key in keys {
            let start = key >> 32
            guard var outs = next[start], let firstIndex = outs.firstIndex(of: key & 0xFFFF_FFFF) else { continue }
            outs.remove(at: firstIndex)
            next[start] = outs
            var ring = [start]
            var current = key & 0xFFFF_FFFF
            while current != start {
                ring.append(current)
                guard var candidates = next[current], !candidates.isEmpty else { break }
                let following = candidates.removeFirst()
                next[current] = candidates
                current = following
            }
            rings.append(ring.map(position))
        }
        return rings
    }
}
