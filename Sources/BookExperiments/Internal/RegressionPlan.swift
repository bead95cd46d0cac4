import BookNumerics

/// Linear or logistic regression trained by an optimizer: `model`, `data`, `steps`, `runs`.
struct RegressionPlan: Sendable {
    static let models = ["linear_regression", "logistic_regression"]
    static let runKeys =
        ["label", "optimizer", "lr", "schedule", "steps", "batch_size", "seed", "l2", "w0", "b0"]
        + OptimizerSpec.parameterKeys
    static let keys = Experiment.commonKeys + ["model", "data", "runs"] + runKeys.filter { $0 != "label" }

    struct Run: Sendable {
        var label: String
        var optimizer: Optimizer
        var steps: Int
        var batchSize: Int?
        var seed: UInt64
        var l2: Double
        var weights: [Double]
        var bias: Double
    }

    var model: String
    var dataset: Dataset
    var runs: [Run]

    init(_ spec: SpecMap) throws(ExperimentError) {
        try spec.requireKnownKeys(Self.keys, in: "a regression experiment")
        let modelNode = spec.node("model")!
        model = try modelNode.text("model")
        guard Self.models.contains(model) else {
            throw ExperimentError(
                at: modelNode.location,
                "unknown model '\(model)'\(Experiment.hint(model, Self.models)); models: \(Self.models.joined(separator: ", "))"
            )
        }
        guard let dataNode = spec.node("data") else {
            throw ExperimentError(
                at: spec.location, "a regression experiment needs 'data', e.g. data: {kind: linear, n: 100}")
        }
        dataset = try DataSpec.dataset(dataNode)
        if model == "linear_regression", dataset.targets == nil {
            throw ExperimentError(
                at: dataNode.location, "linear regression needs targets: use kind: linear or give 'targets'")
        }
        if model == "logistic_regression", dataset.labels == nil {
            throw ExperimentError(
                at: dataNode.location, "logistic regression needs labels 0/1: use a labelled dataset or give 'labels'")
        }
        let runSpecs = try spec.runMaps(allowed: Self.runKeys, context: "a regression run")
        var resolved: [(run: Run, name: String, varying: [String: String])] = []
        let features = dataset.dimension
        for runSpec in runSpecs {
            func node(_ key: String) -> SpecNode? { runSpec.node(key) ?? spec.node(key) }
            var varying: [String: String] = [:]
            let (name, optimizer, batchSize, seed) = try OptimizerSpec.training(
                run: runSpec, top: spec, rowCount: dataset.count, varying: &varying)
            guard let stepsNode = node("steps") else {
                throw ExperimentError(at: runSpec.location, "missing 'steps': how many updates to run")
            }
            let steps = try stepsNode.integer("steps", in: 1...OptimizationPlan.maximumSteps)
            let l2 = try node("l2")?.number("l2") ?? 0
            varying["l2"] = SpecNode.format(l2)
            let weights =
                try node("w0").map { node throws(ExperimentError) -> [Double] in
                    if case .list = node.value { return try node.vector("w0") }
                    return [try node.number("w0")]
                } ?? Array(repeating: 0, count: features)
            guard weights.count == features, let bias = Optional(try node("b0")?.number("b0") ?? 0) else {
                throw ExperimentError(
                    at: node("w0")?.location ?? runSpec.location,
                    "'w0' needs \(features) weight\(features == 1 ? "" : "s")")
            }
            let label = try runSpec.text("label") ?? ""
            resolved.append(
                (
                    Run(
                        label: label, optimizer: optimizer, steps: steps, batchSize: batchSize, seed: seed, l2: l2,
                        weights: weights, bias: bias),
                    name, varying
                ))
        }
        runs = RunLabels.apply(resolved.map { ($0.run, $0.name, $0.varying) }, label: \.label)
    }

    func run() -> RegressionResult {
        let points = dataset.points
        let targets = model == "linear_regression" ? (dataset.targets ?? []) : (dataset.labels ?? []).map(Double.init)
        var closedForm: (weights: [Double], bias: Double)? = nil
        let results = runs.map { run -> RegressionRun in
            let history: ParameterHistory?
            if model == "linear_regression" {
                let regression = try? LinearRegression(features: points, targets: targets, l2: run.l2)
                if closedForm == nil { closedForm = regression?.closedForm() }
                history = try? regression?.train(
                    weights: run.weights, bias: run.bias, optimizer: run.optimizer, steps: run.steps,
                    batchSize: run.batchSize,
                    seed: run.seed)
            } else {
                let regression = try? LogisticRegression(features: points, labels: targets, l2: run.l2)
                history = try? regression?.train(
                    weights: run.weights, bias: run.bias, optimizer: run.optimizer, steps: run.steps,
                    batchSize: run.batchSize,
                    seed: run.seed)
            }
            return RegressionRun(label: run.label, history: history)
        }
        return RegressionResult(model: model, points: points, targets: targets, closedForm: closedForm, runs: results)
    }
}
