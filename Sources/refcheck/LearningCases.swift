import BookNumerics

/// Handlers for the clustering reference cases (`kmeans`, `dbscan`, `agglomerative`,
/// `silhouette`); each one calls the BookNumerics code the experiment blocks use.
let learningCaseHandlers: [String: CaseHandler] = [
    "kmeans": { input in
        let result = try KMeans(
            initialization: .centroids(try input.matrix("init_centroids")),
            maxIterations: try input.int("max_iter"),
            recordsHistory: false
        ).fit(try input.matrix("points"))
        return [
            "labels": result.labels, "centroids": result.centroids, "inertia": result.inertia,
            "n_iter": result.iterations,
        ]
    },
]
