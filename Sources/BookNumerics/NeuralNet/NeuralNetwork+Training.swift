extension NeuralNetwork {
    /// Trains the network with any optimizer, full-batch or on seeded mini-batches.
    ///
    /// One epoch is ⌈m/B⌉ updates (one for full batch); update k uses lr(k) of the optimizer's
    /// schedule. After every epoch the full-data loss, accuracy and per-layer gradient norms are
    /// recorded; the layers are snapshotted every `snapshotInterval` epochs and at the end.
    /// Training stops at the first non-finite loss, gradient or parameter (``NetworkTrainingHistory/diverged``).
    ///
    /// - Parameters:
    ///   - data: The training rows (see ``NetworkData/init(inputs:targets:for:loss:)``).
    ///   - loss: The loss function.
    ///   - optimizer: Rule and schedule.
    ///   - epochs: E, the number of epochs (0…``Optimizer/maximumSteps``).
    ///   - batchSize: Rows per update; `nil` is full batch.
    ///   - seed: Seed of the mini-batch shuffling.
    ///   - snapshotInterval: Take a snapshot every this many epochs (≥ 1); default 1.
    /// - Returns: The history; its ``NetworkTrainingHistory/final`` is the trained network.
    /// - Throws: ``OptimizationError`` when epochs is out of range or the data do not fit.
    public func train(
        data: NetworkData, loss: NetworkLoss, optimizer: Optimizer, epochs: Int, batchSize: Int? = nil,
        seed: UInt64 = 0,
        snapshotInterval: Int = 1
    ) throws(OptimizationError) -> NetworkTrainingHistory {
        guard epochs >= 0, epochs <= Optimizer.maximumSteps else {
            throw .stepsOutOfRange(epochs, limit: Optimizer.maximumSteps)
        }
        guard data.rowCount >= 1, data.inputWidth == inputCount, data.targetWidth == outputCount,
            data.inputs.count == data.rowCount * inputCount, data.targets.count == data.rowCount * outputCount
        else {
            throw .invalid("the data must have rows of \(inputCount) inputs and \(outputCount) targets")
        }
        var history = NetworkTrainingHistory(final: self)
        var theta = parameters
        var state = OptimizerState(rule: optimizer.rule, dimension: theta.count)
        var batches = MiniBatches(rowCount: data.rowCount, batchSize: batchSize, seed: seed)
        let all = Array(0..<data.rowCount)[...]
        var fullGradient = [Double](repeating: 0, count: theta.count)
        var gradient = fullGradient
        var lookahead = theta
        var network = self
        let interval = Swift.max(snapshotInterval, 1)
        var update = 0
        for epoch in 0...epochs {
            let (value, correct) = pass(theta, data: data, rows: all, loss: loss, gradient: &fullGradient)
            guard value.isFinite, theta.allSatisfy(\.isFinite), fullGradient.allSatisfy(\.isFinite) else {
                history.diverged = true
                history.divergenceEpoch = epoch
                break
            }
            network.assign(theta)
            history.final = network
            history.losses.append(value)
            if loss == .binaryCrossEntropy { history.accuracies.append(Double(correct) / Double(data.rowCount)) }
            history.gradientNorms.append(layerNorms(fullGradient))
            if epoch % interval == 0 || epoch == epochs {
                history.snapshotEpochs.append(epoch)
                history.snapshots.append(network.layers)
            }
            if epoch == epochs { break }
            for _ in 0..<batches.batchesPerEpoch {
                let rows = batches.next()
                let lr = optimizer.schedule(update)
                if state.gradientPoint(for: theta, into: &lookahead) {
                    _ = lossAndGradient(lookahead, data: data, rows: rows, loss: loss, into: &gradient)
                    state.step(&theta, gradient: gradient, learningRate: lr)
                } else if batches.isFullBatch && update == epoch {
                    state.step(&theta, gradient: fullGradient, learningRate: lr)
                } else {
                    _ = lossAndGradient(theta, data: data, rows: rows, loss: loss, into: &gradient)
                    state.step(&theta, gradient: gradient, learningRate: lr)
                }
                history.learningRates.append(lr)
                update += 1
            }
        }
        if history.diverged, history.snapshotEpochs.last != history.losses.count - 1, !history.losses.isEmpty {
            history.snapshotEpochs.append(history.losses.count - 1)
            history.snapshots.append(history.final.layers)
        }
        return history
    }

    /// ‖(W, b)‖₂ of each layer's slice of a parameter-shaped vector.
    func layerNorms(_ flat: [Double]) -> [Double] {
        var norms: [Double] = []
        var offset = 0
        for layer in layers {
            var sum = 0.0
            for k in offset..<(offset + layer.parameterCount) { sum += flat[k] * flat[k] }
            norms.append(sum.squareRoot())
            offset += layer.parameterCount
        }
        return norms
    }
}
