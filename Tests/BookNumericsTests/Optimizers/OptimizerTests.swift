import Testing

@testable import BookNumerics

@Suite struct OptimizerTests {
    @Test func trajectoryRecordsLossGradientNormAndLearningRate() throws {
        let objective = Objective(.quadratic(c: [1, 2]))
        let run = try Optimizer(rule: .gd, learningRate: 0.1).run(on: objective, from: [2.5, 2.5], steps: 3)
        #expect(run.iterateCount == 4)
        #expect(run.iterates[1] == [2.25, 2.0])
        #expect(run.losses[0] == 9.375)
        #expect(isClose(run.gradientNorms[0], (2.5 * 2.5 + 5.0 * 5.0).squareRoot()))
        #expect(run.learningRates == [0.1, 0.1, 0.1])
        #expect(!run.diverged && run.divergenceStep == nil)
    }

    /// x² from 5 with lr 1.1 multiplies x by −1.2 per step: |x_k| = 5·1.2^k first exceeds the
    /// 1e12 box at k = 143 (5·1.2^142 ≈ 8.9e11, 5·1.2^143 ≈ 1.07e12).
    @Test func divergenceStopsAtTheBoxWithoutNaN() throws {
        let square = Objective(.quadratic(c: [2]))
        let short = try Optimizer(rule: .gd, learningRate: 1.1).run(on: square, from: [5], steps: 50)
        #expect(!short.diverged && short.iterateCount == 51)
        let long = try Optimizer(rule: .gd, learningRate: 1.1).run(on: square, from: [5], steps: 200)
        #expect(long.diverged)
        #expect(long.divergenceStep == 143)
        #expect(long.iterateCount == 143)
        #expect(long.learningRates.count == 142)
        #expect(long.flatIterates.allSatisfy(\.isFinite) && long.losses.allSatisfy(\.isFinite))
        #expect(abs(long.final?[0] ?? 0) < 1e12)
        // Without a box only non-finite values stop the run: 5·1.2^200 ≈ 4e16 is still finite.
        let unbounded = try Optimizer(rule: .gd, learningRate: 1.1).run(
            on: square, from: [5], steps: 200, divergenceBound: .infinity)
        #expect(!unbounded.diverged && unbounded.iterateCount == 201)
    }

    @Test func nonFiniteLossStopsTheRun() throws {
        let logarithm = Objective(try Formula("log(x)"))
        let fromOutside = try Optimizer(rule: .gd, learningRate: 0.1).run(on: logarithm, from: [-1], steps: 10)
        #expect(fromOutside.diverged && fromOutside.divergenceStep == 0 && fromOutside.iterateCount == 0)
        #expect(fromOutside.final == nil)
        // f = log x from 0.5 with lr 1: x₁ = 0.5 − 1/0.5 = −1.5, where log is NaN.
        let crossing = try Optimizer(rule: .gd, learningRate: 1).run(on: logarithm, from: [0.5], steps: 10)
        #expect(crossing.diverged && crossing.divergenceStep == 1 && crossing.iterates == [[0.5]])
        #expect(crossing.learningRates.isEmpty)
    }

    @Test func armijoBacktrackingHalvesUntilSufficientDecrease() throws {
        // On x² from 5 the step 1.1 overshoots to −6 (f = 36 > 25); 0.55 lands on −0.5.
        let square = Objective(.quadratic(c: [2]))
        let search = try Optimizer(rule: .gd, schedule: .constant(1.1), lineSearch: ArmijoLineSearch())
        let run = try search.run(on: square, from: [5], steps: 5)
        #expect(run.learningRates[0] == 0.55)
        #expect(run.iterate(1) == [-0.5])
        #expect(!run.diverged)
        #expect(zip(run.losses, run.losses.dropFirst()).allSatisfy { $1 < $0 })
        #expect(throws: OptimizationError.self) {
            try Optimizer(
                rule: .adam(beta1: 0.9, beta2: 0.999, eps: 1e-8), schedule: .constant(0.1),
                lineSearch: ArmijoLineSearch())
        }
    }

    @Test func lineSearchCanBeNamedInTheParameters() throws {
        let optimizer = try Optimizer(name: "gd", parameters: ["lr": .number(1.1), "line_search": .text("armijo")])
        #expect(optimizer.lineSearch == ArmijoLineSearch())
        #expect(
            throws: ParameterError.unknownName(
                kind: "line_search", name: "armjio", suggestion: "armijo", valid: ["armijo", "none"])
        ) {
            try Optimizer(name: "gd", parameters: ["line_search": .text("armjio")])
        }
        #expect(throws: ParameterError.self) {
            try Optimizer(name: "adam", parameters: ["line_search": .text("armijo")])
        }
    }

    @Test func scheduleDrivesEveryUpdate() throws {
        let schedule = LearningRateSchedule.step(initial: 0.4, gamma: 0.5, stepSize: 2)
        let run = try Optimizer(rule: .gd, schedule: schedule).run(
            on: Objective(.quadratic(c: [2])), from: [1], steps: 4)
        #expect(run.learningRates == [0.4, 0.4, 0.2, 0.2])
        #expect(isClose(run.iterates.map { $0[0] }, [1, 0.2, 0.04, 0.024, 0.0144]))
    }

    @Test func authorNamesAndTorchDefaults() throws {
        let adam = try Optimizer(name: "adam", parameters: [:])
        #expect(adam.rule == .adam(beta1: 0.9, beta2: 0.999, eps: 1e-8) && adam.schedule == .constant(0.001))
        #expect(
            try Optimizer(name: "adamw", parameters: ["lr": .number(0.1)]).rule
                == .adamw(beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0.01))
        #expect(
            try Optimizer(name: "rmsprop", parameters: [:]).rule
                == .rmsprop(decay: 0.99, eps: 1e-8, initialScale: 0, placement: .outsideSqrt))
        #expect(
            try Optimizer(name: "adagrad", parameters: [:]).rule
                == .adagrad(eps: 1e-10, initialAccumulator: 0, placement: .outsideSqrt))
        #expect(
            try Optimizer(name: "momentum", parameters: ["form": .text("ema")]).rule == .momentum(beta: 0.9, form: .ema)
        )
        #expect(try Optimizer(name: "nesterov", parameters: [:]).rule == .nesterov(beta: 0.9, form: .optax))
        #expect(try Optimizer(name: "sgd", parameters: ["lr": .number(0.5)]).rule == .gd)
    }

    @Test func badOptimizerParametersNameTheKey() {
        #expect(
            throws: ParameterError.unknownName(
                kind: "optimizer", name: "adamm", suggestion: "adam", valid: OptimizerRule.names)
        ) {
            try Optimizer(name: "adamm", parameters: [:])
        }
        #expect(
            throws: ParameterError.outOfRange(
                component: "optimizer 'gd'", key: "lr", value: -0.1, requirement: "a finite number ≥ 0")
        ) {
            try Optimizer(name: "gd", parameters: ["lr": .number(-0.1)])
        }
        #expect(
            throws: ParameterError.unknownKey(
                component: "optimizer 'adam'", key: "beta3", suggestion: "beta1", valid: ["beta1", "beta2", "eps"])
        ) {
            try Optimizer(name: "adam", parameters: ["beta3": .number(0.9)])
        }
        #expect(
            throws: ParameterError.outOfRange(
                component: "optimizer 'momentum'", key: "beta", value: 1, requirement: "in [0, 1)")
        ) {
            try Optimizer(name: "momentum", parameters: ["beta": .number(1)])
        }
        do {
            _ = try Optimizer(name: "momentum", parameters: ["form": .text("emaa")])
            Issue.record("accepted an unknown form")
        } catch {
            #expect(error.description == "unknown optimizer 'momentum' form 'emaa' (did you mean 'ema'?)")
        }
    }

    @Test func runInputsAreValidated() {
        let objective = Objective(.quadratic(c: [1, 2]))
        #expect(throws: OptimizationError.dimensionMismatch(what: "start", expected: 2, found: 1)) {
            try Optimizer(rule: .gd, learningRate: 0.1).run(on: objective, from: [1], steps: 3)
        }
        #expect(throws: OptimizationError.stepsOutOfRange(-1, limit: Optimizer.maximumSteps)) {
            try Optimizer(rule: .gd, learningRate: 0.1).run(on: objective, from: [1, 1], steps: -1)
        }
    }

    @Test func multiStartPicksTheLowestFinalValue() throws {
        let objective = Objective(.quarticSine)
        let result = try MultiStart(
            optimizer: Optimizer(rule: .gd, learningRate: 0.002), objective: objective,
            starts: [[-0.2], [0.8], [1.5], [2.2], [3.2]], steps: 200)
        #expect(result.bestIndex == 4)
        let finals = result.finalValues.compactMap { $0 }
        #expect(result.bestValue == finals.min())
        #expect(result.trajectories.count == 5)
    }
}
