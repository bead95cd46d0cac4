import BookNumerics
import Foundation

/// Handlers for the numerics kinds of the reference cases. Each one only converts JSON to the
/// library's types and back: the computation is the library code the experiment blocks use.
let numericsCaseHandlers: [String: CaseHandler] = [
    "function": functionCase,
    "optimizer": optimizerCase,
    "schedule": scheduleCase,
    "multistart": multistartCase,
    "simulated_annealing": annealingCase,
    "linear_regression": linearRegressionCase,
    "mlp": mlpCase,
]

/// A handler's failure, shown by check_refs.py.
struct CaseFailure: Error, CustomStringConvertible {
    let description: String
}

/// Converts a JSON parameter object into library parameter values, skipping `skip` keys.
private func parameterValues(_ input: CaseInput, skipping skip: Set<String> = []) throws -> [String: ParameterValue] {
    var result: [String: ParameterValue] = [:]
    for (key, value) in input.fields where !skip.contains(key) {
        if let number = value as? NSNumber {
            result[key] = .number(number.doubleValue)
        } else if let list = value as? [NSNumber] {
            result[key] = .vector(list.map(\.doubleValue))
        } else if let word = value as? String {
            result[key] = .text(word)
        } else {
            throw CaseFailure(description: "parameter '\(key)' has an unsupported JSON type")
        }
    }
    return result
}

private func objective(_ input: CaseInput) throws -> Objective {
    let function = try input.object("function")
    let parameters = function.has("params") ? try parameterValues(try function.object("params")) : [:]
    let builtin = try BuiltinObjective(name: try function.string("name"), parameters: parameters)
    return Objective(builtin, l2: function.has("l2") ? try function.number("l2") : 0)
}

private func schedule(_ input: CaseInput) throws -> LearningRateSchedule {
    try LearningRateSchedule(type: try input.string("type"), parameters: try parameterValues(input, skipping: ["type"]))
}

private func optimizer(_ input: CaseInput) throws -> Optimizer {
    let params = try input.object("params")
    let lrSchedule = params.has("lr_schedule") ? try schedule(try params.object("lr_schedule")) : nil
    return try Optimizer(
        name: try input.string("name"), parameters: try parameterValues(params, skipping: ["lr_schedule"]),
        schedule: lrSchedule)
}

private func diverging(_ trajectory: Trajectory) throws {
    if trajectory.diverged {
        throw CaseFailure(description: "the run diverged at step \(trajectory.divergenceStep ?? -1)")
    }
}

@Sendable private func functionCase(_ input: CaseInput) throws -> [String: Any] {
    let f = try objective(input)
    let points = try input.matrix("points")
    var values: [Double] = []
    var gradients: [[Double]] = []
    for point in points {
        guard point.count == f.dimension else {
            throw OptimizationError.dimensionMismatch(what: "point", expected: f.dimension, found: point.count)
        }
        var gradient = [Double](repeating: 0, count: f.dimension)
        values.append(f.valueAndGradient(at: point, into: &gradient))
        gradients.append(gradient)
    }
    return ["values": values, "gradients": gradients]
}

@Sendable private func optimizerCase(_ input: CaseInput) throws -> [String: Any] {
    // The reference trajectories keep every finite iterate (the lr = 1.1 case grows on purpose),
    // so only non-finite values stop a run here; the book's default box is 1e12.
    let trajectory = try optimizer(input).run(
        on: try objective(input), from: try input.vector("start"), steps: try input.int("steps"),
        divergenceBound: .infinity)
    try diverging(trajectory)
    return ["trajectory": trajectory.iterates, "loss": trajectory.losses]
}

@Sendable private func scheduleCase(_ input: CaseInput) throws -> [String: Any] {
    ["lr": try schedule(try input.object("schedule")).values(count: try input.int("epochs"))]
}

@Sendable private func multistartCase(_ input: CaseInput) throws -> [String: Any] {
    let result = try MultiStart(
        optimizer: try optimizer(input), objective: try objective(input), starts: try input.matrix("starts"),
        steps: try input.int("steps"), divergenceBound: .infinity)
    guard let bestX = result.bestX, let bestValue = result.bestValue else {
        throw CaseFailure(description: "every run diverged")
    }
    for trajectory in result.trajectories { try diverging(trajectory) }
    return [
        "finals": result.finals.map { $0 ?? [] }, "final_values": result.finalValues.map { $0 ?? .nan },
        "best_x": bestX, "best_f": bestValue,
    ]
}

@Sendable private func annealingCase(_ input: CaseInput) throws -> [String: Any] {
    var source = InjectedProposals(proposals: try input.matrix("proposals"), uniforms: try input.vector("uniforms"))
    let run = try SimulatedAnnealing(
        objective: try objective(input), start: try input.vector("start"), initialTemperature: try input.number("T0"),
        cooling: try input.number("cooling"), steps: try input.int("steps"), source: &source)
    return [
        "trajectory": run.trajectory, "accepted": run.accepted, "best_x": run.bestX, "best_f": run.bestValue,
        "temperatures": run.temperatures,
    ]
}

@Sendable private func linearRegressionCase(_ input: CaseInput) throws -> [String: Any] {
    let problem = try LinearRegression(
        features: try input.matrix("X"), targets: try input.vector("y"),
        l2: input.has("l2") ? try input.number("l2") : 0)
    let history = try problem.train(
        weights: try input.vector("w0"), bias: try input.number("b0"),
        optimizer: Optimizer(rule: .gd, learningRate: try input.number("lr")), steps: try input.int("steps"))
    if history.diverged { throw CaseFailure(description: "training diverged at step \(history.divergenceStep ?? -1)") }
    let final = history.final
    return ["w": Array(final.dropLast()), "b": final.last ?? .nan, "loss": history.losses]
}

@Sendable private func mlpCase(_ input: CaseInput) throws -> [String: Any] {
    let layers = try input.objects("layers").map { layer -> DenseLayer in
        let name = try layer.string("activation")
        guard let activation = Activation(rawValue: name) else {
            throw CaseFailure(description: "unknown activation '\(name)'")
        }
        return try DenseLayer(weights: try layer.matrix("W"), bias: try layer.vector("b"), activation: activation)
    }
    let lossName = try input.string("loss")
    guard let loss = NetworkLoss(rawValue: lossName) else {
        throw CaseFailure(description: "unknown loss '\(lossName)'")
    }
    let network = try NeuralNetwork(layers: layers)
    let data = try NetworkData(
        inputs: try input.matrix("X"), targets: try input.vector("y").map { [$0] }, for: network, loss: loss)
    let theta = network.parameters
    var gradient = [Double](repeating: 0, count: theta.count)
    let initialLoss = network.lossAndGradient(
        theta, data: data, rows: Array(0..<data.rowCount)[...], loss: loss, into: &gradient)
    let history = try network.train(
        data: data, loss: loss, optimizer: Optimizer(rule: .gd, learningRate: try input.number("lr")),
        epochs: try input.int("steps"), snapshotInterval: Int.max)
    if history.diverged { throw CaseFailure(description: "training diverged at step \(history.divergenceEpoch ?? -1)") }
    func json(_ layers: [DenseLayer]) -> [[String: Any]] {
        layers.map { ["W": $0.weightMatrix, "b": $0.bias] }
    }
    let predictions = network.predict(data.rowInputs)
    return [
        "initial_output": predictions.map { $0[0] }, "initial_loss": initialLoss,
        "initial_gradients": json(try network.layered(gradient)), "loss": history.losses,
        "final_layers": json(history.final.layers),
    ]
}

extension NetworkData {
    /// The inputs as rows.
    var rowInputs: [[Double]] {
        (0..<rowCount).map { Array(inputs[($0 * inputWidth)..<(($0 + 1) * inputWidth)]) }
    }
}
