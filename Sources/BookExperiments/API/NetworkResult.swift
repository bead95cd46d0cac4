import BookNumerics

/// One training run of a network: per-epoch curves and the weights before and after.
public struct NetworkResult: Sendable {
    /// The legend text.
    public var label: String
    /// The loss on the whole dataset at every epoch (epoch 0 is before training).
    public var loss: [Double]
    /// The accuracy at every epoch (classification losses only).
    public var accuracy: [Double]
    /// ‖∂L/∂θ‖ of every layer at every epoch.
    public var gradientNorms: [[Double]]
    /// The weights of every layer before training, flattened.
    public var initialWeights: [[Double]]
    /// The weights of every layer after training, flattened.
    public var finalWeights: [[Double]]
    /// Whether training left the finite range.
    public var diverged: Bool

    init(label: String, initial: NeuralNetwork, history: NetworkTrainingHistory?) {
        self.label = label
        loss = history?.losses ?? []
        accuracy = history?.accuracies ?? []
        gradientNorms = history?.gradientNorms ?? []
        initialWeights = initial.layers.map(\.weights)
        finalWeights = (history?.final ?? initial).layers.map(\.weights)
        diverged = history?.diverged ?? true
    }

    var json: JSONValue {
        .object([
            ("label", .string(label)), ("loss", .numbers(loss)), ("accuracy", .numbers(accuracy)),
            ("gradient_norms", .rows(gradientNorms)), ("initial_weights", .rows(initialWeights)),
            ("final_weights", .rows(finalWeights)), ("diverged", .bool(diverged)),
        ])
    }
}
