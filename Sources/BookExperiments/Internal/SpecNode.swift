import BookNumerics
import Foundation
import Yams

/// A YAML value with the position of every node, converted once from Yams so that the spec
/// reader can point at the exact key or value that is wrong.
struct SpecNode: Sendable {
    enum Value: Sendable {
        case scalar(String, isPlain: Bool)
        case list([SpecNode])
        case map([Entry])
    }

    struct Entry: Sendable {
        var key: String
        var keyLocation: SpecLocation
        var value: SpecNode
    }

    var value: Value
    var location: SpecLocation

    init(value: Value, location: SpecLocation) {
        self.value = value
        self.location = location
    }

    /// The node as canonical JSON-like text: mapping keys sorted, scalars as written.
    var canonicalText: String {
        switch value {
        case .scalar(let text, let isPlain):
            if isPlain, let number = SpecNode.parseNumber(text) { return JSONValue.format(number) }
            return JSONValue.string(text).rendered
        case .list(let items):
            return "[" + items.map(\.canonicalText).joined(separator: ",") + "]"
        case .map(let entries):
            let members = entries.sorted { $0.key < $1.key }.map {
                JSONValue.string($0.key).rendered + ":" + $0.value.canonicalText
            }
            return "{" + members.joined(separator: ",") + "}"
        }
    }

    /// Parses YAML (or JSON, which YAML reads too) into a tree.
    static func parse(_ text: String) throws(ExperimentError) -> SpecNode {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                .composer(_, let problem, let mark, _):
                throw ExperimentError(
                    at: SpecLocation(line: mark.line, column: mark.column), "invalid YAML: \(problem)")
            case .duplicatedKeysInMapping(let duplicates, let context):
                throw ExperimentError(
                    at: SpecLocation(line: context.mark.line, column: context.mark.column),
                    "duplicate key '\(duplicates.joined(separator: "', '"))'")
            default:
                throw ExperimentError(at: .start, "invalid YAML: \(error)")
            }
        } catch {
            throw ExperimentError(at: .start, "invalid YAML: \(error)")
        }
        guard let root else { throw ExperimentError(at: .start, "the experiment is empty") }
        return try SpecNode(root)
    }

    private init(_ node: Node) throws(ExperimentError) {
        location = SpecLocation(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            value = .scalar(scalar.string, isPlain: scalar.style == .plain || scalar.style == .any)
        case .sequence(let sequence):
            var items: [SpecNode] = []
            for item in sequence { items.append(try SpecNode(item)) }
            value = .list(items)
        case .mapping(let mapping):
            var entries: [Entry] = []
            for (key, item) in mapping {
                let keyLocation = SpecLocation(line: key.mark?.line ?? 1, column: key.mark?.column ?? 1)
                guard let name = key.scalar?.string else {
                    throw ExperimentError(at: keyLocation, "keys must be plain words")
                }
                entries.append(Entry(key: name, keyLocation: keyLocation, value: try SpecNode(item)))
            }
            value = .map(entries)
        case .alias:
            throw ExperimentError(at: location, "YAML aliases are not supported in experiments")
        }
    }

    // MARK: - Typed access; every error names the key

    var kindDescription: String {
        switch value {
        case .scalar(let text, _): "'\(text)'"
        case .list: "a list"
        case .map: "a mapping"
        }
    }

    func text(_ key: String) throws(ExperimentError) -> String {
        guard case .scalar(let text, _) = value else {
            throw ExperimentError(at: location, "'\(key)' must be a word or a quoted text, not \(kindDescription)")
        }
        return text
    }

    func number(_ key: String) throws(ExperimentError) -> Double {
        guard case .scalar(let text, let isPlain) = value, isPlain, let number = SpecNode.parseNumber(text),
            number.isFinite
        else {
            throw ExperimentError(at: location, "'\(key)' must be a number, not \(kindDescription)")
        }
        return number
    }

    func integer(_ key: String, in range: ClosedRange<Int>) throws(ExperimentError) -> Int {
        let number = try number(key)
        guard number == number.rounded(), Double(range.lowerBound) <= number, number <= Double(range.upperBound) else {
            throw ExperimentError(
                at: location,
                "'\(key)' = \(SpecNode.format(number)) is out of range: it must be a whole number from \(range.lowerBound) to \(range.upperBound)"
            )
        }
        return Int(number)
    }

    func bool(_ key: String) throws(ExperimentError) -> Bool {
        guard case .scalar(let text, true) = value, ["true", "false"].contains(text) else {
            throw ExperimentError(at: location, "'\(key)' must be true or false, not \(kindDescription)")
        }
        return text == "true"
    }

    func list(_ key: String) throws(ExperimentError) -> [SpecNode] {
        guard case .list(let items) = value else {
            throw ExperimentError(at: location, "'\(key)' must be a list, not \(kindDescription)")
        }
        return items
    }

    func vector(_ key: String) throws(ExperimentError) -> [Double] {
        var numbers: [Double] = []
        for item in try list(key) { numbers.append(try item.number(key)) }
        return numbers
    }

    func matrix(_ key: String) throws(ExperimentError) -> [[Double]] {
        var rows: [[Double]] = []
        for item in try list(key) { rows.append(try item.vector(key)) }
        return rows
    }

    func map(_ key: String) throws(ExperimentError) -> SpecMap {
        guard case .map(let entries) = value else {
            throw ExperimentError(at: location, "'\(key)' must be a mapping of 'key: value', not \(kindDescription)")
        }
        return SpecMap(entries: entries, location: location)
    }

    /// The value as a numerics parameter: a number, a list of numbers or a word.
    func parameter(_ key: String) throws(ExperimentError) -> ParameterValue {
        switch value {
        case .scalar(let text, let isPlain):
            if isPlain, let number = SpecNode.parseNumber(text) { return .number(number) }
            return .text(text)
        case .list:
            return .vector(try vector(key))
        case .map:
            throw ExperimentError(at: location, "'\(key)' must be a number or a word, not a mapping")
        }
    }

    static func parseNumber(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.first, first.isNumber || first == "-" || first == "+" || first == "." else {
            return nil
        }
        return Double(trimmed)
    }

    /// A number as an author would write it: `0.1`, `100`, `1e-08`.
    static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return "\(number)"
    }
}

/// The entries of a YAML mapping, read key by key.
struct SpecMap: Sendable {
    var entries: [SpecNode.Entry]
    var location: SpecLocation

    func node(_ key: String) -> SpecNode? {
        entries.first { $0.key == key }?.value
    }

    func keyLocation(_ key: String) -> SpecLocation? {
        entries.first { $0.key == key }?.keyLocation
    }

    func has(_ key: String) -> Bool { node(key) != nil }

    /// The mapping with `key` set to `value` (added at the end when absent).
    func setting(_ key: String, to value: SpecNode) -> SpecMap {
        var copy = self
        if let index = copy.entries.firstIndex(where: { $0.key == key }) {
            copy.entries[index].value = value
        } else {
            copy.entries.append(SpecNode.Entry(key: key, keyLocation: value.location, value: value))
        }
        return copy
    }

    /// The mappings of the `runs:` list, each checked against `allowed`; one empty mapping
    /// when the experiment has no `runs:` (its top-level keys then describe the only run).
    func runMaps(allowed: [String], context: String) throws(ExperimentError) -> [SpecMap] {
        guard let node = node("runs") else { return [SpecMap(entries: [], location: location)] }
        var runs: [SpecMap] = []
        for item in try node.list("runs") {
            let run = try item.map("runs")
            try run.requireKnownKeys(allowed, in: context)
            runs.append(run)
        }
        guard !runs.isEmpty else { throw ExperimentError(at: node.location, "'runs' must list at least one run") }
        return runs
    }

    /// The mapping without `key`.
    func removing(_ key: String) -> SpecMap {
        var copy = self
        copy.entries.removeAll { $0.key == key }
        return copy
    }

    /// Rejects keys outside `allowed`, with a did-you-mean.
    func requireKnownKeys(_ allowed: [String], in context: String) throws(ExperimentError) {
        for entry in entries where !allowed.contains(entry.key) {
            var message = "unknown key '\(entry.key)' in \(context)"
            if let suggestion = DidYouMean.suggestion(for: entry.key, among: allowed) {
                message += " (did you mean '\(suggestion)'?)"
            }
            throw ExperimentError(at: entry.keyLocation, message)
        }
    }

    func text(_ key: String) throws(ExperimentError) -> String? { try node(key)?.text(key) }
    func number(_ key: String) throws(ExperimentError) -> Double? { try node(key)?.number(key) }
    func bool(_ key: String) throws(ExperimentError) -> Bool? { try node(key)?.bool(key) }
    func vector(_ key: String) throws(ExperimentError) -> [Double]? { try node(key)?.vector(key) }
    func matrix(_ key: String) throws(ExperimentError) -> [[Double]]? { try node(key)?.matrix(key) }
    func integer(_ key: String, in range: ClosedRange<Int>) throws(ExperimentError) -> Int? {
        try node(key)?.integer(key, in: range)
    }

    /// A number that must be positive and finite.
    func positive(_ key: String) throws(ExperimentError) -> Double? {
        guard let node = node(key) else { return nil }
        let value = try node.number(key)
        guard value > 0 else {
            throw ExperimentError(at: node.location, "'\(key)' must be positive, not \(SpecNode.format(value))")
        }
        return value
    }
}
