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
    "dbscan": { input in
        let result = try DBSCAN(eps: try input.number("eps"), minSamples: try input.int("min_samples"))
            .fit(try input.matrix("points"))
        return [
            "labels": result.labels, "core_indices": result.coreIndices, "n_clusters": result.clusterCount,
            "n_noise": result.noiseCount,
        ]
    },
    "agglomerative": { input in
        let name = input.has("linkage") ? try input.string("linkage") : "ward"
        guard let linkage = Linkage(rawValue: name) else {
            throw UnknownLinkage(name: name)
        }
        let result = try AgglomerativeClustering(clusters: try input.int("n_clusters"), linkage: linkage)
            .fit(try input.matrix("points"))
        return ["labels": result.labels, "merge_heights": result.mergeHeights]
    },
    "silhouette": { input in
        let labels = try input.vector("labels").map { Int($0) }
        let result = try Silhouette(points: try input.matrix("points"), labels: labels)
        return ["score": result.score, "samples": result.samples]
    },
]

/// A `linkage` input that names no ``Linkage``.
struct UnknownLinkage: Error, CustomStringConvertible {
    let name: String
    var description: String {
        "unknown linkage '\(name)': use one of \(Linkage.allCases.map(\.rawValue).joined(separator: ", "))"
    }
}
