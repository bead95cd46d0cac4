/// One merge of a dendrogram: a row of scipy's linkage matrix.
public struct DendrogramMerge: Sendable, Equatable {
    /// The smaller id of the two merged clusters: a point index `< n`, or `n + s` for the cluster
    /// made by merge `s`.
    public let left: Int
    /// The larger id of the two merged clusters.
    public let right: Int
    /// The linkage distance between them (the height drawn in a dendrogram).
    public let height: Double
    /// The number of points in the merged cluster.
    public let size: Int

    /// Creates a merge record.
    ///
    /// - Parameters:
    ///   - left: Smaller cluster id.
    ///   - right: Larger cluster id.
    ///   - height: Linkage distance.
    ///   - size: Points in the union.
    public init(left: Int, right: Int, height: Double, size: Int) {
        self.left = left
        self.right = right
        self.height = height
        self.size = size
    }
}
