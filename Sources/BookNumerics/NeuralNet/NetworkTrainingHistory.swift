/// The record of training a network, one entry per epoch boundary e = 0 … E (e = 0 is before
/// any update). Every stored number is finite.
public struct NetworkTrainingHistory: Sendable, Equatable {
    /// The loss on all rows after e epochs.
    public internal(set) var losses: [Double] = []
    /// The accuracy on all rows after e epochs (cross-entropy only; empty for MSE).
    public internal(set) var accuracies: [Double] = []
    /// For each e, per layer, ‖∂L/∂(W, b)‖₂ of the full-data gradient after e epochs.
    public internal(set) var gradientNorms: [[Double]] = []
    /// The epochs at which ``snapshots`` were taken (always 0 and the last recorded epoch).
    public internal(set) var snapshotEpochs: [Int] = []
    /// The layers after each epoch in ``snapshotEpochs``.
    public internal(set) var snapshots: [[DenseLayer]] = []
    /// The learning rate of every update made.
    public internal(set) var learningRates: [Double] = []
    /// The network after the last recorded epoch.
    public internal(set) var final: NeuralNetwork
    /// Whether training stopped early on a non-finite loss, gradient or parameter.
    public internal(set) var diverged = false
    /// The first epoch whose state was non-finite, when ``diverged``.
    public internal(set) var divergenceEpoch: Int?
}
