import BookNumerics

/// Clustering runs on one dataset: `algorithm: kmeans | dbscan | agglomerative`, with `runs`
/// or a parameter `grid` (e.g. DBSCAN's eps × min_samples).
struct ClusteringPlan: Sendable {
    enum Method: Sendable {
        case kMeans(KMeans)
        case dbscan(DBSCAN)
        case agglomerative(AgglomerativeClustering)
    }

    static let algorithms = ["kmeans", "dbscan", "agglomerative"]
    static let runKeys = ["label", "algorithm", "k", "init", "max_iter", "seed", "eps", "min_samples", "linkage"]
    static let keys = Experiment.commonKeys + ["data", "runs", "grid"] + runKeys.filter { $0 != "label" }
    static let keysByAlgorithm: [String: [String]] = [
        "kmeans": ["k", "init", "max_iter", "seed"],
        "dbscan": ["eps", "min_samples"],
        "agglomerative": ["k", "linkage"],
    ]

    var dataset: Dataset
    var runs: [(label: String, algorithm: String, method: Method)]

    init(_ spec: SpecMap) throws(ExperimentError) {
        try spec.requireKnownKeys(Self.keys, in: "a clustering experiment")
        guard let dataNode = spec.node("data") else {
            throw ExperimentError(
                at: spec.location, "a clustering experiment needs 'data', e.g. data: {kind: blobs, n: 200, centers: 4}")
        }
        dataset = try DataSpec.dataset(dataNode)
        var runSpecs = try spec.runMaps(allowed: Self.runKeys, context: "a clustering run").map {
            ($0, [String: SpecNode]())
        }
        if let node = spec.node("grid") {
            let grid = try node.map("grid")
            try grid.requireKnownKeys(["k", "eps", "min_samples", "linkage", "seed"], in: "'grid'")
            for entry in grid.entries {
                let values = try entry.value.list(entry.key)
                guard !values.isEmpty else {
                    throw ExperimentError(at: entry.value.location, "'grid.\(entry.key)' lists no values")
                }
                runSpecs = runSpecs.flatMap { run, overrides in
                    values.map { value in (run, overrides.merging([entry.key: value]) { $1 }) }
                }
            }
        }
        var resolved: [(label: String, algorithm: String, method: Method, varying: [String: String])] = []
        for (run, overrides) in runSpecs {
            resolved.append(try Self.run(run, overrides: overrides, top: spec, pointCount: dataset.count))
        }
        let labels = RunLabels.make(
            given: resolved.map(\.label), names: resolved.map(\.algorithm), varying: resolved.map(\.varying))
        runs = zip(resolved, labels).map { ($1, $0.algorithm, $0.method) }
    }

    private static func run(
        _ run: SpecMap, overrides: [String: SpecNode], top: SpecMap, pointCount: Int
    ) throws(ExperimentError) -> (label: String, algorithm: String, method: Method, varying: [String: String]) {
        func node(_ key: String) -> SpecNode? { overrides[key] ?? run.node(key) ?? top.node(key) }
        guard let algorithmNode = node("algorithm") else {
            throw ExperimentError(at: run.location, "missing 'algorithm': one of \(algorithms.joined(separator: ", "))")
        }
        let algorithm = try algorithmNode.text("algorithm")
        guard let allowed = keysByAlgorithm[algorithm] else {
            throw ExperimentError(
                at: algorithmNode.location,
                "unknown algorithm '\(algorithm)'\(Experiment.hint(algorithm, algorithms)); algorithms: \(algorithms.joined(separator: ", "))"
            )
        }
        for key in runKeys where key != "label" && key != "algorithm" && !allowed.contains(key) {
            if let location = run.keyLocation(key) ?? overrides[key]?.location {
                throw ExperimentError(
                    at: location,
                    "'\(key)' does not apply to \(algorithm); its parameters are \(allowed.joined(separator: ", "))")
            }
        }
        var varying = ["algorithm": algorithm]
        for key in allowed { if let value = node(key) { varying[key] = OptimizerSpec.describe(value) } }
        let label = try run.text("label") ?? ""

        func clusterCount() throws(ExperimentError) -> Int {
            guard let kNode = node("k") else {
                throw ExperimentError(at: run.location, "\(algorithm) needs 'k', the number of clusters")
            }
            let k = try kNode.integer("k", in: 1...10_000)
            guard k <= pointCount else {
                throw ExperimentError(
                    at: kNode.location, "'k' = \(k) is larger than the number of points (\(pointCount))")
            }
            return k
        }
        switch algorithm {
        case "kmeans":
            let maxIterations = try node("max_iter")?.integer("max_iter", in: 1...10_000) ?? 300
            let seed = UInt64(try node("seed")?.integer("seed", in: 0...Int(Int32.max)) ?? 0)
            let initialization: KMeansInitialization
            if let initNode = node("init"), case .list = initNode.value {
                let centroids = try initNode.matrix("init")
                guard centroids.count <= pointCount else {
                    throw ExperimentError(
                        at: initNode.location, "'init' gives \(centroids.count) centroids for \(pointCount) points")
                }
                initialization = .centroids(centroids)
            } else {
                let method = try node("init")?.text("init") ?? "k-means++"
                let k = try clusterCount()
                switch method {
                case "k-means++": initialization = .kMeansPlusPlus(k: k, seed: seed)
                case "random": initialization = .randomPoints(k: k, seed: seed)
                default:
                    throw ExperimentError(
                        at: node("init")!.location,
                        "'init' must be k-means++, random or a list of centroids\(Experiment.hint(method, ["k-means++", "random"]))"
                    )
                }
            }
            return (
                label, algorithm, .kMeans(KMeans(initialization: initialization, maxIterations: maxIterations)), varying
            )
        case "dbscan":
            guard let epsNode = node("eps") else {
                throw ExperimentError(at: run.location, "dbscan needs 'eps', the neighbourhood radius")
            }
            let eps = try epsNode.number("eps")
            guard eps > 0 else {
                throw ExperimentError(at: epsNode.location, "'eps' must be positive, not \(SpecNode.format(eps))")
            }
            let minSamples = try node("min_samples")?.integer("min_samples", in: 1...10_000) ?? 5
            return (label, algorithm, .dbscan(DBSCAN(eps: eps, minSamples: minSamples)), varying)
        default:
            let k = try clusterCount()
            let linkageName = try node("linkage")?.text("linkage") ?? "ward"
            guard let linkage = Linkage(rawValue: linkageName) else {
                let names = ["ward", "complete", "average", "single"]
                throw ExperimentError(
                    at: node("linkage")!.location,
                    "unknown linkage '\(linkageName)'\(Experiment.hint(linkageName, names)); linkages: \(names.joined(separator: ", "))"
                )
            }
            return (label, algorithm, .agglomerative(AgglomerativeClustering(clusters: k, linkage: linkage)), varying)
        }
    }

    func run() -> ClusteringResult {
        let points = dataset.points
        let results = runs.map { run -> ClusteringRun in
            var result = ClusteringRun(label: run.label, algorithm: run.algorithm)
            switch run.method {
            case .kMeans(let kMeans):
                guard let fit = try? kMeans.fit(points) else { return result }
                result.labels = fit.labels
                result.centroids = fit.centroids
                result.inertia = fit.inertia
                result.history = fit.history.map { ($0.centroids, $0.labels, $0.inertia) }
            case .dbscan(let dbscan):
                guard let fit = try? dbscan.fit(points) else { return result }
                result.labels = fit.labels
            case .agglomerative(let agglomerative):
                guard let fit = try? agglomerative.fit(points) else { return result }
                result.labels = fit.labels
                result.mergeHeights = fit.mergeHeights
            }
            result.silhouette = (try? Silhouette(points: points, labels: result.labels))?.score
            return result
        }
        return ClusteringResult(points: points, trueLabels: dataset.labels, runs: results)
    }
}
