/// A set of points with optional class labels (for clustering and classification) or real
/// targets (for regression).
///
/// Build one explicitly with ``init(points:labels:targets:)`` or generate one reproducibly with
/// ``linear(count:weights:bias:range:noise:seed:)``, ``blobs(count:centers:standardDeviation:shuffle:seed:)``,
/// ``moons(count:noise:shuffle:seed:)`` or ``circles(count:factor:noise:shuffle:seed:)``. The
/// generators draw from ``SeededGenerator`` only, in an order each documents, so the same
/// arguments give the same bytes on every machine.
public struct Dataset: Sendable, Equatable {
    /// The points, all with the same number of coordinates (≥ 1), all finite.
    public let points: [[Double]]
    /// One class label per point, or `nil`.
    public let labels: [Int]?
    /// One real target per point, or `nil`.
    public let targets: [Double]?

    /// Creates a dataset from explicit points, validating its shape.
    ///
    /// - Parameters:
    ///   - points: At least one point; every row has the same number (≥ 1) of finite coordinates.
    ///   - labels: Optional class labels, one per point.
    ///   - targets: Optional finite regression targets, one per point.
    /// - Throws: ``DataError`` naming `points`, `labels` or `targets` when a list is empty,
    ///   ragged, non-finite or of the wrong length.
    public init(points: [[Double]], labels: [Int]? = nil, targets: [Double]? = nil) throws(DataError) {
        let matrix = try PointMatrix(points, parameter: "points")
        if let labels, labels.count != matrix.count {
            throw .countMismatch(parameter: "labels", expected: matrix.count, found: labels.count)
        }
        if let targets {
            guard targets.count == matrix.count else {
                throw .countMismatch(parameter: "targets", expected: matrix.count, found: targets.count)
            }
            if let bad = targets.firstIndex(where: { !$0.isFinite }) {
                throw .nonFinite(parameter: "targets", row: bad, column: 0)
            }
        }
        self.points = points
        self.labels = labels
        self.targets = targets
    }

    /// Creates a dataset from rows already known to be valid (used by the generators).
    init(validPoints points: [[Double]], labels: [Int]?, targets: [Double]?) {
        self.points = points
        self.labels = labels
        self.targets = targets
    }

    /// The number of points.
    public var count: Int { points.count }

    /// The number of coordinates per point.
    public var dimension: Int { points.first?.count ?? 0 }
}
