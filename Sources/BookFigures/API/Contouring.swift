/// Contour lines and filled contour bands of a ``ScalarGrid``.
///
/// - Lines use marching squares: on each cell edge whose end samples lie on opposite sides of
///   the level the crossing is placed by linear interpolation; a saddle cell (alternating
///   corners) is resolved by the mean of its four corners, as in matplotlib's and
///   scikit-image's implementations. Segments are joined into polylines through their shared
///   edge crossings, so each polyline is continuous and closed loops come back to their start.
/// - Bands use marching triangles: every cell is split into four triangles at its centre (the
///   centre takes the corner mean), the field is linear on each triangle, and each triangle is
///   clipped exactly into its band pieces. Pieces of one band are merged by cancelling the
///   edges they share, so the result is a set of rings per band. Because every vertex on a cell
///   border depends only on that border's two samples, neighbouring cells agree exactly and the
///   bands tile the grid's rectangle with no gaps and no overlaps (cells with a non-finite
///   corner are left out of every band).
public enum Contouring {
    /// The contour lines of `grid` at `level`.
    ///
    /// - Parameters:
    ///   - grid: The sampled field.
    ///   - level: The value to trace.
    /// - Returns: Polylines in data coordinates; a closed loop repeats its first point at the end.
    ///   Cells with a non-finite corner are skipped. Samples exactly equal to `level` count as
    ///   above it.
    public static func lines(_ grid: ScalarGrid, level: Double) -> [[Point]] {
        let nx = grid.xs.count
        let ny = grid.ys.count
        guard level.isFinite else { return [] }
        // Edge ids: horizontal edge from (i,j) to (i+1,j) = 2*(j*nx+i); vertical (i,j)-(i,j+1) = +1.
        var segments: [(Int, Int)] = []
        for j in 0..<(ny - 1) {
            for i in 0..<(nx - 1) {
                guard let (v00, v10, v11, v01) = grid.finiteCorners(i, j) else { continue }
                var code = 0
                if v00 >= level { code |= 1 }
                if v10 >= level { code |= 2 }
                if v11 >= level { code |= 4 }
                if v01 >= level { code |= 8 }
                if code == 0 || code == 15 { continue }
                let bottom = 2 * (j * nx + i)
                let top = 2 * ((j + 1) * nx + i)
                let left = 2 * (j * nx + i) + 1
                let right = 2 * (j * nx + i + 1) + 1
                switch code {
                case 1, 14: segments.append((left, bottom))
                case 2, 13: segments.append((bottom, right))
                case 3, 12: segments.append((left, right))
                case 4, 11: segments.append((right, top))
                case 6, 9: segments.append((bottom, top))
                case 7, 8: segments.append((left, top))
                case 5, 10:
                    let centreAbove = (v00 + v10 + v11 + v01) / 4 >= level
                    // code 5: (0,0) and (1,1) above. If the centre is above they connect, and the
                    // lines cut off the two below corners (1,0) and (0,1).
                    if (code == 5) == centreAbove {
                        segments.append((bottom, right))
                        segments.append((left, top))
                    } else {
                        segments.append((left, bottom))
                        segments.append((right, top))
                    }
                default: break
                }
            }
        }
        func point(_ edge: Int) -> Point {
            let node = edge / 2
            let i = node % nx
            let j = node / nx
            let (i2, j2) = edge % 2 == 0 ? (i + 1, j) : (i, j + 1)
            let a = grid.value(i, j)
            let b = grid.value(i2, j2)
            let t = (level - a) / (b - a)
            return Point(
                grid.xs[i] + (grid.xs[i2] - grid.xs[i]) * t,
                grid.ys[j] + (grid.ys[j2] - grid.ys[j]) * t)
        }
        return chain(segments).map { $0.map(point) }
    }

    /// Joins segments given as pairs of node ids into maximal chains, deterministically: open
    /// chains start from the lowest-indexed free end, loops from their lowest segment.
    static func chain(_ segments: [(Int, Int)]) -> [[Int]] {
        var byNode: [Int: [Int]] = [:]
        for (k, s) in segments.enumerated() {
            byNode[s.0, default: []].append(k)
            byNode[s.1, default: []].append(k)
        }
        var used = [Bool](repeating: false, count: segments.count)
        var chains: [[Int]] = []
        func walk(from start: Int, node: Int) -> [Int] {
            var nodes = [node]
            var current = node
            var segment = start
            while true {
                used[segment] = true
                let s = segments[segment]
                let next = s.0 == current ? s.1 : s.0
                nodes.append(next)
                current = next
                guard let candidates = byNode[current], let following = candidates.first(where: { !used[$0] }) else {
                    break
                }
                segment = following
            }
            return nodes
        }
        // Open chains: start at nodes used by exactly one segment.
        for k in segments.indices where !used[k] {
            for end in [segments[k].0, segments[k].1] where !used[k] && byNode[end]?.count == 1 {
                chains.append(walk(from: k, node: end))
            }
        }
        for k in segments.indices where !used[k] {
            chains.append(walk(from: k, node: segments[k].0))
        }
        return chains
    }

    /// The filled bands of `grid` between consecutive `levels`.
    ///
    /// Band 0 holds values below `levels[0]`, band `k` holds `levels[k-1] ≤ v < levels[k]`, and
    /// the last band (index `levels.count`) holds values at or above the last level, so the
    /// bands together cover every cell whose corners are finite, exactly once.
    /// - Parameters:
    ///   - grid: The sampled field.
    ///   - levels: Strictly increasing finite levels; anything else is sorted and de-duplicated.
    /// - Returns: `levels.count + 1` bands, each a list of closed rings (first point not repeated).
    ///   Outer rings run counter-clockwise and holes clockwise (in data coordinates), so either
    ///   SVG fill rule draws them correctly.
    public static func bands(_ grid: ScalarGrid, levels: [Double]) -> [[[Point]]] {
        var builder = BandBuilder(grid: grid, levels: levels)
        return builder.build()
    }

    /// Contour lines that follow the edges of ``bands(_:levels:)`` exactly (marching triangles
    /// on the same four-triangle split), for outlining filled bands.
    ///
    /// - Parameters:
    ///   - grid: The sampled field.
    ///   - levels: The levels; treated as in ``bands(_:levels:)``.
    /// - Returns: For each level (sorted, de-duplicated), its polylines in data coordinates.
    public static func bandEdges(_ grid: ScalarGrid, levels: [Double]) -> [[[Point]]] {
        BandBuilder(grid: grid, levels: levels).triangleLines()
    }
}
