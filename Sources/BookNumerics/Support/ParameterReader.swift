/// Typed access to named parameters: rejects keys the component does not take (with a
/// did-you-mean) on creation, then reads numbers, lists and words with defaults and range checks.
///
/// Used by the factories of optimizers, schedules and built-in objectives.
struct ParameterReader {
    let component: String
    let values: [String: ParameterValue]
    let known: [String]

    init(_ values: [String: ParameterValue], component: String, known: [String]) throws(ParameterError) {
        self.component = component
        self.values = values
        self.known = known
        for key in values.keys.sorted() where !known.contains(key) {
            throw .unknownKey(
                component: component, key: key, suggestion: DidYouMean.suggestion(for: key, among: known), valid: known)
        }
    }

    func number(_ key: String, default fallback: Double? = nil) throws(ParameterError) -> Double {
        switch values[key] {
        case .number(let value)?: return value
        case .vector(let list)? where list.count == 1: return list[0]
        case let other?:
            throw .wrongType(component: component, key: key, expected: "a number", found: other.typeDescription)
        case nil:
            guard let fallback else { throw .missingKey(component: component, key: key) }
            return fallback
        }
    }

    func optionalNumber(_ key: String) throws(ParameterError) -> Double? {
        values[key] == nil ? nil : try number(key)
    }

    func integer(_ key: String, default fallback: Int? = nil) throws(ParameterError) -> Int {
        let value = try number(key, default: fallback.map(Double.init))
        guard value.rounded() == value, abs(value) < 1e15 else {
            throw .outOfRange(component: component, key: key, value: value, requirement: "a whole number")
        }
        return Int(value)
    }

    func vector(_ key: String, default fallback: [Double]? = nil) throws(ParameterError) -> [Double] {
        switch values[key] {
        case .vector(let list)?: return list
        case .number(let value)?: return [value]
        case let other?:
            throw .wrongType(
                component: component, key: key, expected: "a list of numbers", found: other.typeDescription)
        case nil:
            guard let fallback else { throw .missingKey(component: component, key: key) }
            return fallback
        }
    }

    func word(_ key: String, default fallback: String, among choices: [String]) throws(ParameterError) -> String {
        switch values[key] {
        case .text(let word)?:
            guard choices.contains(word) else {
                throw .unknownName(
                    kind: "\(component) \(key)", name: word,
                    suggestion: DidYouMean.suggestion(for: word, among: choices),
                    valid: choices)
            }
            return word
        case let other?:
            throw .wrongType(
                component: component, key: key, expected: "one of \(choices.joined(separator: ", "))",
                found: other.typeDescription)
        case nil: return fallback
        }
    }

    func require(_ key: String, _ value: Double, _ requirement: String, _ ok: (Double) -> Bool) throws(ParameterError) {
        guard value.isFinite, ok(value) else {
            throw .outOfRange(component: component, key: key, value: value, requirement: requirement)
        }
    }
}
