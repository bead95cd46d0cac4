extension KMeans {
    /// The inertia of k-means for k = 1 … `maxK`: the data of an "elbow" plot or a k selector.
    ///
    /// Every k is a separate k-means++ run (greedy, scikit-learn's default trials) seeded with the
    /// same `seed`, at most `maxIterations` iterations, no history. Inertia usually but not
    /// always decreases with k (k-means finds local optima).
    ///
    /// - Parameters:
    ///   - points: At least `maxK` points of one dimension, finite.
    ///   - maxK: The largest k, 1 ≤ maxK ≤ number of points.
    ///   - seed: The k-means++ seed used for every k.
    ///   - maxIterations: The iteration cap of each run, at least 1.
    /// - Returns: `maxK` inertias; element `k − 1` belongs to k clusters.
    /// - Throws: ``DataError`` naming `points`, `k` or `max_iter`.
    public static func elbow(_ points: [[Double]], maxK: Int, seed: UInt64, maxIterations: Int = 300)
        throws(DataError) -> [Double]
    {
        let matrix = try PointMatrix(points, parameter: "points")
        try requireClusterCount(maxK, points: matrix.count)
        var inertias: [Double] = []
        for k in 1...maxK {
            let run = KMeans(
                initialization: .kMeansPlusPlus(k: k, seed: seed), maxIterations: maxIterations,
                recordsHistory: false)
            inertias.append(try run.fit(points).inertia)
        }
        return inertias
    }
}
