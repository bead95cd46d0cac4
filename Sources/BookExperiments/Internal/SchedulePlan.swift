import BookNumerics

/// Learning-rate schedules on their own: `runs: [{schedule: {type: cosine, lr0: 0.1, T_max: 50}}]`.
struct SchedulePlan: Sendable {
    static let keys = Experiment.commonKeys + ["steps", "schedule", "runs"]
    static let runKeys = ["label", "schedule"]

    var runs: [(label: String, schedule: LearningRateSchedule, steps: Int)]

    init(runs: [(label: String, schedule: LearningRateSchedule, steps: Int)]) {
        self.runs = runs
    }

    init(_ spec: SpecMap) throws(ExperimentError) {
        try spec.requireKnownKeys(Self.keys, in: "a schedule experiment")
        guard let stepsNode = spec.node("steps") else {
            throw ExperimentError(at: spec.location, "missing 'steps': how many steps to evaluate the schedules for")
        }
        let steps = try stepsNode.integer("steps", in: 1...OptimizationPlan.maximumSteps)
        var scheduleNodes: [(label: String?, node: SpecNode)] = []
        if let node = spec.node("schedule") { scheduleNodes.append((nil, node)) }
        for item in try spec.node("runs")?.list("runs") ?? [] {
            let run = try item.map("runs")
            try run.requireKnownKeys(Self.runKeys, in: "a schedule run")
            guard let node = run.node("schedule") else {
                throw ExperimentError(at: item.location, "a schedule run needs 'schedule: {type: …, lr0: …}'")
            }
            scheduleNodes.append((try run.text("label"), node))
        }
        runs = []
        for (label, node) in scheduleNodes {
            let schedule = try Self.schedule(node)
            let type = try node.map("schedule").text("type") ?? "constant"
            runs.append((label ?? type, schedule, steps))
        }
    }

    /// A `schedule: {type: …, …}` mapping.
    static func schedule(_ node: SpecNode, lr: SpecNode? = nil) throws(ExperimentError) -> LearningRateSchedule {
        let map = try node.map("schedule")
        let type = try map.text("type") ?? "constant"
        var parameters: [String: ParameterValue] = [:]
        for entry in map.entries where entry.key != "type" {
            parameters[entry.key] = try entry.value.parameter(entry.key)
        }
        if parameters["lr0"] == nil, let lr { parameters["lr0"] = try lr.parameter("lr") }
        do {
            return try LearningRateSchedule(type: type, parameters: parameters)
        } catch {
            let location = error.key == type ? map.node("type")?.location : map.keyLocation(error.key)
            throw ExperimentError(at: location ?? node.location, "\(error)")
        }
    }

    func run() -> [ScheduleResult] {
        runs.map { ScheduleResult(label: $0.label, learningRate: $0.schedule.values(count: $0.steps)) }
    }
}
