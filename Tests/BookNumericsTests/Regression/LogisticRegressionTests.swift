import Testing

@testable import BookNumerics

@Suite struct LogisticRegressionTests {
    @Test func separableDataReachesFullAccuracy() throws {
        let features: [[Double]] = [
            [-2, -1], [-1.5, -0.5], [-1, -1.5], [-0.5, -2], [1, 1.5], [1.5, 0.5], [2, 1], [0.5, 2],
        ]
        let labels: [Double] = [0, 0, 0, 0, 1, 1, 1, 1]
        let problem = try LogisticRegression(features: features, labels: labels)
        let history = try problem.train(
            weights: [0, 0], bias: 0,
            optimizer: Optimizer(rule: .adam(beta1: 0.9, beta2: 0.999, eps: 1e-8), learningRate: 0.1),
            steps: 200)
        #expect(isClose(history.losses[0], 0.6931471805599453, relative: 1e-15))  // log 2 at θ = 0
        #expect(history.accuracies.last == 1)
        #expect(history.losses.last! < 0.05)
        // Gradient at θ = 0 by hand: (1/m)·Σ(0.5 − y)x.
        var gradient = [0.0, 0.0, 0.0]
        _ = problem.lossAndGradient([0, 0, 0], rows: Array(0..<8)[...], into: &gradient)
        let expected = [0, 1].map { j in zip(features, labels).map { (0.5 - $1) * $0[j] }.reduce(0, +) / 8 }
        #expect(isClose(Array(gradient.prefix(2)), expected) && gradient[2] == 0)
        #expect(throws: OptimizationError.self) { try LogisticRegression(features: [[1]], labels: [2]) }
    }
}
