/// Training rows for a network: inputs and targets, stored flat.
public struct NetworkData: Sendable, Equatable {
    /// Inputs, row-major (rowCount × inputWidth).
    public let inputs: [Double]
    /// Targets, row-major (rowCount × targetWidth).
    public let targets: [Double]
    /// m.
    public let rowCount: Int
    /// Numbers per input row.
    public let inputWidth: Int
    /// Numbers per target row.
    public let targetWidth: Int

    /// Creates data without checks (rows are assumed rectangular).
    ///
    /// - Parameters:
    ///   - inputs: m rows of inputs.
    ///   - targets: m rows of targets.
    public init(inputs: [[Double]], targets: [[Double]]) {
        self.inputs = inputs.flatMap { $0 }
        self.targets = targets.flatMap { $0 }
        self.rowCount = inputs.count
        self.inputWidth = inputs.first?.count ?? 0
        self.targetWidth = targets.first?.count ?? 0
    }

    /// Creates data with validation against a network.
    ///
    /// - Parameters:
    ///   - inputs: m ≥ 1 rows of `network.inputCount` numbers.
    ///   - targets: m rows of `network.outputCount` numbers (in [0, 1] for cross-entropy).
    ///   - network: The network the data is for.
    ///   - loss: The loss the data is for.
    /// - Throws: ``OptimizationError`` naming the first row that does not fit.
    public init(inputs: [[Double]], targets: [[Double]], for network: NeuralNetwork, loss: NetworkLoss)
        throws(OptimizationError)
    {
        guard !inputs.isEmpty else { throw .invalid("X must have at least one row") }
        guard inputs.count == targets.count else {
            throw .invalid("y has \(targets.count) rows but X has \(inputs.count)")
        }
        for (i, row) in inputs.enumerated() where row.count != network.inputCount {
            throw .dimensionMismatch(what: "row \(i) of X", expected: network.inputCount, found: row.count)
        }
        for (i, row) in targets.enumerated() where row.count != network.outputCount {
            throw .dimensionMismatch(what: "row \(i) of y", expected: network.outputCount, found: row.count)
        }
        if loss == .binaryCrossEntropy, let bad = targets.firstIndex(where: { $0.contains { !($0 >= 0 && $0 <= 1) } }) {
            throw .invalid("row \(bad) of y: binary cross-entropy needs targets between 0 and 1")
        }
        self.init(inputs: inputs, targets: targets)
    }
}
