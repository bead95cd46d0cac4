import BookNumerics

/// An experiment block, parsed and validated: what to compute and how the figure is titled.
///
/// Parsing resolves everything that can be wrong in the spec (names, ranges, dimensions,
/// data that does not fit the algorithm) into an ``ExperimentError`` positioned at the key or
/// value at fault; ``run()`` then only computes.
public struct Experiment: Sendable {
    /// The anchor id (`fig-ID`), if given.
    public var id: String?
    /// The figure caption.
    public var caption: String?
    /// The requested plot kind, as written (drawing is done by the figure layer).
    public var plot: String?
    /// What the experiment computes.
    var task: Task

    enum Task: Sendable {
        case optimization(OptimizationPlan)
        case schedules(SchedulePlan)
        case clustering(ClusteringPlan)
        case regression(RegressionPlan)
        case network(NetworkPlan)
    }

    /// Keys every experiment may have, whatever it computes.
    static let commonKeys = ["id", "caption", "plot"]
    /// Plot kinds the figure layer knows.
    public static let plotKinds = [
        "contour", "curve", "loss", "schedule", "surface", "regression", "clusters", "histogram", "training",
        "activation", "scatter",
    ]

    /// Parses and validates a spec written in YAML or JSON.
    ///
    /// - Parameter text: The spec.
    /// - Returns: The experiment, ready to run.
    /// - Throws: ``ExperimentError`` at the position of the first problem.
    public static func parse(_ text: String) throws(ExperimentError) -> Experiment {
        let root = try SpecNode.parse(text)
        let spec = try root.map("experiment")
        var experiment = Experiment(id: nil, caption: nil, plot: nil, task: .schedules(SchedulePlan(runs: [])))
        experiment.id = try spec.text("id")
        if let id = experiment.id, let node = spec.node("id"),
            id.isEmpty || !id.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" })
        {
            throw ExperimentError(at: node.location, "'id' must be letters, digits, '-' or '_' (it becomes the anchor fig-\(id))")
        }
        experiment.caption = try spec.text("caption")
        if let plot = try spec.text("plot"), let node = spec.node("plot") {
            guard plotKinds.contains(plot) else {
                throw ExperimentError(at: node.location, "unknown plot '\(plot)'\(hint(plot, plotKinds)); plots: \(plotKinds.joined(separator: ", "))")
            }
            experiment.plot = plot
        }
        if spec.has("objective") {
            experiment.task = .optimization(try OptimizationPlan(spec))
        } else if spec.has("algorithm") {
            experiment.task = .clustering(try ClusteringPlan(spec))
        } else if spec.has("model") {
            experiment.task = .regression(try RegressionPlan(spec))
        } else if spec.has("network") {
            experiment.task = .network(try NetworkPlan(spec))
        } else if spec.has("schedule") || spec.has("runs") {
            experiment.task = .schedules(try SchedulePlan(spec))
        } else {
            throw ExperimentError(
                at: spec.location,
                "the experiment computes nothing: give an 'objective' (optimizers), an 'algorithm' (clustering), a 'model' (regression), a 'network', or schedule 'runs'"
            )
        }
        return experiment
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
        }
        return ExperimentResult(id: id, caption: caption, plot: plot, data: data)
    }

    static func hint(_ name: String, _ candidates: [String]) -> String {
        DidYouMean.suggestion(for: name, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }
}
