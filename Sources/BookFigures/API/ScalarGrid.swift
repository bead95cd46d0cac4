/// A scalar field sampled on a rectilinear grid: `value(i, j) = f(xs[i], ys[j])`.
///
/// Values are stored row by row (`values[j * xs.count + i]`). Non-finite samples are allowed:
/// contouring treats a cell touching one as empty, heat maps leave it blank.
public struct ScalarGrid: Sendable, Equatable {
    /// Sample positions along x, strictly increasing.
    public let xs: [Double]
    /// Sample positions along y, strictly increasing.
    public let ys: [Double]
    /// Samples, `ys.count` rows of `xs.count` values.
    public let values: [Double]

    /// Creates a grid from precomputed samples.
    ///
    /// - Parameters:
    ///   - xs: At least two strictly increasing finite x positions.
    ///   - ys: At least two strictly increasing finite y positions.
    ///   - values: `xs.count * ys.count` samples, row by row (row `j` holds `y = ys[j]`).
    /// - Throws: ``FigureError`` with kind `.gridShape` when the counts disagree, or
    ///   `.gridAxis` when an axis has fewer than two points or is not increasing (the error's
    ///   `index` is the offending position).
    public init(xs: [Double], ys: [Double], values: [Double]) throws(FigureError) {
        for (name, axis) in [("x", xs), ("y", ys)] {
            guard axis.count >= 2 else {
                throw FigureError(.gridAxis(axis: name, reason: "needs at least 2 sample positions, got \(axis.count)"))
            }
            for k in axis.indices {
                guard axis[k].isFinite else {
                    throw FigureError(.gridAxis(axis: name, reason: "position is not finite"), index: k)
                }
                if k > 0 && !(axis[k] > axis[k - 1]) {
                    throw FigureError(.gridAxis(axis: name, reason: "positions must increase strictly"), index: k)
                }
            }
        }
        guard values.count == xs.count * ys.count else {
            throw FigureError(.gridShape(expected: xs.count * ys.count, got: values.count))
        }
        self.xs = xs
        self.ys = ys
        self.values = values
    }

    /// Samples `f` on an evenly spaced `nx × ny` grid covering the two ranges (ends included).
    ///
    /// - Parameters:
    ///   - x: The x range; its bounds must differ.
    ///   - y: The y range; its bounds must differ.
    ///   - nx: Samples along x, at least 2.
    ///   - ny: Samples along y, at least 2.
    ///   - f: The function to sample.
    /// - Throws: ``FigureError`` when a count is below 2 or a range is empty.
    public init(
        x: ClosedRange<Double>, y: ClosedRange<Double>, nx: Int, ny: Int,
        _ f: (Double, Double) -> Double
    ) throws(FigureError) {
        guard nx >= 2, ny >= 2 else {
            throw FigureError(
                .gridAxis(axis: nx < 2 ? "x" : "y", reason: "needs at least 2 samples, got \(min(nx, ny))"))
        }
        let xs = (0..<nx).map { x.lowerBound + (x.upperBound - x.lowerBound) * Double($0) / Double(nx - 1) }
        let ys = (0..<ny).map { y.lowerBound + (y.upperBound - y.lowerBound) * Double($0) / Double(ny - 1) }
        var values: [Double] = []
        values.reserveCapacity(nx * ny)
        for yv in ys {
            for xv in xs { values.append(f(xv, yv)) }
        }
        try self.init(xs: xs, ys: ys, values: values)
    }

    /// The sample at column `i`, row `j`.
    ///
    /// - Parameters:
    ///   - i: Column index, `0..<xs.count`.
    ///   - j: Row index, `0..<ys.count`.
    /// - Returns: `f(xs[i], ys[j])`.
    @inlinable
    public func value(_ i: Int, _ j: Int) -> Double { values[j * xs.count + i] }

    /// The samples at the corners of the cell whose lower-left corner is (`i`, `j`), or `nil`
    /// when any of them is not finite (such a cell is left out of contours, bands and surfaces).
    ///
    /// - Parameters:
    ///   - i: Column index, `0..<xs.count - 1`.
    ///   - j: Row index, `0..<ys.count - 1`.
    /// - Returns: The values at (i, j), (i+1, j), (i+1, j+1) and (i, j+1).
    @inlinable
    public func finiteCorners(_ i: Int, _ j: Int) -> (v00: Double, v10: Double, v11: Double, v01: Double)? {
        let corners = (v00: value(i, j), v10: value(i + 1, j), v11: value(i + 1, j + 1), v01: value(i, j + 1))
        guard corners.v00.isFinite, corners.v10.isFinite, corners.v11.isFinite, corners.v01.isFinite else { return nil }
        return corners
    }

    /// The smallest and largest finite sample, or `nil` when there is none.
    public var finiteRange: ClosedRange<Double>? {
        var lo = Double.infinity
        var hi = -Double.infinity
        for v in values where v.isFinite {
            if v < lo { lo = v }
            if v > hi { hi = v }
        }
        return lo <= hi ? lo...hi : nil
    }
}
