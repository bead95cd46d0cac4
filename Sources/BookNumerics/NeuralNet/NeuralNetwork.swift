/// A multi-layer perceptron of dense layers, with exact gradients by backpropagation.
///
/// Forward: a₀ = X, zₗ = aₗ₋₁·Wₗ + bₗ, aₗ = actₗ(zₗ). Backward: δ_L = ∂L/∂a_L ⊙ act′(z_L),
/// ∂L/∂Wₗ = aₗ₋₁ᵀ·δₗ, ∂L/∂bₗ = Σ_rows δₗ, δₗ₋₁ = (δₗ·Wₗᵀ) ⊙ act′(zₗ₋₁).
///
/// Parameters flatten layer by layer as W (row-major) then b, which is the vector every
/// optimizer updates.
public struct NeuralNetwork: Sendable, Equatable {
    /// The layers, input side first.
    public private(set) var layers: [DenseLayer]

    /// Creates a network from given layers.
    ///
    /// - Parameter layers: At least one layer; each layer's inputs must equal the previous outputs.
    /// - Throws: ``OptimizationError`` when the layers do not chain.
    public init(layers: [DenseLayer]) throws(OptimizationError) {
        guard !layers.isEmpty else { throw .invalid("a network needs at least one layer") }
        for l in 1..<layers.count where layers[l].inputs != layers[l - 1].outputs {
            throw .dimensionMismatch(
                what: "layer \(l) (its W)", expected: layers[l - 1].outputs, found: layers[l].inputs)
        }
        self.layers = layers
    }

    /// Creates a network with Glorot-uniform weights and zero biases.
    ///
    /// - Parameters:
    ///   - sizes: Unit counts, input first, e.g. [2, 8, 1] (at least two, each ≥ 1).
    ///   - activations: One per layer (`sizes.count − 1`).
    ///   - seed: Seed of the ``SeededGenerator`` drawing the weights (layer by layer, row by row).
    /// - Throws: ``OptimizationError`` when the counts do not fit.
    public init(sizes: [Int], activations: [Activation], seed: UInt64) throws(OptimizationError) {
        guard sizes.count >= 2, sizes.allSatisfy({ $0 >= 1 }) else {
            throw .invalid("layer sizes need at least an input and an output size, each ≥ 1")
        }
        guard activations.count == sizes.count - 1 else {
            throw .invalid("\(sizes.count - 1) layers need \(sizes.count - 1) activations, found \(activations.count)")
        }
        var generator = SeededGenerator(seed: seed)
        var layers: [DenseLayer] = []
        for l in 0..<activations.count {
            layers.append(
                DenseLayer(
                    glorotUniformInputs: sizes[l], outputs: sizes[l + 1], activation: activations[l],
                    generator: &generator))
        }
        self.layers = layers
    }

    /// The number of inputs of the first layer.
    public var inputCount: Int { layers[0].inputs }
    /// The number of outputs of the last layer.
    public var outputCount: Int { layers[layers.count - 1].outputs }
    /// The total number of parameters.
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }

    /// All parameters, layer by layer, W (row-major) then b.
    public var parameters: [Double] {
        var result: [Double] = []
        result.reserveCapacity(parameterCount)
        for layer in layers {
            result.append(contentsOf: layer.weights)
            result.append(contentsOf: layer.bias)
        }
        return result
    }

    /// Replaces all parameters.
    ///
    /// - Parameter theta: ``parameterCount`` values in the order of ``parameters``.
    /// - Throws: ``OptimizationError/dimensionMismatch(what:expected:found:)`` for a wrong count.
    public mutating func setParameters(_ theta: [Double]) throws(OptimizationError) {
        guard theta.count == parameterCount else {
            throw .dimensionMismatch(what: "the parameter vector", expected: parameterCount, found: theta.count)
        }
        assign(theta)
    }

    /// Replaces all parameters; `theta` has ``parameterCount`` values.
    mutating func assign(_ theta: [Double]) {
        var offset = 0
        for l in 0..<layers.count {
            let w = layers[l].inputs * layers[l].outputs
            for k in 0..<w { layers[l].weights[k] = theta[offset + k] }
            offset += w
            for k in 0..<layers[l].outputs { layers[l].bias[k] = theta[offset + k] }
            offset += layers[l].outputs
        }
    }

    /// Splits a flat parameter-shaped vector (such as a gradient) into per-layer {W, b}.
    ///
    /// - Parameter flat: ``parameterCount`` values.
    /// - Returns: One layer per layer of the network, holding the values (activations copied).
    /// - Throws: ``OptimizationError/dimensionMismatch(what:expected:found:)`` for a wrong count.
    public func layered(_ flat: [Double]) throws(OptimizationError) -> [DenseLayer] {
        var copy = self
        try copy.setParameters(flat)
        return copy.layers
    }

    /// The outputs of the last layer for each input row.
    ///
    /// - Parameter inputs: Rows of ``inputCount`` numbers.
    /// - Returns: Rows of ``outputCount`` numbers (all NaN when some row has the wrong width).
    public func predict(_ inputs: [[Double]]) -> [[Double]] {
        guard !inputs.isEmpty, inputs.allSatisfy({ $0.count == inputCount }) else {
            return inputs.map { _ in [Double](repeating: .nan, count: outputCount) }
        }
        let data = NetworkData(inputs: inputs, targets: inputs.map { _ in [Double](repeating: 0, count: outputCount) })
        let activations = forward(parameters, data: data, rows: Array(0..<inputs.count)[...]).activations
        let output = activations[activations.count - 1]
        return (0..<inputs.count).map { Array(output[($0 * outputCount)..<(($0 + 1) * outputCount)]) }
    }

    /// Forward pass over the given rows: pre-activations and activations of every layer (flat,
    /// batch-row-major); activations[0] is the input batch. Shapes must already fit.
    func forward(_ theta: [Double], data: NetworkData, rows: ArraySlice<Int>) -> (
        pre: [[Double]], activations: [[Double]]
    ) {
        let batch = rows.count
        var input = [Double](repeating: 0, count: batch * inputCount)
        for (r, i) in rows.enumerated() {
            for j in 0..<inputCount { input[r * inputCount + j] = data.inputs[i * data.inputWidth + j] }
        }
        var pre: [[Double]] = []
        var activations = [input]
        pre.reserveCapacity(layers.count)
        activations.reserveCapacity(layers.count + 1)
        var offset = 0
        theta.withUnsafeBufferPointer { w in
            for layer in layers {
                let (nIn, nOut) = (layer.inputs, layer.outputs)
                let biasOffset = offset + nIn * nOut
                var z = [Double](repeating: 0, count: batch * nOut)
                activations[activations.count - 1].withUnsafeBufferPointer { a in
                    z.withUnsafeMutableBufferPointer { z in
                        // z[r][j] = (Σᵢ a[r][i]·W[i][j]) + b[j], summed over i in order.
                        for r in 0..<batch {
                            let row = r * nOut
                            for i in 0..<nIn {
                                let value = a[r * nIn + i]
                                let weights = offset + i * nOut
                                for j in 0..<nOut { z[row &+ j] += value * w[weights &+ j] }
                            }
                            for j in 0..<nOut { z[row &+ j] += w[biasOffset &+ j] }
                        }
                    }
                }
                let activation = layer.activation
                activations.append(z.map { activation($0) })
                pre.append(z)
                offset = biasOffset + nOut
            }
        }
        return (pre, activations)
    }

    /// The batch loss and its gradient with respect to all parameters, by backpropagation.
    ///
    /// - Parameters:
    ///   - theta: Parameters in the order of ``parameters``.
    ///   - data: The training data.
    ///   - rows: The batch's row indices (non-empty).
    ///   - loss: The loss function.
    ///   - gradient: Receives ∂L/∂θ (``parameterCount`` values).
    /// - Returns: L on the batch; NaN (with a zero gradient) when θ, the data or the rows do not
    ///   fit the network, so misuse shows up as divergence rather than a crash.
    public func lossAndGradient(
        _ theta: [Double], data: NetworkData, rows: ArraySlice<Int>, loss: NetworkLoss, into gradient: inout [Double]
    ) -> Double {
        if gradient.count != parameterCount { gradient = [Double](repeating: 0, count: parameterCount) }
        guard fits(theta, data: data, rows: rows) else {
            for k in gradient.indices { gradient[k] = 0 }
            return .nan
        }
        return pass(theta, data: data, rows: rows, loss: loss, gradient: &gradient).loss
    }

    /// One forward and backward pass: the loss, the gradient, and how many rows are classified
    /// correctly (see ``accuracy(_:data:)``). Shapes must already fit.
    func pass(
        _ theta: [Double], data: NetworkData, rows: ArraySlice<Int>, loss: NetworkLoss, gradient: inout [Double]
    ) -> (loss: Double, correct: Int) {
        let batch = rows.count
        let (pre, activations) = forward(theta, data: data, rows: rows)
        let output = activations[activations.count - 1]
        let width = outputCount
        let scale = loss == .binaryCrossEntropy ? 1 / Double(batch) : 1 / Double(batch * width)
        var total = 0.0
        var correct = 0
        var delta = [Double](repeating: 0, count: batch * width)
        for (r, i) in rows.enumerated() {
            for j in 0..<width {
                let (value, derivative) = loss.term(p: output[r * width + j], y: data.targets[i * width + j])
                total += value
                delta[r * width + j] = derivative * scale
            }
            if Self.isCorrect(output[(r * width)..<((r + 1) * width)], data.targets[(i * width)..<((i + 1) * width)]) {
                correct += 1
            }
        }
        var offset = parameterCount
        theta.withUnsafeBufferPointer { w in
            gradient.withUnsafeMutableBufferPointer { g in
                for l in stride(from: layers.count - 1, through: 0, by: -1) {
                    let layer = layers[l]
                    let (nIn, nOut) = (layer.inputs, layer.outputs)
                    let z = pre[l]
                    let a = activations[l + 1]
                    for k in 0..<delta.count { delta[k] *= layer.activation.derivative(z: z[k], a: a[k]) }
                    offset -= nIn * nOut + nOut
                    let biasOffset = offset + nIn * nOut
                    for k in offset..<(biasOffset + nOut) { g[k] = 0 }
                    activations[l].withUnsafeBufferPointer { previous in
                        delta.withUnsafeBufferPointer { d in
                            // ∂L/∂W[i][j] = Σ_r a[r][i]·δ[r][j] and ∂L/∂b[j] = Σ_r δ[r][j], summed over r in order.
                            for r in 0..<batch {
                                let row = r * nOut
                                for i in 0..<nIn {
                                    let value = previous[r * nIn + i]
                                    let weights = offset + i * nOut
                                    for j in 0..<nOut { g[weights &+ j] += value * d[row &+ j] }
                                }
                                for j in 0..<nOut { g[biasOffset &+ j] += d[row &+ j] }
                            }
                        }
                    }
                    if l > 0 {
                        var next = [Double](repeating: 0, count: batch * nIn)
                        delta.withUnsafeBufferPointer { d in
                            next.withUnsafeMutableBufferPointer { next in
                                for r in 0..<batch {
                                    for i in 0..<nIn {
                                        var sum = 0.0
                                        let weights = offset + i * nOut
                                        for j in 0..<nOut { sum += d[r &* nOut &+ j] * w[weights &+ j] }
                                        next[r * nIn + i] = sum
                                    }
                                }
                            }
                        }
                        delta = next
                    }
                }
            }
        }
        return (total * scale, correct)
    }

    /// The fraction of rows classified correctly: with one output, p ≥ 0.5 ⇔ y ≥ 0.5; with
    /// several, the arg-max of p equals the arg-max of y (first index on ties).
    ///
    /// - Parameters:
    ///   - theta: Parameters.
    ///   - data: The data.
    /// - Returns: A value in [0, 1]; NaN when θ or the data do not fit the network.
    public func accuracy(_ theta: [Double], data: NetworkData) -> Double {
        let rows = Array(0..<data.rowCount)[...]
        guard fits(theta, data: data, rows: rows) else { return .nan }
        let output = forward(theta, data: data, rows: rows).activations.last ?? []
        let width = outputCount
        var correct = 0
        for i in 0..<data.rowCount
        where Self.isCorrect(output[(i * width)..<((i + 1) * width)], data.targets[(i * width)..<((i + 1) * width)]) {
            correct += 1
        }
        return Double(correct) / Double(data.rowCount)
    }

    /// Whether one row's output matches its target (threshold 0.5 for one output, arg-max otherwise).
    static func isCorrect(_ p: ArraySlice<Double>, _ y: ArraySlice<Double>) -> Bool {
        if p.count == 1 { return (p[p.startIndex] >= 0.5) == (y[y.startIndex] >= 0.5) }
        return argmax(p) == argmax(y)
    }

    /// Whether θ, the data and the rows have the shapes this network needs.
    func fits(_ theta: [Double], data: NetworkData, rows: ArraySlice<Int>) -> Bool {
        theta.count == parameterCount && data.inputWidth == inputCount && data.targetWidth == outputCount
            && data.inputs.count == data.rowCount * inputCount && data.targets.count == data.rowCount * outputCount
            && !rows.isEmpty && rows.allSatisfy { $0 >= 0 && $0 < data.rowCount }
    }

    private static func argmax(_ values: ArraySlice<Double>) -> Int {
        var best = values.startIndex
        for k in values.indices where values[k] > values[best] { best = k }
        return best - values.startIndex
    }
}
