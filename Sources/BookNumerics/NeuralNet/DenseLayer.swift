/// A fully connected layer z = a·W + b, a′ = act(z), with W of shape [inputs][outputs]
/// (W[i][j] connects input unit i to output unit j).
public struct DenseLayer: Sendable, Equatable {
    /// The number of input units.
    public let inputs: Int
    /// The number of output units.
    public let outputs: Int
    /// W flattened row-major: W[i][j] is at `i * outputs + j`.
    public var weights: [Double]
    /// b, one value per output unit.
    public var bias: [Double]
    /// The activation applied to z.
    public var activation: Activation

    /// Creates a layer from W as rows and b.
    ///
    /// - Parameters:
    ///   - weights: `inputs` rows of `outputs` numbers (at least 1 × 1).
    ///   - bias: `outputs` numbers.
    ///   - activation: The activation.
    /// - Throws: ``OptimizationError`` when the rows differ in length or b does not match.
    public init(weights: [[Double]], bias: [Double], activation: Activation) throws(OptimizationError) {
        guard let first = weights.first, !first.isEmpty else {
            throw .invalid("a layer's W needs at least one row and one column")
        }
        for (i, row) in weights.enumerated() where row.count != first.count {
            throw .dimensionMismatch(what: "row \(i) of W", expected: first.count, found: row.count)
        }
        guard bias.count == first.count else {
            throw .dimensionMismatch(what: "b", expected: first.count, found: bias.count)
        }
        self.inputs = weights.count
        self.outputs = first.count
        self.weights = weights.flatMap { $0 }
        self.bias = bias
        self.activation = activation
    }

    /// Creates a layer from flat storage (no checks beyond the counts).
    init(inputs: Int, outputs: Int, weights: [Double], bias: [Double], activation: Activation) {
        self.inputs = inputs
        self.outputs = outputs
        self.weights = weights
        self.bias = bias
        self.activation = activation
    }

    /// Glorot (Xavier) uniform initialisation: every W entry is drawn, row by row, uniformly
    /// from [−√(6/(n_in+n_out)), √(6/(n_in+n_out))) with ``SeededGenerator/nextUniform(in:_:)``;
    /// b = 0.
    ///
    /// - Parameters:
    ///   - inputs: n_in ≥ 1.
    ///   - outputs: n_out ≥ 1.
    ///   - activation: The activation.
    ///   - generator: The seeded generator (advanced by n_in·n_out draws).
    public init(glorotUniformInputs inputs: Int, outputs: Int, activation: Activation, generator: inout SeededGenerator)
    {
        let limit = (6 / Double(inputs + outputs)).squareRoot()
        self.inputs = inputs
        self.outputs = outputs
        self.weights = (0..<(inputs * outputs)).map { _ in generator.nextUniform(in: -limit, limit) }
        self.bias = [Double](repeating: 0, count: outputs)
        self.activation = activation
    }

    /// W as rows.
    public var weightMatrix: [[Double]] {
        (0..<inputs).map { i in Array(weights[(i * outputs)..<((i + 1) * outputs)]) }
    }

    /// The number of parameters, n_in·n_out + n_out.
    public var parameterCount: Int { inputs * outputs + outputs }
}
