import BookNumerics

/// What an experiment computed, ready to draw or to print as JSON.
public struct ExperimentResult: Sendable {
    /// The experiment's id, if any.
    public var id: String?
    /// The caption, if any.
    public var caption: String?
    /// The requested plot kind, if any.
    public var plot: String?
    /// The computed data, by kind of experiment.
    public var data: Data

    /// The computed data of each kind of experiment.
    public enum Data: Sendable {
        case optimization([OptimizationResult])
        case schedules([ScheduleResult])
        case clustering(ClusteringResult)
        case regression(RegressionResult)
        case network([NetworkResult])
        case activation([ActivationResult])
    }

    /// The data as JSON: `{"id":…,"kind":…,"runs":[…]}` and the fields of the kind.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = []
        if let id { members.append(("id", .string(id))) }
        switch data {
        case .optimization(let runs):
            members.append(("kind", .string("optimization")))
            members.append(("runs", .array(runs.map(\.json))))
        case .schedules(let runs):
            members.append(("kind", .string("schedule")))
            members.append(("runs", .array(runs.map(\.json))))
        case .clustering(let result):
            members.append(("kind", .string("clustering")))
            members += result.jsonMembers
        case .regression(let result):
            members.append(("kind", .string("regression")))
            members += result.jsonMembers
        case .network(let runs):
            members.append(("kind", .string("network")))
            members.append(("runs", .array(runs.map(\.json))))
        case .activation(let functions):
            members.append(("kind", .string("activation")))
            members.append(("runs", .array(functions.map(\.json))))
        }
        return .object(members)
    }
}

/// One optimizer (or annealing) run.
public struct OptimizationResult: Sendable {
    /// The legend text.
    public var label: String
    /// The optimizer's name (`gd`, `adam`, `annealing`, …).
    public var optimizer: String
    /// x₀, x₁, … up to the last finite iterate.
    public var trajectory: [[Double]]
    /// f at every iterate.
    public var loss: [Double]
    /// ‖∇f‖ at every iterate (empty for annealing).
    public var gradientNorm: [Double]
    /// The learning rate of every update (empty for annealing).
    public var learningRate: [Double]
    /// Whether the run left the finite box; the arrays stop before it did.
    public var diverged: Bool
    /// The step at which it diverged.
    public var divergedAt: Int?
    /// Annealing: whether each proposal was accepted.
    public var accepted: [Bool]
    /// Annealing: the temperature of each step.
    public var temperature: [Double]
    /// L at the start: the largest |eigenvalue| of the Hessian there (for a quadratic, the
    /// Lipschitz constant of the gradient, and 2/L the step size beyond which GD diverges).
    public var curvatureAtStart: Double? = nil

    init(label: String, optimizer: String, trajectory: Trajectory?) {
        self.label = label
        self.optimizer = optimizer
        self.trajectory = trajectory?.iterates ?? []
        loss = trajectory?.losses ?? []
        gradientNorm = trajectory?.gradientNorms ?? []
        learningRate = trajectory?.learningRates ?? []
        diverged = trajectory?.diverged ?? true
        divergedAt = trajectory?.divergenceStep
        accepted = []
        temperature = []
    }

    init(label: String, annealing: SimulatedAnnealing?) {
        self.label = label
        optimizer = "annealing"
        trajectory = annealing?.trajectory ?? []
        loss = annealing?.values ?? []
        gradientNorm = []
        learningRate = []
        diverged = annealing == nil
        divergedAt = nil
        accepted = annealing?.accepted ?? []
        temperature = annealing?.temperatures ?? []
    }

    var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("label", .string(label)), ("optimizer", .string(optimizer)), ("trajectory", .rows(trajectory)),
            ("loss", .numbers(loss)),
        ]
        if optimizer == "annealing" {
            members += [("accepted", .array(accepted.map(JSONValue.bool))), ("temperature", .numbers(temperature))]
        } else {
            members += [("grad_norm", .numbers(gradientNorm)), ("lr", .numbers(learningRate))]
        }
        members += [("diverged", .bool(diverged)), ("diverged_at", divergedAt.map { .number(Double($0)) } ?? .null)]
        if let curvatureAtStart { members.append(("lipschitz_at_start", .number(curvatureAtStart))) }
        return .object(members)
    }
}

/// One learning-rate schedule, evaluated at t = 0 … steps − 1.
public struct ScheduleResult: Sendable {
    /// The legend text.
    public var label: String
    /// lr(t).
    public var learningRate: [Double]

    var json: JSONValue { .object([("label", .string(label)), ("lr", .numbers(learningRate))]) }
}
