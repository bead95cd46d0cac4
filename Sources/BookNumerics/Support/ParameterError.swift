/// A problem with the named parameters of an optimizer, schedule or built-in objective.
///
/// Each case names the offending key so the caller can point at it in the author's source.
public enum ParameterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A name (of an optimizer, schedule, objective or form) that does not exist.
    case unknownName(kind: String, name: String, suggestion: String?, valid: [String])
    /// A parameter key the component does not take.
    case unknownKey(component: String, key: String, suggestion: String?, valid: [String])
    /// A required key that is absent.
    case missingKey(component: String, key: String)
    /// A key whose value has the wrong type (e.g. a word where a number is expected).
    case wrongType(component: String, key: String, expected: String, found: String)
    /// A value outside its valid range, with the rule it breaks.
    case outOfRange(component: String, key: String, value: Double, requirement: String)

    /// The key (or name) the error is about, for positioning it in the author's source.
    public var key: String {
        switch self {
        case .unknownName(_, let name, _, _): name
        case .unknownKey(_, let key, _, _), .missingKey(_, let key), .wrongType(_, let key, _, _),
            .outOfRange(_, let key, _, _):
            key
        }
    }

    /// The message, phrased like a compiler diagnostic.
    public var description: String {
        switch self {
        case .unknownName(let kind, let name, let suggestion, let valid):
            if let suggestion { return "unknown \(kind) '\(name)' (did you mean '\(suggestion)'?)" }
            return "unknown \(kind) '\(name)'; expected one of \(valid.joined(separator: ", "))"
        case .unknownKey(let component, let key, let suggestion, let valid):
            if let suggestion { return "\(component) has no parameter '\(key)' (did you mean '\(suggestion)'?)" }
            return "\(component) has no parameter '\(key)'; its parameters are \(valid.joined(separator: ", "))"
        case .missingKey(let component, let key):
            return "\(component) needs the parameter '\(key)'"
        case .wrongType(let component, let key, let expected, let found):
            return "\(component) parameter '\(key)' must be \(expected), not \(found)"
        case .outOfRange(let component, let key, let value, let requirement):
            return "\(component) parameter '\(key)' = \(value) is invalid: it must be \(requirement)"
        }
    }
}
