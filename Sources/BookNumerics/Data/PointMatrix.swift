/// A validated, row-major copy of a point list: the storage every clustering routine loops over.
///
/// Internal: the public API takes and returns `[[Double]]`.
struct PointMatrix: Sendable {
    /// Number of points (rows).
    let count: Int
    /// Coordinates per point (columns).
    let dimension: Int
    /// `count × dimension` values, row after row.
    var values: [Double]

    /// Validates `points` (non-empty, equal row lengths ≥ 1, finite) and flattens them.
    ///
    /// - Parameters:
    ///   - points: The rows.
    ///   - parameter: The spec key named in errors.
    /// - Throws: ``DataError/empty(parameter:)``, ``DataError/noCoordinates(parameter:)``,
    ///   ``DataError/raggedRow(parameter:row:expected:found:)`` or
    ///   ``DataError/nonFinite(parameter:row:column:)``.
    init(_ points: [[Double]], parameter: String) throws(DataError) {
        guard let first = points.first else { throw .empty(parameter: parameter) }
        guard !first.isEmpty else { throw .noCoordinates(parameter: parameter) }
        let dimension = first.count
        var values: [Double] = []
        values.reserveCapacity(points.count * dimension)
        for (row, point) in points.enumerated() {
            guard point.count == dimension else {
                throw .raggedRow(parameter: parameter, row: row, expected: dimension, found: point.count)
            }
            for (column, value) in point.enumerated() {
                guard value.isFinite else { throw .nonFinite(parameter: parameter, row: row, column: column) }
                values.append(value)
            }
        }
        self.count = points.count
        self.dimension = dimension
        self.values = values
    }

    /// The rows as nested arrays.
    func rows() -> [[Double]] {
        (0..<count).map { Array(values[($0 * dimension)..<(($0 + 1) * dimension)]) }
    }

    /// Euclidean distance between rows `i` and `j`: √Σ(xᵢ−xⱼ)², summed in coordinate order.
    @inline(__always)
    func distance(_ i: Int, _ j: Int) -> Double {
        squaredDistance(i, j).squareRoot()
    }

    /// Squared Euclidean distance between rows `i` and `j`.
    @inline(__always)
    func squaredDistance(_ i: Int, _ j: Int) -> Double {
        values.withUnsafeBufferPointer { buffer in
            var sum = 0.0
            let a = i * dimension
            let b = j * dimension
            for k in 0..<dimension {
                let difference = buffer[a + k] - buffer[b + k]
                sum += difference * difference
            }
            return sum
        }
    }
}
