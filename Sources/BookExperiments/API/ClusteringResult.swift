/// The points of a clustering experiment and every run over them.
public struct ClusteringResult: Sendable {
    /// The data points.
    public var points: [[Double]]
    /// The generating labels of a synthetic dataset, if known.
    public var trueLabels: [Int]?
    /// One entry per run (or grid cell).
    public var runs: [ClusteringRun]

    var jsonMembers: [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [("points", .rows(points))]
        if let trueLabels { members.append(("true_labels", .integers(trueLabels))) }
        members.append(("runs", .array(runs.map(\.json))))
        return members
    }
}

/// One clustering of the points.
public struct ClusteringRun: Sendable {
    /// The legend or panel title.
    public var label: String
    /// `kmeans`, `dbscan` or `agglomerative`.
    public var algorithm: String
    /// The cluster of each point (−1 for DBSCAN noise).
    public var labels: [Int] = []
    /// k-means: the final centroids.
    public var centroids: [[Double]]? = nil
    /// k-means: the within-cluster sum of squares.
    public var inertia: Double? = nil
    /// k-means: the centroids and labels of every iteration.
    public var history: [(centroids: [[Double]], labels: [Int], inertia: Double)] = []
    /// Agglomerative: the merge heights, ascending.
    public var mergeHeights: [Double]? = nil
    /// The silhouette score, when there are at least two clusters.
    public var silhouette: Double? = nil

    init(label: String, algorithm: String) {
        self.label = label
        self.algorithm = algorithm
    }

    /// Distinct clusters, not counting noise.
    public var clusterCount: Int { Set(labels.filter { $0 >= 0 }).count }
    /// Points labelled −1.
    public var noiseCount: Int { labels.filter { $0 < 0 }.count }

    var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("label", .string(label)), ("algorithm", .string(algorithm)), ("labels", .integers(labels)),
            ("clusters", .number(Double(clusterCount))), ("noise", .number(Double(noiseCount))),
        ]
        if let centroids { members.append(("centroids", .rows(centroids))) }
        if let inertia { members.append(("inertia", .number(inertia))) }
        if !history.isEmpty {
            members.append(
                (
                    "history",
                    .array(
                        history.map {
                            .object([
                                ("centroids", .rows($0.centroids)), ("labels", .integers($0.labels)),
                                ("inertia", .number($0.inertia)),
                            ])
                        })
                ))
        }
        if let mergeHeights { members.append(("merge_heights", .numbers(mergeHeights))) }
        members.append(("silhouette", silhouette.map(JSONValue.number) ?? .null))
        return .object(members)
    }
}
