import BookNumerics

/// Reads an optimizer from a run's keys over the experiment's top-level keys: `optimizer`,
/// `lr`, `schedule` and the optimizer's own parameters (`beta`, `beta1`, …). Shared by every
/// kind of experiment that trains something.
enum OptimizerSpec {
    /// Every optimizer parameter key except `lr`.
    static let parameterKeys: [String] = {
        var keys: [String] = []
        for name in OptimizerRule.names {
            for key in OptimizerRule.parameterKeys(of: name) where !keys.contains(key) && key != "lr" {
                keys.append(key)
            }
        }
        return keys + ["line_search"]
    }()

    /// The optimizer name of a run (`gd` when none is given), checked against `allowed`.
    static func name(run: SpecMap, top: SpecMap, allowed: [String] = OptimizerRule.names) throws(ExperimentError)
        -> String
    {
        guard let node = run.node("optimizer") ?? top.node("optimizer") else { return "gd" }
        let name = try node.text("optimizer")
        guard allowed.contains(name) else {
            throw ExperimentError(
                at: node.location,
                "unknown optimizer '\(name)'\(Experiment.hint(name, allowed)); optimizers: \(allowed.joined(separator: ", "))"
            )
        }
        return name
    }

    /// Builds the optimizer; top-level parameters apply where the optimizer has them, a run's
    /// own parameters must belong to it. Records what was set in `varying` for labels.
    static func optimizer(
        named name: String, run: SpecMap, top: SpecMap, varying: inout [String: String]
    ) throws(ExperimentError) -> Optimizer {
        func node(_ key: String) -> SpecNode? { run.node(key) ?? top.node(key) }
        func keyLocation(_ key: String) -> SpecLocation { run.keyLocation(key) ?? top.keyLocation(key) ?? run.location }

        let accepted = Set(OptimizerRule.parameterKeys(of: name) + ["line_search"])
        var parameters: [String: ParameterValue] = [:]
        for key in parameterKeys {
            if run.node(key) != nil, !accepted.contains(key) {
                let valid = accepted.filter { $0 != "lr" }.sorted()
                throw ExperimentError(
                    at: keyLocation(key),
                    "optimizer '\(name)' has no parameter '\(key)'\(Experiment.hint(key, valid)); its parameters are lr\(valid.isEmpty ? "" : ", " + valid.joined(separator: ", "))"
                )
            }
            if accepted.contains(key), let value = node(key) {
                parameters[key] = try value.parameter(key)
                varying[key] = describe(value)
            }
        }
        let lrNode = node("lr")
        if let lrNode {
            let lr = try lrNode.number("lr")
            guard lr > 0 else {
                throw ExperimentError(at: lrNode.location, "'lr' must be positive, not \(SpecNode.format(lr))")
            }
            varying["lr"] = SpecNode.format(lr)
        }
        var schedule: LearningRateSchedule? = nil
        if let scheduleNode = node("schedule") {
            schedule = try SchedulePlan.schedule(scheduleNode, lr: lrNode)
            varying["schedule"] = try scheduleNode.map("schedule").text("type") ?? "constant"
        } else if let lrNode {
            parameters["lr"] = try lrNode.parameter("lr")
        }
        do {
            return try Optimizer(name: name, parameters: parameters, schedule: schedule)
        } catch {
            throw ExperimentError(at: keyLocation(error.key), "\(error)")
        }
    }

    /// The settings every trained model shares: the optimizer, the mini-batch size (at most
    /// `rowCount`; `nil` is full batch) and the seed of the shuffling (and of the weights).
    static func training(
        run: SpecMap, top: SpecMap, rowCount: Int, varying: inout [String: String]
    ) throws(ExperimentError) -> (name: String, optimizer: Optimizer, batchSize: Int?, seed: UInt64) {
        func node(_ key: String) -> SpecNode? { run.node(key) ?? top.node(key) }
        let name = try Self.name(run: run, top: top)
        varying["optimizer"] = name
        let optimizer = try Self.optimizer(named: name, run: run, top: top, varying: &varying)
        let batchSize = try node("batch_size")?.integer("batch_size", in: 1...rowCount)
        if let batchSize { varying["batch_size"] = String(batchSize) }
        let seed = UInt64(try node("seed")?.integer("seed", in: 0...Int(Int32.max)) ?? 0)
        varying["seed"] = String(seed)
        return (name, optimizer, batchSize, seed)
    }

    /// A value as it appears in a label.
    static func describe(_ node: SpecNode) -> String {
        switch node.value {
        case .scalar(let text, let isPlain):
            if isPlain, let number = SpecNode.parseNumber(text) { return SpecNode.format(number) }
            return text
        case .list(let items): return "[" + items.map(describe).joined(separator: ", ") + "]"
        case .map: return "{…}"
        }
    }
}
