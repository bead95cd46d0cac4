import Testing

@testable import BookNumerics

@Suite struct TrajectoryTests {
    static let rules: [OptimizerRule] = [
        .gd, .momentum(beta: 0.9, form: .classic), .momentum(beta: 0.9, form: .ema), .nesterov(beta: 0.9, form: .optax),
        .nesterov(beta: 0.9, form: .lookahead), .adagrad(eps: 1e-7, initialAccumulator: 0.1, placement: .insideSqrt),
        .adagrad(eps: 1e-10, initialAccumulator: 0, placement: .outsideSqrt),
        .rmsprop(decay: 0.9, eps: 1e-8, initialScale: 0, placement: .insideSqrt),
        .rmsprop(decay: 0.99, eps: 1e-8, initialScale: 0, placement: .outsideSqrt),
        .adam(beta1: 0.9, beta2: 0.999, eps: 1e-8),
        .adamw(beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0.01),
    ]

    /// Every rule, on a formula objective, keeps the record's invariants and makes progress.
    @Test(arguments: rules)
    func recordInvariantsHoldForEveryRule(_ rule: OptimizerRule) throws {
        let objective = Objective(try Formula("0.5*(x^2 + 2*y^2)"))
        let trajectory = try Optimizer(rule: rule, schedule: .cosine(initial: 0.05, minimum: 0.001, period: 150))
            .run(on: objective, from: [2.5, 2.5], steps: 200)
        #expect(!trajectory.diverged)
        #expect(trajectory.iterateCount == 201)
        #expect(trajectory.losses.count == 201 && trajectory.gradientNorms.count == 201)
        #expect(trajectory.learningRates.count == 200)
        #expect(trajectory.learningRates[199] == 0.001)
        #expect(trajectory.flatIterates.count == 402)
        #expect(trajectory.finalLoss! < trajectory.losses[0])
        for k in [0, 57, 200] {
            #expect(isClose(trajectory.losses[k], objective.value(at: trajectory.iterate(k))))
        }
    }

    @Test func tooLargeStepOnACoupledBowlStopsAtTheBox() throws {
        // gd with lr 1.5 on 0.5(x² + 2y²): the y factor is 1 − 3 = −2 per step; the box at 1e12 is
        // crossed when 2.5·2^k > 1e12, i.e. k = 39.
        let objective = Objective(.quadratic(c: [1, 2]))
        let run = try Optimizer(rule: .gd, learningRate: 1.5).run(on: objective, from: [2.5, 2.5], steps: 100)
        #expect(run.diverged && run.divergenceStep == 39 && run.iterateCount == 39)
    }
}
