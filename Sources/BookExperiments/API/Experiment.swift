import BookNumerics

/// An experiment block, parsed and validated: what to compute, how to draw it, and which
/// claims of the prose to check.
///
/// Parsing resolves everything that can be wrong in the spec (names, ranges, dimensions,
/// data that does not fit the algorithm, a plot that does not fit the data) into an
/// ``ExperimentError`` positioned at the key or value at fault; running then only computes.
public struct Experiment: Sendable {
    /// The anchor id (`fig-ID` without the prefix), if given.
    public var id: String?
    /// The figure caption.
    public var caption: String?
    /// How the result is drawn.
    var figure: FigureOptions
    /// The claims to check against the computed data.
    var expectations: [Expectation]
    /// What the experiment computes.
    var task: Task
    /// The spec as parsed, for slider variants.
    let root: SpecMap
    /// The spec in a canonical form (mapping keys sorted, formatting and comments dropped):
    /// two specs with the same canonical text compute the same figure.
    public let canonicalText: String

    enum Task: Sendable {
        case optimization(OptimizationPlan)
        case schedules(SchedulePlan)
        case clustering(ClusteringPlan)
        case regression(RegressionPlan)
        case network(NetworkPlan)
        case activation(ActivationPlan)
    }

    /// Keys every experiment may have, whatever it computes.
    static let commonKeys = ["id", "caption", "plot", "panels", "slider", "animate", "scale", "iterations", "expect"]

    /// Parses and validates a spec written in YAML or JSON.
    ///
    /// - Parameter text: The spec.
    /// - Returns: The experiment, ready to run.
    /// - Throws: ``ExperimentError`` at the position of the first problem.
    public static func parse(_ text: String) throws(ExperimentError) -> Experiment {
        let root = try SpecNode.parse(text)
        return try Experiment(try root.map("experiment"), canonicalText: root.canonicalText)
    }

    init(_ spec: SpecMap, canonicalText: String) throws(ExperimentError) {
        root = spec
        self.canonicalText = canonicalText
        id = try spec.text("id")
        if let id, let node = spec.node("id"),
            id.isEmpty
                || !id.unicodeScalars.allSatisfy({
                    ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
                        || $0 == "_"
                }) || !(id.unicodeScalars.first.map { ("a"..."z").contains($0) || ("A"..."Z").contains($0) } ?? false)
        {
            throw ExperimentError(
                at: node.location,
                "'id' must start with a letter and hold only letters, digits, '-' or '_' (it becomes the anchor fig-\(id))"
            )
        }
        caption = try spec.text("caption")
        if spec.has("objective") {
            task = .optimization(try OptimizationPlan(spec))
        } else if spec.has("algorithm") {
            task = .clustering(try ClusteringPlan(spec))
        } else if spec.has("model") {
            task = .regression(try RegressionPlan(spec))
        } else if spec.has("network") {
            task = .network(try NetworkPlan(spec))
        } else if spec.has("functions") {
            task = .activation(try ActivationPlan(spec))
        } else if spec.has("schedule") || spec.has("runs") {
            task = .schedules(try SchedulePlan(spec))
        } else {
            throw ExperimentError(
                at: spec.location,
                "the experiment computes nothing: give an 'objective' (optimizers), an 'algorithm' (clustering), a 'model' (regression), a 'network', activation 'functions', or schedule 'runs'"
            )
        }
        figure = try FigureOptions(spec, task: task)
        expectations = try Expectation.parse(spec.node("expect"), task: task)
    }

    /// Runs the computation.
    ///
    /// - Returns: The computed data.
    public func run() -> ExperimentResult {
        let data: ExperimentResult.Data
        switch task {
        case .optimization(let plan): data = .optimization(plan.run())
        case .schedules(let plan): data = .schedules(plan.run())
        case .clustering(let plan): data = .clustering(plan.run())
        case .regression(let plan): data = .regression(plan.run())
        case .network(let plan): data = .network(plan.run())
        case .activation(let plan): data = .activation(plan.run())
        }
        return ExperimentResult(id: id, caption: caption, plot: figure.plot, data: data)
    }

    /// The same experiment with `key` set to `value` at the top level and in every run that
    /// sets it (how a slider's variants are made).
    func setting(_ key: String, to value: SpecNode) throws(ExperimentError) -> Experiment {
        var spec = root.setting(key, to: value)
        spec = spec.removing("slider")
        if let runs = spec.node("runs"), case .list(let items) = runs.value {
            let updated = items.map { item -> SpecNode in
                guard case .map(let entries) = item.value, entries.contains(where: { $0.key == key }) else {
                    return item
                }
                return SpecNode(
                    value: .map(SpecMap(entries: entries, location: item.location).setting(key, to: value).entries),
                    location: item.location)
            }
            spec = spec.setting("runs", to: SpecNode(value: .list(updated), location: runs.location))
        }
        return try Experiment(spec, canonicalText: canonicalText)
    }

    static func hint(_ name: String, _ candidates: [String]) -> String {
        DidYouMean.suggestion(for: name, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }
}
