/// How an experiment is drawn: the plot kind (checked against what the experiment computes),
/// separate or overlaid panels, a slider over precomputed variants, animation, axis scale.
struct FigureOptions: Sendable {
    enum Layout: String, Sendable {
        case separate, overlay
    }

    struct Slider: Sendable {
        var key: String
        var values: [SpecNode]
        var defaultIndex: Int
        var location: SpecLocation
    }

    /// Plot kinds and the kinds of experiment each can draw.
    static let plots: [(name: String, tasks: [String])] = [
        ("contour", ["optimization-2"]), ("surface", ["optimization-2"]), ("curve", ["optimization-1"]),
        ("loss", ["optimization-1", "optimization-2", "regression", "network"]),
        ("schedule", ["schedules", "optimization-1", "optimization-2"]),
        ("regression", ["regression"]), ("clusters", ["clustering"]), ("scatter", ["clustering"]),
        ("histogram", ["network"]), ("training", ["network"]), ("activation", ["activation"]),
    ]
    static let plotNames = plots.map(\.name)

    var plot: String
    var layout: Layout
    var slider: Slider?
    var animate: Bool
    var logScale: Bool?
    var iterations: [Int]?

    init(_ spec: SpecMap, task: Experiment.Task) throws(ExperimentError) {
        let taskKind = Self.kind(of: task)
        if let node = spec.node("plot") {
            let name = try node.text("plot")
            guard let entry = Self.plots.first(where: { $0.name == name }) else {
                throw ExperimentError(
                    at: node.location,
                    "unknown plot '\(name)'\(Experiment.hint(name, Self.plotNames)); plots: \(Self.plotNames.joined(separator: ", "))"
                )
            }
            guard entry.tasks.contains(taskKind) else {
                throw ExperimentError(at: node.location, Self.mismatch(plot: name, taskKind: taskKind))
            }
            plot = name
        } else {
            plot = Self.defaultPlot(for: taskKind)
        }
        let layoutName = try spec.text("panels") ?? "overlay"
        guard let layout = Layout(rawValue: layoutName) else {
            throw ExperimentError(
                at: spec.node("panels")!.location,
                "'panels' must be separate or overlay\(Experiment.hint(layoutName, ["separate", "overlay"]))")
        }
        self.layout = layout
        animate = try spec.bool("animate") ?? false
        if let node = spec.node("scale") {
            let scale = try node.text("scale")
            guard scale == "log" || scale == "linear" else {
                throw ExperimentError(
                    at: node.location, "'scale' must be log or linear\(Experiment.hint(scale, ["log", "linear"]))")
            }
            logScale = scale == "log"
        }
        if let node = spec.node("iterations") {
            var values: [Int] = []
            for item in try node.list("iterations") { values.append(try item.integer("iterations", in: 0...1_000_000)) }
            iterations = values
        }
        if let node = spec.node("slider") {
            slider = try Self.slider(node, spec: spec, task: task)
        }
    }

    private static func slider(_ node: SpecNode, spec: SpecMap, task: Experiment.Task) throws(ExperimentError) -> Slider
    {
        let map = try node.map("slider")
        try map.requireKnownKeys(["param", "values", "default"], in: "'slider'")
        guard let paramNode = map.node("param") else {
            throw ExperimentError(at: node.location, "'slider' needs 'param', the key it varies (e.g. param: lr)")
        }
        let key = try paramNode.text("param")
        let keys = sliderKeys(for: task)
        guard keys.contains(key) else {
            throw ExperimentError(
                at: paramNode.location,
                "slider over unknown parameter '\(key)'\(Experiment.hint(key, keys)); this experiment can vary \(keys.joined(separator: ", "))"
            )
        }
        guard let valuesNode = map.node("values") else {
            throw ExperimentError(at: node.location, "'slider' needs 'values', the settings to precompute")
        }
        let values = try valuesNode.list("values")
        guard (2...24).contains(values.count) else {
            throw ExperimentError(at: valuesNode.location, "'slider.values' needs 2 to 24 values, not \(values.count)")
        }
        var defaultIndex = 0
        if let defaultNode = map.node("default") ?? spec.node(key) {
            let wanted = defaultNode.canonicalText
            guard let index = values.firstIndex(where: { $0.canonicalText == wanted }) else {
                throw ExperimentError(
                    at: defaultNode.location,
                    "the slider's default \(OptimizerSpec.describe(defaultNode)) is not among its values")
            }
            defaultIndex = index
        }
        return Slider(key: key, values: values, defaultIndex: defaultIndex, location: node.location)
    }

    /// The top-level keys a slider may vary for each kind of experiment.
    static func sliderKeys(for task: Experiment.Task) -> [String] {
        let optimizer = ["lr", "steps"] + OptimizerSpec.parameterKeys.filter { $0 != "line_search" }
        switch task {
        case .optimization: return optimizer + ["l2", "T0", "cooling", "proposal_scale", "seed", "start"]
        case .schedules: return ["steps"]
        case .clustering: return ["k", "eps", "min_samples", "linkage", "max_iter", "seed"]
        case .regression: return optimizer + ["batch_size", "l2", "seed"]
        case .network: return optimizer + ["epochs", "batch_size", "seed"]
        case .activation: return []
        }
    }

    static func kind(of task: Experiment.Task) -> String {
        switch task {
        case .optimization(let plan): "optimization-\(min(plan.objective.dimension, 2))"
        case .schedules: "schedules"
        case .clustering: "clustering"
        case .regression: "regression"
        case .network: "network"
        case .activation: "activation"
        }
    }

    static func defaultPlot(for taskKind: String) -> String {
        switch taskKind {
        case "optimization-1": "curve"
        case "optimization-2": "contour"
        case "schedules": "schedule"
        case "clustering": "clusters"
        case "regression": "regression"
        case "network": "training"
        default: "activation"
        }
    }

    private static func mismatch(plot: String, taskKind: String) -> String {
        switch (plot, taskKind) {
        case ("contour", "optimization-1"), ("surface", "optimization-1"):
            return "plot '\(plot)' needs a 2-D objective (x and y), but this objective is 1-D; use plot: curve"
        case ("curve", "optimization-2"):
            return "plot 'curve' draws a 1-D objective, but this objective is 2-D; use plot: contour or surface"
        default:
            let fitting = plots.filter { $0.tasks.contains(taskKind) }.map(\.name)
            return "plot '\(plot)' does not fit this experiment; it can be drawn as \(fitting.joined(separator: ", "))"
        }
    }
}
