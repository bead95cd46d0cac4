/// One assignment step of Lloyd's algorithm, kept so a figure can replay the run.
public struct KMeansIteration: Sendable, Equatable {
    /// The centroids the points were assigned to (before this step's update).
    public let centroids: [[Double]]
    /// Each point's nearest centroid among ``centroids`` (ties go to the lowest index).
    public let labels: [Int]
    /// Σ squared distance from each point to its assigned centroid in ``centroids``.
    public let inertia: Double

    /// Creates a record of one step.
    ///
    /// - Parameters:
    ///   - centroids: The centroids used for the assignment.
    ///   - labels: The assignment.
    ///   - inertia: The assignment's sum of squared distances.
    public init(centroids: [[Double]], labels: [Int], inertia: Double) {
        self.centroids = centroids
        self.labels = labels
        self.inertia = inertia
    }
}
