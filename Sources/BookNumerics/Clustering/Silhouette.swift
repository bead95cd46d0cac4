/// Silhouette values of a clustering, with scikit-learn's semantics
/// (`silhouette_samples`, `silhouette_score`, Euclidean metric).
///
/// For point i in cluster C: a(i) is the mean distance to the **other** points of C; b(i) is,
/// over every other cluster D, the smallest mean distance from i to the points of D;
/// s(i) = (b − a)/max(a, b), in [−1, 1]. Special cases:
/// - a point alone in its cluster scores s = 0;
/// - if a = b = 0 (i coincides with all the points concerned) s = 0, as scikit-learn's NaN → 0.
///
/// **Noise.** Every distinct label value is an ordinary cluster, **including −1**, exactly as
/// scikit-learn; to leave DBSCAN's noise out, drop those points before calling.
///
/// Cost: O(n²·d) time (each pair's distance computed once), O(n·k) memory for k clusters.
public struct Silhouette: Sendable, Equatable {
    /// s(i) per point, in the order of the points.
    public let samples: [Double]
    /// The mean of ``samples`` (`silhouette_score`).
    public let score: Double

    /// Computes the silhouette of a labelled point set.
    ///
    /// - Parameters:
    ///   - points: At least 3 points, all of one dimension, finite.
    ///   - labels: One label per point, naming between 2 and n − 1 distinct clusters (as
    ///     scikit-learn requires).
    /// - Throws: ``DataError`` naming `points` (empty, ragged, non-finite) or `labels` (wrong
    ///   length, fewer than 2 or more than n − 1 clusters).
    public init(points: [[Double]], labels: [Int]) throws(DataError) {
        let matrix = try PointMatrix(points, parameter: "points")
        let n = matrix.count
        guard labels.count == n else { throw .countMismatch(parameter: "labels", expected: n, found: labels.count) }
        var clusterOf: [Int: Int] = [:]
        let cluster = labels.map { label in
            if let index = clusterOf[label] { return index }
            let index = clusterOf.count
            clusterOf[label] = index
            return index
        }
        let k = clusterOf.count
        guard k >= 2, k <= n - 1 else { throw .clusterCount(parameter: "labels", found: k, points: n) }
        var clusterSizes = [Int](repeating: 0, count: k)
        for c in cluster { clusterSizes[c] += 1 }

        // distanceSums[i * k + c] = Σ distance from point i to the points of cluster c.
        var distanceSums = [Double](repeating: 0, count: n * k)
        for i in 0..<n {
            for j in (i + 1)..<n {
                let distance = matrix.distance(i, j)
                distanceSums[i * k + cluster[j]] += distance
                distanceSums[j * k + cluster[i]] += distance
            }
        }
        var samples = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let own = cluster[i]
            guard clusterSizes[own] > 1 else { continue }
            let a = distanceSums[i * k + own] / Double(clusterSizes[own] - 1)
            var b = Double.infinity
            for c in 0..<k where c != own {
                b = min(b, distanceSums[i * k + c] / Double(clusterSizes[c]))
            }
            let scale = max(a, b)
            samples[i] = scale > 0 ? (b - a) / scale : 0
        }
        self.samples = samples
        self.score = samples.reduce(0, +) / Double(n)
    }
}
