/// One value of a named parameter as an author writes it (in an experiment spec or a reference
/// case): a number, a list of numbers, or a word.
public enum ParameterValue: Sendable, Equatable {
    /// A single number, e.g. `lr: 0.1`.
    case number(Double)
    /// A list of numbers, e.g. `c: [1, 2]`.
    case vector([Double])
    /// A word, e.g. `form: ema`.
    case text(String)

    /// A short description of the value's type for error messages ("a number", "a list", "a word").
    public var typeDescription: String {
        switch self {
        case .number: "a number"
        case .vector: "a list of numbers"
        case .text: "a word"
        }
    }
}
