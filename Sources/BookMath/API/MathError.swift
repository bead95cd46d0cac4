/// A problem in a TeX formula, positioned inside the formula.
public struct MathError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, in one sentence (no position, no suggestion).
    public let message: String
    /// The UTF-8 byte offset into the TeX source where the problem starts.
    public let offset: Int
    /// What the author probably meant, such as `\frac`, when one candidate is close enough.
    public let suggestion: String?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - message: What is wrong.
    ///   - offset: The UTF-8 byte offset into the TeX source where the problem starts.
    ///   - suggestion: A did-you-mean candidate, or `nil`.
    public init(message: String, offset: Int, suggestion: String? = nil) {
        self.message = message
        self.offset = offset
        self.suggestion = suggestion
    }

    /// The message followed by `(did you mean '…'?)` when there is a suggestion.
    public var description: String {
        guard let suggestion else { return message }
        return "\(message) (did you mean '\(suggestion)'?)"
    }
}
