import Testing

@testable import BookNumerics

@Suite struct LearningRateScheduleTests {
    @Test func closedForms() {
        let step = LearningRateSchedule.step(initial: 0.1, gamma: 0.5, stepSize: 20)
        #expect(step(0) == 0.1 && step(19) == 0.1 && step(20) == 0.05 && step(40) == 0.025)
        let exponential = LearningRateSchedule.exponential(initial: 1, rate: 0.6931471805599453)
        #expect(isClose(exponential(3), 0.125, relative: 1e-15))
        let cosine = LearningRateSchedule.cosine(initial: 1, minimum: 0.1, period: 10)
        #expect(cosine(0) == 1)
        #expect(isClose(cosine(5), 0.55, relative: 1e-15))
        #expect(isClose(cosine(10), 0.1, relative: 1e-15))
        #expect(cosine(15) == cosine(10))  // clamped at T, as optax
        #expect(LearningRateSchedule.constant(0.3).values(count: 3) == [0.3, 0.3, 0.3])
    }

    @Test func linearWarmupThenSchedule() {
        let warm = LearningRateSchedule.warmup(steps: 4, start: 0, then: .cosine(initial: 1, minimum: 0, period: 4))
        #expect(warm.values(count: 9) == [0, 0.25, 0.5, 0.75, 1, warm(5), 0.5, warm(7), 0])
        #expect(isClose(warm(6), 0.5, relative: 1e-15))
    }

    @Test func authorParameters() throws {
        #expect(
            try LearningRateSchedule(type: "cosine", parameters: ["lr0": .number(0.1), "T_max": .number(50)])
                == .cosine(initial: 0.1, minimum: 0, period: 50))
        #expect(
            try LearningRateSchedule(type: "constant", parameters: ["lr0": .number(1), "warmup_steps": .number(5)])
                == .warmup(steps: 5, start: 0, then: .constant(1)))
        #expect(
            throws: ParameterError.unknownName(
                kind: "schedule", name: "cosin", suggestion: "cosine", valid: LearningRateSchedule.typeNames)
        ) {
            try LearningRateSchedule(type: "cosin", parameters: [:])
        }
        #expect(
            throws: ParameterError.unknownKey(
                component: "schedule 'step'", key: "gama", suggestion: "gamma",
                valid: ["lr0", "gamma", "step_size", "warmup_steps", "warmup_start"])
        ) {
            try LearningRateSchedule(type: "step", parameters: ["lr0": .number(1), "gama": .number(0.5)])
        }
        #expect(
            throws: ParameterError.outOfRange(
                component: "schedule 'step'", key: "step_size", value: 0, requirement: "at least 1")
        ) {
            try LearningRateSchedule(
                type: "step", parameters: ["lr0": .number(1), "gamma": .number(0.5), "step_size": .number(0)])
        }
        #expect(throws: ParameterError.missingKey(component: "schedule 'exponential'", key: "k")) {
            try LearningRateSchedule(type: "exponential", parameters: ["lr0": .number(1)])
        }
    }
}
