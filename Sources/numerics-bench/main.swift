// numerics-bench: times an optimizer run through the same path an experiment block takes
// (formula → Expression (reverse-mode AD) → Objective → Optimizer.run → Trajectory).
// Usage: numerics-bench [FORMULA] [STEPS] [REPEATS]
// Prints one JSON object: the best wall time of one run in seconds, and the final iterate.
import BookNumerics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

let arguments = CommandLine.arguments
let formula = arguments.count > 1 ? arguments[1] : "x^2 + 10*sin(x) + y^2 + 5*sin(y)"
let steps = arguments.count > 2 ? Int(arguments[2]) ?? 10_000 : 10_000
let repeats = arguments.count > 3 ? Int(arguments[3]) ?? 20 : 20

do {
    let clock = ContinuousClock()
    var best = Duration.seconds(1_000_000)
    var final: [Double] = []
    for _ in 0..<max(repeats, 1) {
        let started = clock.now
        let objective = Objective(try Expression(formula))
        let optimizer = Optimizer(rule: .adam(beta1: 0.9, beta2: 0.999, eps: 1e-8), learningRate: 0.1)
        let trajectory = try optimizer.run(on: objective, from: [4, 3], steps: steps)
        let elapsed = clock.now - started
        final = trajectory.final ?? []
        if elapsed < best { best = elapsed }
    }
    let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) * 1e-18
    print("{\"seconds\": \(seconds), \"final\": \(final), \"steps\": \(steps)}")
} catch {
    print("numerics-bench: \(error)")
    exit(1)
}
