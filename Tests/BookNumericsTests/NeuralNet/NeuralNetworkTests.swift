import Testing

@testable import BookNumerics

@Suite struct NeuralNetworkTests {
    static func data(rows: Int, inputs: Int, outputs: Int, seed: UInt64) -> (x: [[Double]], y: [[Double]]) {
        var generator = SeededGenerator(seed: seed)
        let x = (0..<rows).map { _ in (0..<inputs).map { _ in generator.nextNormal() } }
        let y = (0..<rows).map { _ in (0..<outputs).map { _ in generator.nextUniform() < 0.5 ? 0.0 : 1.0 } }
        return (x, y)
    }

    /// Backpropagation against central finite differences (h = 1e-6): relative error of the
    /// whole gradient below 1e-6, for every activation and both losses.
    @Test(arguments: [
        ([3, 5, 4, 2], [Activation.tanh, .relu, .sigmoid], NetworkLoss.binaryCrossEntropy),
        ([2, 6, 1], [Activation.sigmoid, .sigmoid], NetworkLoss.binaryCrossEntropy),
        ([2, 4, 3], [Activation.tanh, .linear], NetworkLoss.meanSquaredError),
        ([4, 3, 3, 1], [Activation.relu, .tanh, .linear], NetworkLoss.meanSquaredError),
    ])
    func backpropagationPassesAFiniteDifferenceCheck(sizes: [Int], activations: [Activation], loss: NetworkLoss) throws
    {
        let network = try NeuralNetwork(sizes: sizes, activations: activations, seed: 11)
        var (x, y) = Self.data(rows: 9, inputs: sizes[0], outputs: sizes[sizes.count - 1], seed: 5)
        if loss == .meanSquaredError { y = y.map { $0.map { 2 * $0 - 0.5 } } }
        let data = try NetworkData(inputs: x, targets: y, for: network, loss: loss)
        var theta = network.parameters
        for k in theta.indices { theta[k] += 0.1 * Double(k % 7 - 3) / 3 }  // non-zero biases too
        let rows = Array(0..<9)[...]
        var gradient: [Double] = []
        _ = network.lossAndGradient(theta, data: data, rows: rows, loss: loss, into: &gradient)
        var scratch: [Double] = []
        var numeric = [Double](repeating: 0, count: theta.count)
        let h = 1e-6
        for k in theta.indices {
            var plus = theta
            var minus = theta
            plus[k] += h
            minus[k] -= h
            let up = network.lossAndGradient(plus, data: data, rows: rows, loss: loss, into: &scratch)
            let down = network.lossAndGradient(minus, data: data, rows: rows, loss: loss, into: &scratch)
            numeric[k] = (up - down) / (2 * h)
        }
        let difference = zip(gradient, numeric).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
        let scale = max(gradient.map { $0 * $0 }.reduce(0, +), numeric.map { $0 * $0 }.reduce(0, +)).squareRoot()
        #expect(scale > 1e-3)
        #expect(difference / scale < 1e-6, "relative error \(difference / scale)")
    }

    @Test func glorotUniformInitialisationIsSeededAndBounded() throws {
        let a = try NeuralNetwork(sizes: [2, 8, 1], activations: [.tanh, .sigmoid], seed: 42)
        let b = try NeuralNetwork(sizes: [2, 8, 1], activations: [.tanh, .sigmoid], seed: 42)
        let c = try NeuralNetwork(sizes: [2, 8, 1], activations: [.tanh, .sigmoid], seed: 43)
        #expect(a == b && a != c)
        #expect(a.parameterCount == 2 * 8 + 8 + 8 + 1)
        let limit = (6.0 / 10).squareRoot()
        #expect(a.layers[0].weights.allSatisfy { abs($0) <= limit })
        #expect(a.layers[1].weights.allSatisfy { abs($0) <= (6.0 / 9).squareRoot() })
        #expect(a.layers.allSatisfy { $0.bias.allSatisfy { $0 == 0 } })
    }

    @Test func xorIsLearnedWithAdamOnFullBatches() throws {
        let network = try NeuralNetwork(sizes: [2, 8, 1], activations: [.tanh, .sigmoid], seed: 7)
        let data = try NetworkData(
            inputs: [[0, 0], [0, 1], [1, 0], [1, 1]], targets: [[0], [1], [1], [0]], for: network,
            loss: .binaryCrossEntropy)
        let history = try network.train(
            data: data, loss: .binaryCrossEntropy,
            optimizer: Optimizer(rule: .adam(beta1: 0.9, beta2: 0.999, eps: 1e-8), learningRate: 0.05), epochs: 500,
            snapshotInterval: 100)
        #expect(history.losses.count == 501 && history.accuracies.count == 501 && history.gradientNorms.count == 501)
        #expect(history.gradientNorms.allSatisfy { $0.count == 2 })
        #expect(history.snapshotEpochs == [0, 100, 200, 300, 400, 500])
        #expect(history.snapshots[0] == network.layers)
        #expect(history.accuracies.last == 1)
        #expect(history.losses.last! < 0.05)
        let predictions = history.final.predict([[0, 0], [0, 1], [1, 0], [1, 1]]).map { $0[0] }
        #expect(predictions[0] < 0.5 && predictions[1] > 0.5 && predictions[2] > 0.5 && predictions[3] < 0.5)
    }

    @Test func miniBatchTrainingIsSeededAndCountsUpdatesPerEpoch() throws {
        let network = try NeuralNetwork(sizes: [2, 4, 1], activations: [.relu, .sigmoid], seed: 1)
        let (x, y) = Self.data(rows: 10, inputs: 2, outputs: 1, seed: 2)
        let data = try NetworkData(inputs: x, targets: y, for: network, loss: .binaryCrossEntropy)
        let optimizer = Optimizer(rule: .momentum(beta: 0.9, form: .classic), learningRate: 0.1)
        let a = try network.train(
            data: data, loss: .binaryCrossEntropy, optimizer: optimizer, epochs: 5, batchSize: 4, seed: 3)
        let b = try network.train(
            data: data, loss: .binaryCrossEntropy, optimizer: optimizer, epochs: 5, batchSize: 4, seed: 3)
        #expect(a == b)
        #expect(a.learningRates.count == 15)  // ⌈10/4⌉ = 3 updates per epoch
        #expect(a.losses.count == 6)
    }

    @Test func shapeErrorsNameTheOffendingPart() throws {
        #expect(throws: OptimizationError.dimensionMismatch(what: "layer 1 (its W)", expected: 3, found: 2)) {
            try NeuralNetwork(layers: [
                try DenseLayer(weights: [[1, 2, 3]], bias: [0, 0, 0], activation: .relu),
                try DenseLayer(weights: [[1], [2]], bias: [0], activation: .sigmoid),
            ])
        }
        let network = try NeuralNetwork(sizes: [2, 1], activations: [.sigmoid], seed: 0)
        #expect(throws: OptimizationError.dimensionMismatch(what: "row 0 of X", expected: 2, found: 3)) {
            try NetworkData(inputs: [[1, 2, 3]], targets: [[1]], for: network, loss: .binaryCrossEntropy)
        }
        #expect(throws: OptimizationError.self) {
            try NetworkData(inputs: [[1, 2]], targets: [[2]], for: network, loss: .binaryCrossEntropy)
        }
    }

    @Test func misuseGivesNaNOrAnErrorNotACrash() throws {
        var network = try NeuralNetwork(sizes: [2, 3, 1], activations: [.tanh, .sigmoid], seed: 0)
        let data = try NetworkData(inputs: [[1, 2]], targets: [[1]], for: network, loss: .binaryCrossEntropy)
        var gradient: [Double] = []
        #expect(
            network.lossAndGradient([1, 2], data: data, rows: [0], loss: .binaryCrossEntropy, into: &gradient).isNaN)
        #expect(gradient == [Double](repeating: 0, count: network.parameterCount))
        #expect(
            network.lossAndGradient(
                network.parameters, data: data, rows: [5], loss: .binaryCrossEntropy, into: &gradient
            ).isNaN)
        #expect(throws: OptimizationError.dimensionMismatch(what: "the parameter vector", expected: 13, found: 2)) {
            try network.setParameters([1, 2])
        }
        #expect(network.predict([[1, 2, 3]])[0][0].isNaN)
    }
}
