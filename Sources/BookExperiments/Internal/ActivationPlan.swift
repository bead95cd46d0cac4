import BookNumerics

/// Activation functions drawn over an interval: `functions: [relu, sigmoid, tanh]`,
/// `domain: {x: [-4, 4]}`, optionally with their derivatives.
struct ActivationPlan: Sendable {
    static let keys = Experiment.commonKeys + ["functions", "domain", "derivatives"]
    static let sampleCount = 401

    var functions: [Activation]
    var range: ClosedRange<Double>
    var derivatives: Bool

    init(_ spec: SpecMap) throws(ExperimentError) {
        try spec.requireKnownKeys(Self.keys, in: "an activation experiment")
        functions = []
        for item in try spec.node("functions")!.list("functions") {
            let name = try item.text("functions")
            guard let activation = Activation(rawValue: name) else {
                let names = Activation.allCases.map(\.rawValue)
                throw ExperimentError(
                    at: item.location,
                    "unknown activation '\(name)'\(Experiment.hint(name, names)); activations: \(names.joined(separator: ", "))"
                )
            }
            functions.append(activation)
        }
        guard !functions.isEmpty else {
            throw ExperimentError(at: spec.node("functions")!.location, "'functions' lists none")
        }
        range = -4...4
        if let domainNode = spec.node("domain") {
            let domain = try domainNode.map("domain")
            try domain.requireKnownKeys(["x"], in: "'domain' of an activation plot")
            let bounds = try domain.vector("x") ?? [-4, 4]
            guard bounds.count == 2, bounds[0] < bounds[1] else {
                throw ExperimentError(
                    at: domain.node("x")?.location ?? domainNode.location,
                    "'domain.x' must be [lower, upper] with lower < upper")
            }
            range = bounds[0]...bounds[1]
        }
        derivatives = try spec.bool("derivatives") ?? false
    }

    func run() -> [ActivationResult] {
        let xs = (0..<Self.sampleCount).map {
            range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / Double(Self.sampleCount - 1)
        }
        return functions.map { function in
            let values = xs.map { function($0) }
            let slopes = zip(xs, values).map { function.derivative(z: $0, a: $1) }
            return ActivationResult(
                name: function.rawValue, x: xs, value: values, derivative: derivatives ? slopes : [])
        }
    }
}

/// One activation function sampled over the domain.
public struct ActivationResult: Sendable {
    /// `relu`, `sigmoid`, `tanh` or `linear`.
    public var name: String
    /// The sample points.
    public var x: [Double]
    /// f(x).
    public var value: [Double]
    /// f′(x), when derivatives were asked for.
    public var derivative: [Double]

    var json: JSONValue {
        var members: [(String, JSONValue)] = [("label", .string(name)), ("x", .numbers(x)), ("value", .numbers(value))]
        if !derivative.isEmpty { members.append(("derivative", .numbers(derivative))) }
        return .object(members)
    }
}
