import BookNumerics

/// A small dense network trained on a dataset: `network: {layers: [2, 16, 1], activations:
/// [tanh, sigmoid]}`, `data`, `loss`, `epochs`, and the optimizer keys.
struct NetworkPlan: Sendable {
    static let losses = ["binary_cross_entropy", "mse"]
    static let runKeys =
        ["label", "optimizer", "lr", "schedule", "epochs", "batch_size", "seed"] + OptimizerSpec.parameterKeys
    static let keys = Experiment.commonKeys + ["network", "data", "loss", "runs"] + runKeys.filter { $0 != "label" }

    struct Run: Sendable {
        var label: String
        var network: NeuralNetwork
        var optimizer: Optimizer
        var epochs: Int
        var batchSize: Int?
        var seed: UInt64
    }

    var dataset: Dataset
    var loss: NetworkLoss
    var data: NetworkData
    var runs: [Run]

    init(_ spec: SpecMap) throws(ExperimentError) {
        try spec.requireKnownKeys(Self.keys, in: "a network experiment")
        let networkNode = spec.node("network")!
        let network = try networkNode.map("network")
        try network.requireKnownKeys(["layers", "activations"], in: "'network'")
        guard let layersNode = network.node("layers") else {
            throw ExperimentError(
                at: networkNode.location, "'network' needs 'layers', the sizes from inputs to outputs, e.g. [2, 16, 1]")
        }
        var sizes: [Int] = []
        for item in try layersNode.list("layers") { sizes.append(try item.integer("layers", in: 1...4096)) }
        guard sizes.count >= 2 else {
            throw ExperimentError(at: layersNode.location, "'layers' needs at least an input and an output size")
        }
        var activations: [Activation] = []
        if let activationsNode = network.node("activations") {
            for item in try activationsNode.list("activations") {
                let name = try item.text("activations")
                guard let activation = Activation(rawValue: name) else {
                    let names = Activation.allCases.map(\.rawValue)
                    throw ExperimentError(
                        at: item.location,
                        "unknown activation '\(name)'\(Experiment.hint(name, names)); activations: \(names.joined(separator: ", "))"
                    )
                }
                activations.append(activation)
            }
            guard activations.count == sizes.count - 1 else {
                throw ExperimentError(
                    at: activationsNode.location,
                    "'activations' needs \(sizes.count - 1) entries, one per layer after the inputs")
            }
        } else {
            activations = Array(repeating: .tanh, count: sizes.count - 2) + [.sigmoid]
        }
        let lossName = try spec.text("loss") ?? "binary_cross_entropy"
        guard let loss = NetworkLoss(rawValue: lossName) else {
            throw ExperimentError(
                at: spec.node("loss")!.location,
                "unknown loss '\(lossName)'\(Experiment.hint(lossName, Self.losses)); losses: \(Self.losses.joined(separator: ", "))"
            )
        }
        self.loss = loss
        guard let dataNode = spec.node("data") else {
            throw ExperimentError(
                at: spec.location, "a network experiment needs 'data', e.g. data: {kind: moons, n: 200, noise: 0.1}")
        }
        dataset = try DataSpec.dataset(dataNode)
        guard dataset.dimension == sizes[0] else {
            throw ExperimentError(
                at: layersNode.location,
                "the first layer has \(sizes[0]) inputs but the data points have \(dataset.dimension) coordinates")
        }
        let targets: [[Double]]
        if let labels = dataset.labels, sizes.last == 1 {
            targets = labels.map { [Double($0)] }
        } else if let values = dataset.targets, sizes.last == 1 {
            targets = values.map { [$0] }
        } else {
            throw ExperimentError(
                at: layersNode.location, "the network must end in one output for this dataset's labels or targets")
        }
        data = NetworkData(inputs: dataset.points, targets: targets)

        let runSpecs = try spec.runMaps(allowed: Self.runKeys, context: "a network run")
        var resolved: [(run: Run, name: String, varying: [String: String])] = []
        for runSpec in runSpecs {
            func node(_ key: String) -> SpecNode? { runSpec.node(key) ?? spec.node(key) }
            var varying: [String: String] = [:]
            let (name, optimizer, batchSize, seed) = try OptimizerSpec.training(
                run: runSpec, top: spec, rowCount: dataset.count, varying: &varying)
            guard let epochsNode = node("epochs") else {
                throw ExperimentError(at: runSpec.location, "missing 'epochs': how many passes over the data to train")
            }
            let epochs = try epochsNode.integer("epochs", in: 1...100_000)
            varying["epochs"] = String(epochs)
            let initial: NeuralNetwork
            do {
                initial = try NeuralNetwork(sizes: sizes, activations: activations, seed: seed)
            } catch {
                throw ExperimentError(at: networkNode.location, "'network': \(error)")
            }
            resolved.append(
                (
                    Run(
                        label: try runSpec.text("label") ?? "", network: initial, optimizer: optimizer, epochs: epochs,
                        batchSize: batchSize, seed: seed),
                    name, varying
                ))
        }
        runs = RunLabels.apply(resolved.map { ($0.run, $0.name, $0.varying) }, label: \.label)
    }

    func run() -> [NetworkResult] {
        runs.map { run in
            let history = try? run.network.train(
                data: data, loss: loss, optimizer: run.optimizer, epochs: run.epochs, batchSize: run.batchSize,
                seed: run.seed,
                snapshotInterval: run.epochs)
            return NetworkResult(label: run.label, initial: run.network, history: history)
        }
    }
}
