import Testing

@testable import BookNumerics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite struct SimulatedAnnealingTests {
    static let square = Objective(.quadratic(c: [2]))

    /// f = x² from 1, T₀ = 1, cooling 0.5:
    /// k=0: y = 0.5, Δ = −0.75 → accept. k=1 (T = 0.5): y = 1.5, Δ = 2, e^(−4) ≈ 0.018 < u = 0.05
    /// → reject. k=2 (T = 0.25): y = 0.6, Δ = 0.11, e^(−0.44) ≈ 0.644 → reject for u = 0.99,
    /// accept for u = 0.5.
    @Test(arguments: [(0.99, [false], [0.5]), (0.5, [true], [0.6])])
    func metropolisWithInjectedStreams(lastUniform: Double, lastAccepted: [Bool], lastState: [Double]) throws {
        var source = InjectedProposals(proposals: [[-0.5], [1.0], [0.1]], uniforms: [0.9, 0.05, lastUniform])
        let run = try SimulatedAnnealing(
            objective: Self.square, start: [1], initialTemperature: 1, cooling: 0.5, steps: 3, source: &source)
        #expect(run.accepted == [true, false] + lastAccepted)
        #expect(run.temperatures == [1, 0.5, 0.25])
        #expect(run.trajectory.count == 4)
        #expect(isClose(run.trajectory[3], lastState))
        #expect(run.bestIndex == 1 && run.bestX == [0.5] && run.bestValue == 0.25)
        #expect(exp(-0.11 / 0.25) > 0.5 && exp(-0.11 / 0.25) < 0.99)
    }

    @Test func exhaustedStreamsAreAnError() {
        var source = InjectedProposals(proposals: [[0.1]], uniforms: [0.5])
        #expect(throws: OptimizationError.self) {
            try SimulatedAnnealing(
                objective: Self.square, start: [1], initialTemperature: 1, cooling: 0.9, steps: 2, source: &source)
        }
        var wrongWidth = InjectedProposals(proposals: [[0.1, 0.2]], uniforms: [0.5])
        #expect(throws: OptimizationError.self) {
            try SimulatedAnnealing(
                objective: Self.square, start: [1], initialTemperature: 1, cooling: 0.9, steps: 1, source: &wrongWidth)
        }
    }

    @Test func seededRunsAreReproducibleAndSeedDependent() throws {
        let bowl = Objective(.sineBowl(c: [10, 5]))
        func run(_ seed: UInt64) throws -> SimulatedAnnealing {
            var source = SeededProposals(seed: seed, scale: 0.5)
            return try SimulatedAnnealing(
                objective: bowl, start: [4, 3], initialTemperature: 10, cooling: 0.95, steps: 300, source: &source)
        }
        let a = try run(1)
        let b = try run(1)
        let c = try run(2)
        #expect(a.trajectory == b.trajectory && a.accepted == b.accepted)
        #expect(a.trajectory != c.trajectory)
        #expect(a.bestValue <= a.values[0])
        #expect(a.values.min() == a.bestValue)
    }

    @Test func badTemperatureOrCoolingIsAnError() {
        var source = SeededProposals(seed: 0, scale: 1)
        #expect(throws: OptimizationError.self) {
            try SimulatedAnnealing(
                objective: Self.square, start: [1], initialTemperature: 0, cooling: 0.9, steps: 1, source: &source)
        }
        #expect(throws: OptimizationError.self) {
            try SimulatedAnnealing(
                objective: Self.square, start: [1], initialTemperature: 1, cooling: 1.5, steps: 1, source: &source)
        }
    }

    @Test func authorConfigurationDefaultsAndErrors() throws {
        let defaults = try AnnealingConfiguration(parameters: [:])
        #expect(
            defaults.initialTemperature == 1 && defaults.cooling == 0.95 && defaults.proposalScale == 0.5
                && defaults.seed == 0)
        let configuration = try AnnealingConfiguration(parameters: ["T0": .number(10), "seed": .number(7)])
        let bowl = Objective(.sineBowl(c: [10, 5]))
        let run = try configuration.run(on: bowl, from: [4, 3], steps: 100)
        var source = SeededProposals(seed: 7, scale: 0.5)
        let direct = try SimulatedAnnealing(
            objective: bowl, start: [4, 3], initialTemperature: 10, cooling: 0.95, steps: 100, source: &source)
        #expect(run.trajectory == direct.trajectory)
        #expect(
            throws: ParameterError.unknownKey(
                component: "optimizer 'annealing'", key: "colling", suggestion: "cooling",
                valid: AnnealingConfiguration.keys)
        ) {
            try AnnealingConfiguration(parameters: ["colling": .number(0.9)])
        }
        #expect(
            throws: ParameterError.outOfRange(
                component: "optimizer 'annealing'", key: "T0", value: -1, requirement: "a finite number > 0")
        ) {
            try AnnealingConfiguration(parameters: ["T0": .number(-1)])
        }
    }
}
