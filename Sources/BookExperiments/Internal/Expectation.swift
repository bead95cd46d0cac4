/// One claim of the prose, checked against the computed data at build time:
///
///     expect:
///       - {run: 2, final_loss: "< 1e-3"}
///       - {run: 1, diverged: true}
///       - {run: 3, final_point: [0, 0], tolerance: 0.01}
///       - {run: 1, steps_below: 1e-3, steps: "<= 40"}
///       - {lowest: 3}
///       - {lipschitz: "= 2"}      # L, the Hessian's largest |eigenvalue| at the start
///
/// `run` is 1-based (or a run's label). A false claim fails the build at the claim's position,
/// with the computed value in the message.
struct Expectation: Sendable {
    enum Claim: Sendable {
        case finalLoss(Comparison)
        case finalAccuracy(Comparison)
        case finalPoint([Double], tolerance: Double)
        case diverged(Bool)
        case converged(Bool, tolerance: Double)
        case stepsBelow(Double, Comparison)
        case lowest
        case silhouette(Comparison)
        case clusters(Comparison)
        case noise(Comparison)
        case lipschitz(Comparison)
    }

    var run: Int
    var claim: Claim
    var location: SpecLocation

    static let claimKeysByTask: [String: [String]] = [
        "optimization": ["final_loss", "final_point", "diverged", "converged", "steps_below", "lowest", "lipschitz"],
        "regression": ["final_loss", "final_point", "diverged", "steps_below", "lowest", "final_accuracy"],
        "network": ["final_loss", "final_accuracy", "diverged", "lowest"],
        "clustering": ["silhouette", "clusters", "noise"],
        "schedules": [], "activation": [],
    ]

    static func parse(_ node: SpecNode?, task: Experiment.Task) throws(ExperimentError) -> [Expectation] {
        guard let node else { return [] }
        let kind = FigureOptions.kind(of: task).split(separator: "-").first.map(String.init) ?? ""
        let claimKeys = claimKeysByTask[kind] ?? []
        let labels = runLabels(task)
        var expectations: [Expectation] = []
        for item in try node.list("expect") {
            let map = try item.map("expect")
            try map.requireKnownKeys(["run", "tolerance", "steps"] + claimKeys, in: "an expect item")
            let present = claimKeys.filter { map.has($0) }
            guard present.count == 1 else {
                throw ExperimentError(
                    at: item.location,
                    present.isEmpty
                        ? "an expect item needs one claim: \(claimKeys.joined(separator: ", "))"
                        : "an expect item holds one claim, not \(present.joined(separator: " and "))")
            }
            let key = present[0]
            var run = 0
            if key == "lowest" {
                run = try runIndex(map.node("lowest")!, labels: labels, key: "lowest")
            } else if let runNode = map.node("run") {
                run = try runIndex(runNode, labels: labels, key: "run")
            } else if labels.count > 1 {
                throw ExperimentError(
                    at: item.location, "this experiment has \(labels.count) runs: say which with 'run: N'")
            }
            let claimNode = map.node(key)!
            let tolerance = try map.positive("tolerance")
            let claim: Claim
            switch key {
            case "final_loss": claim = .finalLoss(try Comparison(claimNode, key: key))
            case "final_accuracy": claim = .finalAccuracy(try Comparison(claimNode, key: key))
            case "final_point": claim = .finalPoint(try claimNode.vector(key), tolerance: tolerance ?? 1e-6)
            case "diverged": claim = .diverged(try claimNode.bool(key))
            case "converged": claim = .converged(try claimNode.bool(key), tolerance: tolerance ?? 1e-4)
            case "steps_below":
                guard let stepsNode = map.node("steps") else {
                    throw ExperimentError(at: item.location, "'steps_below' needs 'steps', e.g. steps: \"<= 40\"")
                }
                claim = .stepsBelow(try claimNode.number(key), try Comparison(stepsNode, key: "steps"))
            case "lowest": claim = .lowest
            case "silhouette": claim = .silhouette(try Comparison(claimNode, key: key))
            case "lipschitz": claim = .lipschitz(try Comparison(claimNode, key: key))
            case "clusters": claim = .clusters(try Comparison(claimNode, key: key))
            default: claim = .noise(try Comparison(claimNode, key: key))
            }
            expectations.append(Expectation(run: run, claim: claim, location: item.location))
        }
        return expectations
    }

    private static func runIndex(_ node: SpecNode, labels: [String], key: String) throws(ExperimentError) -> Int {
        if case .scalar(let text, true) = node.value, let number = Int(text) {
            guard (1...labels.count).contains(number) else {
                throw ExperimentError(
                    at: node.location,
                    "'\(key)' = \(number), but the experiment has \(labels.count) run\(labels.count == 1 ? "" : "s")")
            }
            return number - 1
        }
        let label = try node.text(key)
        guard let index = labels.firstIndex(of: label) else {
            throw ExperimentError(at: node.location, "no run is labelled '\(label)'\(Experiment.hint(label, labels))")
        }
        return index
    }

    private static func runLabels(_ task: Experiment.Task) -> [String] {
        switch task {
        case .optimization(let plan): plan.runs.map(\.label)
        case .schedules(let plan): plan.runs.map(\.label)
        case .clustering(let plan): plan.runs.map(\.label)
        case .regression(let plan): plan.runs.map(\.label)
        case .network(let plan): plan.runs.map(\.label)
        case .activation(let plan): plan.functions.map(\.rawValue)
        }
    }

    /// `nil` when the claim holds, else the error explaining what was computed.
    func check(_ result: ExperimentResult) -> ExperimentError? {
        let outcome: (holds: Bool, computed: String, claimed: String)
        switch (claim, result.data) {
        case (.finalLoss(let comparison), .optimization(let runs)):
            outcome = comparison.check(runs[run].loss.last, "final loss")
        case (.finalLoss(let comparison), .regression(let regression)):
            outcome = comparison.check(regression.runs[run].loss.last, "final loss")
        case (.finalLoss(let comparison), .network(let runs)):
            outcome = comparison.check(runs[run].loss.last, "final loss")
        case (.finalAccuracy(let comparison), .network(let runs)):
            outcome = comparison.check(runs[run].accuracy.last, "final accuracy")
        case (.finalAccuracy(let comparison), .regression(let regression)):
            outcome = comparison.check(regression.runs[run].accuracy.last, "final accuracy")
        case (.finalPoint(let point, let tolerance), .optimization(let runs)):
            outcome = Self.near(runs[run].trajectory.last, point, tolerance, runs[run].diverged)
        case (.finalPoint(let point, let tolerance), .regression(let regression)):
            outcome = Self.near(regression.runs[run].parameters.last, point, tolerance, regression.runs[run].diverged)
        case (.diverged(let expected), .optimization(let runs)):
            outcome = (
                runs[run].diverged == expected, runs[run].diverged ? "diverged" : "did not diverge",
                expected ? "diverges" : "does not diverge"
            )
        case (.diverged(let expected), .regression(let regression)):
            let diverged = regression.runs[run].diverged
            outcome = (
                diverged == expected, diverged ? "diverged" : "did not diverge",
                expected ? "diverges" : "does not diverge"
            )
        case (.diverged(let expected), .network(let runs)):
            outcome = (
                runs[run].diverged == expected, runs[run].diverged ? "diverged" : "did not diverge",
                expected ? "diverges" : "does not diverge"
            )
        case (.converged(let expected, let tolerance), .optimization(let runs)):
            let norm = runs[run].gradientNorm.last ?? .infinity
            let converged = !runs[run].diverged && norm <= tolerance
            outcome = (
                converged == expected, "final ‖∇f‖ = \(Self.format(norm))\(runs[run].diverged ? " (diverged)" : "")",
                expected ? "converges (‖∇f‖ ≤ \(Self.format(tolerance)))" : "does not converge"
            )
        case (.stepsBelow(let threshold, let comparison), .optimization(let runs)):
            outcome = Self.steps(runs[run].loss, threshold, comparison)
        case (.stepsBelow(let threshold, let comparison), .regression(let regression)):
            outcome = Self.steps(regression.runs[run].loss, threshold, comparison)
        case (.lowest, _):
            let finals = Self.finalLosses(result.data)
            let best = finals.indices.min { finals[$0] < finals[$1] }
            outcome = (
                best == run,
                "run \(best.map { $0 + 1 } ?? 0) ends lowest (\(finals.map(Self.format).joined(separator: ", ")))",
                "run \(run + 1) ends lowest"
            )
        case (.silhouette(let comparison), .clustering(let clustering)):
            outcome = comparison.check(clustering.runs[run].silhouette, "silhouette")
        case (.clusters(let comparison), .clustering(let clustering)):
            outcome = comparison.check(Double(clustering.runs[run].clusterCount), "clusters")
        case (.lipschitz(let comparison), .optimization(let runs)):
            outcome = comparison.check(
                runs[run].curvatureAtStart, "L (largest |eigenvalue| of the Hessian at the start)")
        case (.noise(let comparison), .clustering(let clustering)):
            outcome = comparison.check(Double(clustering.runs[run].noiseCount), "noise points")
        default:
            return nil
        }
        guard !outcome.holds else { return nil }
        let label = Self.runLabel(result.data, run)
        return ExperimentError(
            at: location,
            "expect failed: run \(run + 1) (\(label)): \(outcome.computed), but the text claims it \(outcome.claimed)")
    }

    private static func near(_ final: [Double]?, _ point: [Double], _ tolerance: Double, _ diverged: Bool) -> (
        Bool, String, String
    ) {
        let claimed = "ends within \(format(tolerance)) of (\(point.map(format).joined(separator: ", ")))"
        guard let final, final.count == point.count, !diverged else {
            return (false, diverged ? "it diverged" : "no final point", claimed)
        }
        let distance = zip(final, point).map { abs($0 - $1) }.max() ?? .infinity
        return (distance <= tolerance, "it ends at (\(final.map(format).joined(separator: ", ")))", claimed)
    }

    private static func steps(_ losses: [Double], _ threshold: Double, _ comparison: Comparison) -> (
        Bool, String, String
    ) {
        guard let step = losses.firstIndex(where: { $0 < threshold }) else {
            return (
                false, "the loss never falls below \(format(threshold))",
                "falls below \(format(threshold)) in \(comparison.text) steps"
            )
        }
        let (holds, _, _) = comparison.check(Double(step), "steps")
        return (
            holds, "the loss falls below \(format(threshold)) after \(step) steps",
            "does so in \(comparison.text) steps"
        )
    }

    private static func finalLosses(_ data: ExperimentResult.Data) -> [Double] {
        switch data {
        case .optimization(let runs): runs.map { $0.diverged ? .infinity : ($0.loss.last ?? .infinity) }
        case .regression(let regression): regression.runs.map { $0.diverged ? .infinity : ($0.loss.last ?? .infinity) }
        case .network(let runs): runs.map { $0.diverged ? .infinity : ($0.loss.last ?? .infinity) }
        default: []
        }
    }

    private static func runLabel(_ data: ExperimentResult.Data, _ index: Int) -> String {
        switch data {
        case .optimization(let runs): runs[index].label
        case .regression(let regression): regression.runs[index].label
        case .network(let runs): runs[index].label
        case .clustering(let clustering): clustering.runs[index].label
        case .schedules(let runs): runs[index].label
        case .activation(let functions): functions[index].name
        }
    }

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return value > 0 ? "∞" : "NaN" }
        if value != 0, abs(value) < 1e-3 || abs(value) >= 1e6 {
            let text = "\(value)"
            guard let e = text.firstIndex(of: "e"), let exponent = Int(text[text.index(after: e)...]) else {
                return text
            }
            let mantissa = ((Double(text[..<e]) ?? value) * 1000).rounded() / 1000
            let digits = mantissa == mantissa.rounded() ? String(Int(mantissa)) : "\(mantissa)"
            return digits + "e" + String(exponent)
        }
        return "\((value * 10000).rounded() / 10000)"
    }
}

/// `< 1e-3`, `<= 40`, `> 0.5`, `>= 2`, `= 3` (or a bare number, meaning equal within 1e-9).
struct Comparison: Sendable {
    enum Operator: String, Sendable {
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
        case equal = "="
    }

    var op: Operator
    var value: Double
    var text: String

    init(_ node: SpecNode, key: String) throws(ExperimentError) {
        let raw = try node.text(key).trimmingSpaces
        let operators: [Operator] = [.lessOrEqual, .greaterOrEqual, .less, .greater, .equal]
        var chosen = Operator.equal
        var rest = Substring(raw)
        for candidate in operators where raw.hasPrefix(candidate.rawValue) {
            chosen = candidate
            rest = raw.dropFirst(candidate.rawValue.count)
            break
        }
        guard let number = SpecNode.parseNumber(String(rest).trimmingSpaces), number.isFinite else {
            throw ExperimentError(
                at: node.location, "'\(key)' must be a comparison such as \"< 1e-3\" or \">= 0.9\", not '\(raw)'")
        }
        op = chosen
        value = number
        text = chosen == .equal ? "= \(Expectation.format(number))" : "\(chosen.rawValue) \(Expectation.format(number))"
    }

    func check(_ computed: Double?, _ name: String) -> (holds: Bool, computed: String, claimed: String) {
        guard let computed else { return (false, "no \(name) was computed", "has \(name) \(text)") }
        let holds: Bool
        switch op {
        case .less: holds = computed < value
        case .lessOrEqual: holds = computed <= value
        case .greater: holds = computed > value
        case .greaterOrEqual: holds = computed >= value
        case .equal: holds = abs(computed - value) <= 1e-9 * max(1, abs(value))
        }
        return (holds, "\(name) = \(Expectation.format(computed))", "has \(name) \(text)")
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
