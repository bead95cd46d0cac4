import BookNumerics

/// A regression experiment: the data, the exact solution and the training runs.
public struct RegressionResult: Sendable {
    /// `linear_regression` or `logistic_regression`.
    public var model: String
    /// The feature rows.
    public var points: [[Double]]
    /// y for linear regression, the 0/1 labels for logistic regression.
    public var targets: [Double]
    /// The normal-equation solution of linear regression (without L2 of later runs), if any.
    public var closedForm: (weights: [Double], bias: Double)?
    /// One entry per run.
    public var runs: [RegressionRun]

    var jsonMembers: [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [
            ("model", .string(model)), ("points", .rows(points)), ("targets", .numbers(targets)),
        ]
        if let closedForm {
            members.append(
                ("closed_form", .object([("w", .numbers(closedForm.weights)), ("b", .number(closedForm.bias))])))
        }
        members.append(("runs", .array(runs.map(\.json))))
        return members
    }
}

/// One training run: the parameters and the loss after every update.
public struct RegressionRun: Sendable {
    /// The legend text.
    public var label: String
    /// (w₁, …, wₙ, b) after every update, starting with the initial values.
    public var parameters: [[Double]]
    /// J on the whole dataset after every update.
    public var loss: [Double]
    /// Logistic regression: the accuracy after every update.
    public var accuracy: [Double]
    /// Whether training left the finite range.
    public var diverged: Bool

    init(label: String, history: ParameterHistory?) {
        self.label = label
        parameters = history?.parameters ?? []
        loss = history?.losses ?? []
        accuracy = history?.accuracies ?? []
        diverged = history?.diverged ?? true
    }

    var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("label", .string(label)), ("parameters", .rows(parameters)), ("loss", .numbers(loss)),
        ]
        if !accuracy.isEmpty { members.append(("accuracy", .numbers(accuracy))) }
        members.append(("diverged", .bool(diverged)))
        return .object(members)
    }
}
