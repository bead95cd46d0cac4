/// The outcome of ``DBSCAN`` (scikit-learn's `labels_` and `core_sample_indices_`).
public struct DBSCANResult: Sendable, Equatable {
    /// Cluster index per point, 0 … ``clusterCount`` − 1, or −1 for noise.
    public let labels: [Int]
    /// The indices of the core points, ascending.
    public let coreIndices: [Int]
    /// The number of clusters (noise excluded).
    public let clusterCount: Int

    /// Creates a result.
    ///
    /// - Parameters:
    ///   - labels: Cluster index per point, −1 for noise.
    ///   - coreIndices: Ascending indices of the core points.
    ///   - clusterCount: Number of clusters.
    public init(labels: [Int], coreIndices: [Int], clusterCount: Int) {
        self.labels = labels
        self.coreIndices = coreIndices
        self.clusterCount = clusterCount
    }

    /// The number of noise points (label −1).
    public var noiseCount: Int { labels.reduce(0) { $0 + ($1 == -1 ? 1 : 0) } }
}
