/// The outcome of ``AgglomerativeClustering/fit(_:)``.
public struct AgglomerativeResult: Sendable, Equatable {
    /// The flat cluster of each point, numbered 0, 1, … by lowest point index.
    public let labels: [Int]
    /// The full merge tree.
    public let dendrogram: Dendrogram

    /// Creates a result.
    ///
    /// - Parameters:
    ///   - labels: A label per point.
    ///   - dendrogram: The merge tree.
    public init(labels: [Int], dendrogram: Dendrogram) {
        self.labels = labels
        self.dendrogram = dendrogram
    }

    /// The merge heights, ascending (scipy's `linkage(X, method)[:, 2]`).
    public var mergeHeights: [Double] { dendrogram.heights }
}
