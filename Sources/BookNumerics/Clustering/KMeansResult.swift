/// The outcome of a k-means run (scikit-learn's `labels_`, `cluster_centers_`, `inertia_`, `n_iter_`).
public struct KMeansResult: Sendable, Equatable {
    /// For each point, the index of its centroid in ``centroids`` (the order of the initial
    /// centroids). Consistent with ``centroids``: each point's nearest final centroid.
    public let labels: [Int]
    /// The final centroids, one row per cluster.
    public let centroids: [[Double]]
    /// Σ‖xᵢ − c_{labels[i]}‖² over all points, with the final labels and centroids.
    public let inertia: Double
    /// Number of Lloyd iterations run (assignment + update), at most `maxIterations`.
    public let iterations: Int
    /// `true` when the run stopped because the assignment stopped changing (or the centroids
    /// moved by no more than the tolerance), `false` when it hit `maxIterations`.
    public let converged: Bool
    /// The centroids the run started from.
    public let initialCentroids: [[Double]]
    /// One entry per iteration (empty when history recording is off).
    public let history: [KMeansIteration]

    /// Creates a result.
    ///
    /// - Parameters:
    ///   - labels: Cluster index per point.
    ///   - centroids: Final centroids.
    ///   - inertia: Final sum of squared distances.
    ///   - iterations: Iterations run.
    ///   - converged: Whether the run converged before the iteration cap.
    ///   - initialCentroids: Starting centroids.
    ///   - history: Per-iteration records.
    public init(
        labels: [Int], centroids: [[Double]], inertia: Double, iterations: Int, converged: Bool,
        initialCentroids: [[Double]], history: [KMeansIteration]
    ) {
        self.labels = labels
        self.centroids = centroids
        self.inertia = inertia
        self.iterations = iterations
        self.converged = converged
        self.initialCentroids = initialCentroids
        self.history = history
    }
}
