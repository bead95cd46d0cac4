// numerics-bench: times numerics runs through the same library calls an experiment block makes.
//
//   numerics-bench [FORMULA] [STEPS] [REPEATS]
//       Adam (lr 0.1) from (4, 3) on FORMULA: formula → Formula (reverse-mode AD) →
//       Objective → Optimizer.run → Trajectory. Default: the sine bowl, 10 000 steps, 20 repeats.
//   numerics-bench --mlp [EPOCHS] [REPEATS]
//       A [2, 16, 16, 1] tanh/tanh/sigmoid network on 200 seeded two-class points, Adam, mini-batches
//       of 32, recording loss, accuracy, gradient norms and a snapshot every 50 epochs.
//
// Prints one JSON object with the best wall time of one run in seconds.
import BookNumerics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

let arguments = CommandLine.arguments
let clock = ContinuousClock()

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

/// The best time of `repeats` runs of `body`, and the last run's result.
func best<T>(_ repeats: Int, _ body: () throws -> T) rethrows -> (Double, T) {
    var fastest = Duration.seconds(1_000_000)
    var result: T? = nil
    for _ in 0..<max(repeats, 1) {
        let started = clock.now
        result = try body()
        fastest = min(fastest, clock.now - started)
    }
    return (seconds(fastest), result!)
}

do {
    if arguments.count > 1, arguments[1] == "--mlp" {
        let epochs = arguments.count > 2 ? Int(arguments[2]) ?? 500 : 500
        let repeats = arguments.count > 3 ? Int(arguments[3]) ?? 5 : 5
        var generator = SeededGenerator(seed: 1)
        var inputs: [[Double]] = []
        var targets: [[Double]] = []
        for i in 0..<200 {
            let label = Double(i % 2)
            let angle = Double.pi * generator.nextUniform()
            let (x, y) = label == 0 ? (cos(angle), sin(angle)) : (1 - cos(angle), 0.5 - sin(angle))
            inputs.append([x + 0.1 * generator.nextNormal(), y + 0.1 * generator.nextNormal()])
            targets.append([label])
        }
        let network = try NeuralNetwork(sizes: [2, 16, 16, 1], activations: [.tanh, .tanh, .sigmoid], seed: 3)
        let data = try NetworkData(inputs: inputs, targets: targets, for: network, loss: .binaryCrossEntropy)
        let optimizer = Optimizer(rule: .adam(beta1: 0.9, beta2: 0.999, eps: 1e-8), learningRate: 0.01)
        let (time, history) = try best(repeats) {
            try network.train(
                data: data, loss: .binaryCrossEntropy, optimizer: optimizer, epochs: epochs, batchSize: 32, seed: 4,
                snapshotInterval: 50)
        }
        print(
            "{\"seconds\": \(time), \"epochs\": \(epochs), \"final_loss\": \(history.losses.last ?? .nan), "
                + "\"final_accuracy\": \(history.accuracies.last ?? .nan)}")
    } else {
        let formula = arguments.count > 1 ? arguments[1] : "x^2 + 10*sin(x) + y^2 + 5*sin(y)"
        let steps = arguments.count > 2 ? Int(arguments[2]) ?? 10_000 : 10_000
        let repeats = arguments.count > 3 ? Int(arguments[3]) ?? 20 : 20
        let (time, trajectory) = try best(repeats) {
            let objective = Objective(try Formula(formula))
            let optimizer = Optimizer(rule: .adam(beta1: 0.9, beta2: 0.999, eps: 1e-8), learningRate: 0.1)
            return try optimizer.run(on: objective, from: [4, 3], steps: steps)
        }
        print("{\"seconds\": \(time), \"final\": \(trajectory.final ?? []), \"steps\": \(steps)}")
    }
} catch {
    print("numerics-bench: \(error)")
    exit(1)
}
