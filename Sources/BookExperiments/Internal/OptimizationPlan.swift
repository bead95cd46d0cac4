import BookNumerics

/// Optimizer runs on one objective: the spec keys `objective`, `start`, `steps`, `runs`, ….
struct OptimizationPlan: Sendable {
    enum Method: Sendable {
        case optimizer(Optimizer)
        case annealing(AnnealingConfiguration)
    }

    struct Run: Sendable {
        var label: String
        var optimizerName: String
        var method: Method
        var start: [Double]
        var steps: Int
    }

    /// The longest run an experiment may ask for; a chapter must build in milliseconds.
    static let maximumSteps = 1_000_000
    static let annealingKeys = AnnealingConfiguration.keys
    static let parameterKeys = OptimizerSpec.parameterKeys + annealingKeys
    static let methodNames = OptimizerRule.names + ["annealing"]
    static let runKeys = ["label", "optimizer", "lr", "schedule", "start", "steps"] + parameterKeys
    static let keys =
        Experiment.commonKeys + ["objective", "l2", "domain", "starts"] + runKeys.filter { $0 != "label" } + ["runs"]

    var objective: Objective
    var objectiveText: String
    var domain: [ClosedRange<Double>]?
    var runs: [Run]

    init(_ spec: SpecMap) throws(ExperimentError) {
        try spec.requireKnownKeys(Self.keys, in: "an optimization experiment")
        let l2 = try spec.number("l2") ?? 0
        if l2 < 0, let node = spec.node("l2") {
            throw ExperimentError(at: node.location, "'l2' must be ≥ 0, not \(SpecNode.format(l2))")
        }
        (objective, objectiveText) = try Self.objective(spec.node("objective")!, l2: l2)
        domain = try Self.domain(spec.node("domain"), dimension: objective.dimension)

        var startsOverride: [(start: [Double], location: SpecLocation)]? = nil
        if let node = spec.node("starts") {
            var starts: [([Double], SpecLocation)] = []
            for item in try node.list("starts") { starts.append((try item.vector("starts"), item.location)) }
            guard !starts.isEmpty else {
                throw ExperimentError(at: node.location, "'starts' must list at least one start")
            }
            startsOverride = starts
        }
        let runSpecs = try spec.runMaps(allowed: Self.runKeys, context: "a run")
        var resolved: [(run: Run, varying: [String: String])] = []
        for runSpec in runSpecs {
            let starts: [(start: [Double], location: SpecLocation)?] =
                startsOverride.map { $0.map { Optional($0) } } ?? [nil]
            for start in starts {
                resolved.append(try Self.run(runSpec, top: spec, startOverride: start, objective: objective))
            }
        }
        runs = RunLabels.apply(resolved.map { ($0.run, $0.run.optimizerName, $0.varying) }, label: \.label)
    }

    func run() -> [OptimizationResult] {
        runs.map { run in
            var result: OptimizationResult
            switch run.method {
            case .optimizer(let optimizer):
                // Inputs were validated when the plan was made, so the run cannot fail.
                let trajectory = (try? optimizer.run(on: objective, from: run.start, steps: run.steps))
                result = OptimizationResult(label: run.label, optimizer: run.optimizerName, trajectory: trajectory)
            case .annealing(let configuration):
                let annealing = try? configuration.run(on: objective, from: run.start, steps: run.steps)
                result = OptimizationResult(label: run.label, annealing: annealing)
            }
            result.curvatureAtStart = objective.gradientLipschitzConstant(at: run.start)
            return result
        }
    }

    // MARK: - Reading the spec

    private static func objective(_ node: SpecNode, l2: Double) throws(ExperimentError) -> (Objective, String) {
        if case .map(let entries) = node.value {
            let map = SpecMap(entries: entries, location: node.location)
            guard let nameNode = map.node("name") else {
                throw ExperimentError(
                    at: node.location,
                    "'objective' as a mapping needs 'name:' (one of \(BuiltinObjective.names.joined(separator: ", ")))")
            }
            let name = try nameNode.text("name")
            var parameters: [String: ParameterValue] = [:]
            for entry in entries where entry.key != "name" {
                parameters[entry.key] = try entry.value.parameter(entry.key)
            }
            do {
                return (Objective(try BuiltinObjective(name: name, parameters: parameters), l2: l2), name)
            } catch {
                throw ExperimentError(at: map.keyLocation(error.key) ?? nameNode.location, "objective: \(error)")
            }
        }
        let text = try node.text("objective")
        if BuiltinObjective.names.contains(text) {
            do {
                return (Objective(try BuiltinObjective(name: text), l2: l2), text)
            } catch {
                throw ExperimentError(at: node.location, "objective '\(text)': \(error)")
            }
        }
        do {
            return (try Objective.resolve(text, l2: l2), text)
        } catch {
            var offset = error.column - 1
            if case .scalar(_, let isPlain) = node.value, !isPlain { offset += 1 }
            throw ExperimentError(at: node.location.advanced(by: offset), "objective does not parse: \(error.message)")
        }
    }

    private static func domain(_ node: SpecNode?, dimension: Int) throws(ExperimentError) -> [ClosedRange<Double>]? {
        guard let node else { return nil }
        let map = try node.map("domain")
        let axes = Array(["x", "y", "z"].prefix(dimension))
        for entry in map.entries where !axes.contains(entry.key) {
            let message =
                ["x", "y", "z"].contains(entry.key)
                ? "'domain' has '\(entry.key)' but the objective is \(dimension)-D (variables \(axes.joined(separator: ", ")))"
                : "unknown key '\(entry.key)' in 'domain'; use \(axes.joined(separator: ", "))"
            throw ExperimentError(at: entry.keyLocation, message)
        }
        var ranges: [ClosedRange<Double>] = []
        for axis in axes {
            guard let axisNode = map.node(axis) else {
                throw ExperimentError(at: node.location, "'domain' needs a range for '\(axis)', e.g. \(axis): [-3, 3]")
            }
            let bounds = try axisNode.vector("domain.\(axis)")
            guard bounds.count == 2, bounds[0] < bounds[1] else {
                throw ExperimentError(
                    at: axisNode.location, "'domain.\(axis)' must be [lower, upper] with lower < upper")
            }
            ranges.append(bounds[0]...bounds[1])
        }
        return ranges
    }

    /// One run: the run's keys over the top-level keys (which act as defaults where they apply).
    private static func run(
        _ runSpec: SpecMap, top: SpecMap, startOverride: (start: [Double], location: SpecLocation)?,
        objective: Objective
    ) throws(ExperimentError) -> (run: Run, varying: [String: String]) {
        func node(_ key: String) -> SpecNode? { runSpec.node(key) ?? top.node(key) }
        func keyLocation(_ key: String) -> SpecLocation {
            runSpec.keyLocation(key) ?? top.keyLocation(key) ?? runSpec.location
        }
        var varying: [String: String] = [:]
        let label = try runSpec.text("label") ?? ""

        let name = try OptimizerSpec.name(run: runSpec, top: top, allowed: methodNames)
        varying["optimizer"] = name

        let steps: Int
        if let stepsNode = node("steps") {
            steps = try stepsNode.integer("steps", in: 1...maximumSteps)
        } else {
            throw ExperimentError(at: runSpec.location, "missing 'steps': how many updates to run, e.g. steps: 50")
        }
        varying["steps"] = String(steps)

        let start: [Double]
        let startLocation: SpecLocation
        if let override = startOverride, runSpec.node("start") == nil {
            (start, startLocation) = override
        } else if let startNode = node("start") {
            start = try startNode.vector("start")
            startLocation = startNode.location
        } else {
            throw ExperimentError(at: runSpec.location, "missing 'start': the first iterate, e.g. start: [2.5, 2.5]")
        }
        guard start.count == objective.dimension else {
            let variables = ["x", "y", "z"].prefix(objective.dimension).joined(separator: ", ")
            throw ExperimentError(
                at: startLocation,
                "'start' has \(start.count) coordinate\(start.count == 1 ? "" : "s") but the objective is \(objective.dimension)-D (\(variables))"
            )
        }
        varying["start"] = "(" + start.map(SpecNode.format).joined(separator: ", ") + ")"

        if name == "annealing" {
            var parameters: [String: ParameterValue] = [:]
            for key in annealingKeys {
                if let value = node(key) { parameters[key] = try value.parameter(key) }
            }
            for key in ["lr", "schedule"] + parameterKeys.filter({ !annealingKeys.contains($0) }) {
                if let location = runSpec.keyLocation(key) {
                    throw ExperimentError(
                        at: location,
                        "'\(key)' does not apply to annealing; its parameters are \(annealingKeys.joined(separator: ", "))"
                    )
                }
            }
            do {
                let configuration = try AnnealingConfiguration(parameters: parameters)
                for key in annealingKeys { if let value = node(key) { varying[key] = OptimizerSpec.describe(value) } }
                return (
                    Run(
                        label: label, optimizerName: name, method: .annealing(configuration), start: start, steps: steps
                    ), varying
                )
            } catch {
                throw ExperimentError(at: keyLocation(error.key), "\(error)")
            }
        }

        let optimizer = try OptimizerSpec.optimizer(named: name, run: runSpec, top: top, varying: &varying)
        return (
            Run(label: label, optimizerName: name, method: .optimizer(optimizer), start: start, steps: steps), varying
        )
    }
}
