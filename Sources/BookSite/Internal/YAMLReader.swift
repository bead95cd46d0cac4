import BookMarkdown
import Yams

/// Reads YAML with Yams and turns every problem into a positioned ``Diagnostic``: syntax
/// errors at libyaml's mark, unknown keys with a did-you-mean, wrong types at the value.
struct YAMLReader {
    let file: String
    /// Lines to add to libyaml's line numbers (front matter starts on line 2 of a chapter).
    let lineOffset: Int

    init(file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    /// The root mapping of `text`.
    func rootMapping(_ text: String) throws(Diagnostic) -> Node.Mapping {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw diagnostic(for: error)
        } catch {
            throw Diagnostic(.error, file: file, "cannot read YAML: \(error)")
        }
        guard let root else { return Node.Mapping([]) }
        guard let mapping = root.mapping else {
            throw Diagnostic(
                .error, file: file, location: location(root.mark), "expected a mapping of 'key: value' lines")
        }
        return mapping
    }

    func location(_ mark: Mark?) -> SourceLocation? {
        guard let mark else { return nil }
        return SourceLocation(line: mark.line + lineOffset, column: mark.column)
    }

    /// Errors for keys not in `allowed`, each with a suggestion.
    func unknownKeys(in mapping: Node.Mapping, allowed: [String], context: String) -> [Diagnostic] {
        mapping.compactMap { key, _ in
            let name = key.string ?? "\(key)"
            guard !allowed.contains(name) else { return nil }
            let hint = Spelling.hint(for: name, among: allowed)
            return Diagnostic(
                .error, file: file, location: location(key.mark),
                "unknown key '\(name)' in \(context)\(hint); allowed keys: \(allowed.joined(separator: ", "))")
        }
    }

    func value(_ key: String, in mapping: Node.Mapping) -> (key: Node, value: Node)? {
        for (candidate, value) in mapping where candidate.string == key {
            return (candidate, value)
        }
        return nil
    }

    /// A string value; numbers and booleans are taken as written.
    func string(_ key: String, in mapping: Node.Mapping) throws(Diagnostic) -> String? {
        guard let (_, node) = value(key, in: mapping) else { return nil }
        guard let scalar = node.scalar else {
            throw Diagnostic(
                .error, file: file, location: location(node.mark), "'\(key)' must be a single line of text")
        }
        return scalar.string
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return Diagnostic(.error, file: file, location: location(mark), "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                .error, file: file, location: location(context.mark),
                "duplicate key '\(duplicates.joined(separator: "', '"))'")
        case .reader(let problem, _, _, _):
            return Diagnostic(.error, file: file, "invalid YAML: \(problem)")
        default:
            return Diagnostic(.error, file: file, "invalid YAML: \(error)")
        }
    }
}
