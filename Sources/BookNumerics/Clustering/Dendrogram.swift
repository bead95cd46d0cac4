/// The full merge tree of agglomerative clustering, in scipy's linkage-matrix convention.
///
/// ``merges`` has n − 1 entries sorted by ascending height (ties keep the order in which the
/// algorithm found them); merge `s` creates cluster id `n + s`. Cutting the tree into k clusters
/// undoes the last k − 1 merges, as scikit-learn's `AgglomerativeClustering(n_clusters=k)`.
public struct Dendrogram: Sendable, Equatable {
    /// The number of points (leaves).
    public let pointCount: Int
    /// The n − 1 merges, ascending by height.
    public let merges: [DendrogramMerge]

    /// Creates a dendrogram from its merges.
    ///
    /// - Parameters:
    ///   - pointCount: The number of leaves n.
    ///   - merges: n − 1 merges in scipy's convention, ascending by height.
    public init(pointCount: Int, merges: [DendrogramMerge]) {
        self.pointCount = pointCount
        self.merges = merges
    }

    /// The merge heights, ascending (scipy's `linkage(X, method)[:, 2]`).
    public var heights: [Double] { merges.map(\.height) }

    /// The flat clustering into `clusters` groups: the partition after the first n − k merges.
    ///
    /// Clusters are numbered 0, 1, … in the order of their lowest point index (so point 0 is
    /// always in cluster 0); scikit-learn numbers them differently, the partition is the same.
    ///
    /// - Parameter clusters: The number of clusters k, 1 ≤ k ≤ n.
    /// - Returns: A label per point.
    /// - Throws: ``DataError`` naming `n_clusters` when k < 1 or k > n.
    public func labels(clusters: Int) throws(DataError) -> [Int] {
        guard clusters >= 1 else {
            throw .invalidParameter(parameter: "n_clusters", value: "\(clusters)", requirement: "at least 1")
        }
        guard clusters <= pointCount else {
            throw .tooMany(parameter: "n_clusters", requested: clusters, available: pointCount, what: "points")
        }
        var sets = DisjointSets(count: pointCount)
        var representative = Array(0..<pointCount)
        for merge in merges.prefix(pointCount - clusters) {
            let leaf = representative[merge.left]
            sets.union(leaf, representative[merge.right])
            representative.append(leaf)
        }
        var numbering: [Int: Int] = [:]
        return (0..<pointCount).map { point in
            let root = sets.find(point)
            if let label = numbering[root] { return label }
            let label = numbering.count
            numbering[root] = label
            return label
        }
    }
}
