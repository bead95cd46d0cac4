/// Density-based clustering (DBSCAN, Ester et al. 1996) with scikit-learn's semantics
/// (`DBSCAN(eps, min_samples, metric="euclidean")`).
///
/// - A point's **neighbourhood** is every point at Euclidean distance ≤ `eps`, **including the
///   point itself** (compared as squared distance ≤ eps², so a distance within a few ulps of eps
///   may go either way).
/// - A point is **core** iff its neighbourhood has at least `minSamples` points.
/// - A **cluster** is a maximal set of core points connected through neighbourhoods, plus every
///   non-core (**border**) point in the neighbourhood of one of them.
/// - Everything else is **noise**, labelled −1.
///
/// **Numbering**, as scikit-learn: clusters are numbered 0, 1, … in the order of their
/// lowest-index core point. A border point within reach of several clusters belongs to the
/// lowest-numbered one (the first to reach it in index order).
///
/// Cost: O(n²·d) time (at most about 1.5·n² distance evaluations), O(n) memory.
public struct DBSCAN: Sendable {
    /// The neighbourhood radius, > 0.
    public var eps: Double
    /// The neighbourhood size (counting the point itself) that makes a point core, ≥ 1.
    public var minSamples: Int

    /// Creates a DBSCAN configuration.
    ///
    /// - Parameters:
    ///   - eps: Neighbourhood radius, finite and > 0.
    ///   - minSamples: Minimum neighbourhood size for a core point (itself included), ≥ 1.
    public init(eps: Double, minSamples: Int = 5) {
        self.eps = eps
        self.minSamples = minSamples
    }

    /// Clusters `points`.
    ///
    /// - Parameter points: At least one point, all of one dimension, finite.
    /// - Returns: Labels (noise −1), core indices and counts.
    /// - Throws: ``DataError`` naming `points`, `eps` (not finite or ≤ 0) or `min_samples` (< 1).
    public func fit(_ points: [[Double]]) throws(DataError) -> DBSCANResult {
        guard eps.isFinite, eps > 0 else {
            throw .invalidParameter(parameter: "eps", value: "\(eps)", requirement: "a finite number > 0")
        }
        guard minSamples >= 1 else {
            throw .invalidParameter(parameter: "min_samples", value: "\(minSamples)", requirement: "at least 1")
        }
        let matrix = try PointMatrix(points, parameter: "points")
        let n = matrix.count
        let radius = eps * eps

        var neighbourCounts = [Int](repeating: 1, count: n)  // the point itself
        for i in 0..<n {
            for j in (i + 1)..<n where matrix.squaredDistance(i, j) <= radius {
                neighbourCounts[i] += 1
                neighbourCounts[j] += 1
            }
        }
        let isCore = neighbourCounts.map { $0 >= minSamples }

        var labels = [Int](repeating: -1, count: n)
        var clusterCount = 0
        var stack: [Int] = []
        for seed in 0..<n where isCore[seed] && labels[seed] == -1 {
            labels[seed] = clusterCount
            stack.append(seed)
            while let core = stack.popLast() {
                for j in 0..<n where labels[j] == -1 && matrix.squaredDistance(core, j) <= radius {
                    labels[j] = clusterCount
                    if isCore[j] { stack.append(j) }
                }
            }
            clusterCount += 1
        }
        return DBSCANResult(
            labels: labels,
            coreIndices: (0..<n).filter { isCore[$0] },
            clusterCount: clusterCount)
    }
}
