import BookNumerics

/// The `data:` key: a generated dataset (`kind: blobs | moons | circles | linear`) or
/// explicit `points` (with optional `labels` and `targets`).
enum DataSpec {
    static let maximumCount = 100_000
    static let kinds = ["blobs", "moons", "circles", "linear"]
    static let keysByKind: [String: [String]] = [
        "blobs": ["kind", "n", "centers", "std", "seed"],
        "moons": ["kind", "n", "noise", "seed"],
        "circles": ["kind", "n", "noise", "factor", "seed"],
        "linear": ["kind", "n", "w", "b", "noise", "range", "seed"],
        "points": ["points", "labels", "targets"],
    ]

    static func dataset(_ node: SpecNode) throws(ExperimentError) -> Dataset {
        let map = try node.map("data")
        if map.has("points") {
            try map.requireKnownKeys(keysByKind["points"]!, in: "'data' given as points")
            let points = try map.matrix("points") ?? []
            let labels = try map.vector("labels").map { $0.map { Int($0) } }
            let targets = try map.vector("targets")
            return try wrap(map) { () throws(DataError) in try Dataset(points: points, labels: labels, targets: targets)
            }
        }
        guard let kindNode = map.node("kind") else {
            throw ExperimentError(
                at: node.location, "'data' needs 'kind' (\(kinds.joined(separator: ", "))) or explicit 'points'")
        }
        let kind = try kindNode.text("kind")
        guard let keys = keysByKind[kind], kind != "points" else {
            throw ExperimentError(
                at: kindNode.location,
                "unknown dataset '\(kind)'\(Experiment.hint(kind, kinds)); datasets: \(kinds.joined(separator: ", "))")
        }
        try map.requireKnownKeys(keys, in: "'data' of kind \(kind)")
        let count = try map.integer("n", in: 1...maximumCount) ?? 200
        let seed = UInt64(try map.integer("seed", in: 0...Int(Int32.max)) ?? 0)
        switch kind {
        case "blobs":
            let std = try map.positive("std") ?? 1
            if let centersNode = map.node("centers"), case .list = centersNode.value {
                let centers = try centersNode.matrix("centers")
                return try wrap(map) { () throws(DataError) in
                    try Dataset.blobs(count: count, centers: centers, standardDeviation: std, seed: seed)
                }
            }
            let clusters = try map.integer("centers", in: 1...1000) ?? 3
            return try wrap(map) { () throws(DataError) in
                try Dataset.blobs(count: count, clusters: clusters, standardDeviation: std, seed: seed).dataset
            }
        case "moons":
            let noise = try map.number("noise") ?? 0
            return try wrap(map) { () throws(DataError) in try Dataset.moons(count: count, noise: noise, seed: seed) }
        case "circles":
            let noise = try map.number("noise") ?? 0
            let factor = try map.number("factor") ?? 0.8
            return try wrap(map) { () throws(DataError) in
                try Dataset.circles(count: count, factor: factor, noise: noise, seed: seed)
            }
        default:
            let weights =
                try map.node("w").map { node throws(ExperimentError) -> [Double] in
                    if case .list = node.value { return try node.vector("w") }
                    return [try node.number("w")]
                } ?? [3]
            let bias = try map.number("b") ?? 4
            let noise = try map.number("noise") ?? 1
            let range = try map.vector("range") ?? [0, 2]
            guard range.count == 2, range[0] < range[1], let node = Optional(map.node("range")) else {
                throw ExperimentError(
                    at: map.node("range")?.location ?? map.location, "'range' must be [lower, upper] with lower < upper"
                )
            }
            _ = node
            return try wrap(map) { () throws(DataError) in
                try Dataset.linear(
                    count: count, weights: weights, bias: bias, range: (range[0], range[1]), noise: noise, seed: seed)
            }
        }
    }

    /// Runs a dataset call and positions its error at the parameter it names.
    static func wrap<T>(_ map: SpecMap, _ body: () throws(DataError) -> T) throws(ExperimentError) -> T {
        do {
            return try body()
        } catch {
            throw ExperimentError(at: map.keyLocation(specKey(error.parameter)) ?? map.location, "'data': \(error)")
        }
    }

    /// The spec's name for a parameter the numerics core names differently.
    static func specKey(_ parameter: String) -> String {
        switch parameter {
        case "count": "n"
        case "standardDeviation", "std": "std"
        default: parameter
        }
    }
}
