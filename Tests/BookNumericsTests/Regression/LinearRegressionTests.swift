import Testing

@testable import BookNumerics

@Suite struct LinearRegressionTests {
    /// y = 2x₁ − 3x₂ + 1 plus a small deterministic wiggle, on a 7 × 5 grid.
    static func data() -> (features: [[Double]], targets: [Double]) {
        var features: [[Double]] = []
        var targets: [Double] = []
        for i in 0..<7 {
            for j in 0..<5 {
                let x1 = Double(i) / 3 - 1
                let x2 = Double(j) / 2 - 0.8
                features.append([x1, x2])
                targets.append(2 * x1 - 3 * x2 + 1 + 0.05 * Double((i * 7 + j * 3) % 5 - 2))
            }
        }
        return (features, targets)
    }

    @Test func oneStepByHand() throws {
        // X = [[1], [2]], y = [1, 2], θ₀ = 0: J = (1 + 4)/4, ∂J/∂w = −(1·1 + 2·2)/2, ∂J/∂b = −(1 + 2)/2.
        let problem = try LinearRegression(features: [[1], [2]], targets: [1, 2])
        let history = try problem.train(
            weights: [0], bias: 0, optimizer: Optimizer(rule: .gd, learningRate: 0.1), steps: 1)
        #expect(history.losses[0] == 1.25)
        #expect(isClose(history.parameters[1], [0.25, 0.15]))
        #expect(history.learningRates == [0.1])
    }

    @Test(arguments: [0.0, 2.0])
    func batchGradientDescentConvergesToTheClosedForm(l2: Double) throws {
        let (features, targets) = Self.data()
        let problem = try LinearRegression(features: features, targets: targets, l2: l2)
        let exact = try #require(problem.closedForm())
        let history = try problem.train(
            weights: [0, 0], bias: 0, optimizer: Optimizer(rule: .gd, learningRate: 0.5), steps: 3000)
        #expect(isClose(history.final, exact.weights + [exact.bias], relative: 1e-9, absolute: 1e-9))
        #expect(zip(history.losses, history.losses.dropFirst()).allSatisfy { $1 <= $0 + 1e-15 })
        // The closed form is a stationary point of J.
        var gradient = [0.0, 0.0, 0.0]
        _ = problem.lossAndGradient(exact.weights + [exact.bias], rows: Array(0..<35)[...], into: &gradient)
        #expect(gradient.allSatisfy { abs($0) < 1e-12 })
        if l2 == 0 { #expect(isClose(exact.weights, [2, -3], relative: 0.05)) }
    }

    @Test func miniBatchSGDIsSeededAndGetsClose() throws {
        let (features, targets) = Self.data()
        let problem = try LinearRegression(features: features, targets: targets)
        let exact = try #require(problem.closedForm())
        let optimizer = Optimizer(rule: .gd, learningRate: 0.05)
        let a = try problem.train(weights: [0, 0], bias: 0, optimizer: optimizer, steps: 2000, batchSize: 8, seed: 3)
        let b = try problem.train(weights: [0, 0], bias: 0, optimizer: optimizer, steps: 2000, batchSize: 8, seed: 3)
        let c = try problem.train(weights: [0, 0], bias: 0, optimizer: optimizer, steps: 2000, batchSize: 8, seed: 4)
        #expect(a == b)
        #expect(a.parameters != c.parameters)
        #expect(a.losses.count == 2001)
        #expect(isClose(a.final, exact.weights + [exact.bias], relative: 0, absolute: 0.05))
        #expect(a.losses.last! < 1.01 * problem.loss(weights: exact.weights, bias: exact.bias) + 1e-3)
    }

    @Test func miniBatchesCoverEveryRowOncePerEpoch() {
        var batches = MiniBatches(rowCount: 10, batchSize: 4, seed: 9)
        #expect(batches.batchesPerEpoch == 3)
        for _ in 0..<3 {
            var seen: [Int] = []
            for _ in 0..<3 { seen += batches.next() }
            #expect(seen.sorted() == Array(0..<10))
        }
        var full = MiniBatches(rowCount: 5, batchSize: nil, seed: 0)
        #expect(Array(full.next()) == [0, 1, 2, 3, 4])
    }

    @Test func badShapesAreErrors() {
        #expect(throws: OptimizationError.dimensionMismatch(what: "row 1 of X", expected: 2, found: 1)) {
            try LinearRegression(features: [[1, 2], [3]], targets: [1, 2])
        }
        #expect(throws: OptimizationError.self) { try LinearRegression(features: [[1]], targets: [1, 2]) }
        #expect(throws: OptimizationError.self) { try LinearRegression(features: [[1]], targets: [1], l2: -1) }
    }
}
