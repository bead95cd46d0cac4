/// The loop shared by every model: batches → gradient at the optimizer's point → update,
/// recording the full-data loss after each update.
struct ParameterTrainer {
    /// Loss and gradient of the batch loss at θ over the given rows.
    typealias BatchObjective = (_ theta: [Double], _ rows: ArraySlice<Int>, _ gradient: inout [Double]) -> Double
    /// Full-data loss (and accuracy, for classifiers) at θ.
    typealias Evaluation = (_ theta: [Double]) -> (loss: Double, accuracy: Double?)

    static func train(
        initial: [Double], optimizer: Optimizer, steps: Int, batches: inout MiniBatches,
        batchObjective: BatchObjective, evaluate: Evaluation
    ) -> ParameterHistory {
        var history = ParameterHistory()
        var theta = initial
        var state = OptimizerState(rule: optimizer.rule, dimension: theta.count)
        var gradient = [Double](repeating: 0, count: theta.count)
        var lookahead = theta
        func recordState(_ k: Int) -> Bool {
            let (loss, accuracy) = evaluate(theta)
            guard loss.isFinite, theta.allSatisfy(\.isFinite) else {
                history.diverged = true
                history.divergenceStep = k
                if history.learningRates.count > 0, history.learningRates.count >= history.parameters.count {
                    history.learningRates.removeLast()
                }
                return false
            }
            history.parameters.append(theta)
            history.losses.append(loss)
            if let accuracy { history.accuracies.append(accuracy) }
            return true
        }
        guard recordState(0) else { return history }
        for k in 0..<steps {
            let rows = batches.next()
            let lr = optimizer.schedule(k)
            let point = state.gradientPoint(for: theta, into: &lookahead) ? lookahead : theta
            _ = batchObjective(point, rows, &gradient)
            history.learningRates.append(lr)
            state.step(&theta, gradient: gradient, learningRate: lr)
            guard recordState(k + 1) else { return history }
        }
        return history
    }
}
