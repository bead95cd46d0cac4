import Foundation

/// Answers one reference case: its output fields as JSON-compatible values.
typealias CaseHandler = @Sendable (CaseInput) throws -> [String: Any]

/// Typed access to the `input` object of a reference case, with errors that name the field.
struct CaseInput {
    let fields: [String: Any]

    init(_ fields: [String: Any]) {
        self.fields = fields
    }

    struct MissingField: Error, CustomStringConvertible {
        let name: String
        let expected: String
        var description: String { "input field '\(name)' is missing or is not \(expected)" }
    }

    func has(_ name: String) -> Bool { fields[name] != nil && !(fields[name] is NSNull) }

    func string(_ name: String) throws -> String {
        guard let value = fields[name] as? String else { throw MissingField(name: name, expected: "a string") }
        return value
    }

    func number(_ name: String) throws -> Double {
        guard let value = fields[name] as? NSNumber else { throw MissingField(name: name, expected: "a number") }
        return value.doubleValue
    }

    func int(_ name: String) throws -> Int {
        Int(try number(name))
    }

    func vector(_ name: String) throws -> [Double] {
        guard let value = fields[name] as? [NSNumber] else {
            throw MissingField(name: name, expected: "a number array")
        }
        return value.map(\.doubleValue)
    }

    func matrix(_ name: String) throws -> [[Double]] {
        guard let value = fields[name] as? [[NSNumber]] else {
            throw MissingField(name: name, expected: "an array of number arrays")
        }
        return value.map { $0.map(\.doubleValue) }
    }

    func object(_ name: String) throws -> CaseInput {
        guard let value = fields[name] as? [String: Any] else { throw MissingField(name: name, expected: "an object") }
        return CaseInput(value)
    }

    func objects(_ name: String) throws -> [CaseInput] {
        guard let value = fields[name] as? [[String: Any]] else {
            throw MissingField(name: name, expected: "an array of objects")
        }
        return value.map(CaseInput.init)
    }
}
