// refcheck: speaks the batch interface of shared/reference/check_refs.py.
// stdin: a JSON array of case inputs; stdout: a JSON array of results in the same order.
// Each case is answered by the handler registered for its "kind" (see CaseHandlers.swift);
// a case that cannot be handled answers {"error": "..."} so the checker reports it.
import Foundation

let input = FileHandle.standardInput.readDataToEndOfFile()
guard let cases = (try? JSONSerialization.jsonObject(with: input)) as? [[String: Any]] else {
    FileHandle.standardError.write(Data("refcheck: stdin must be a JSON array of case objects\n".utf8))
    exit(1)
}
let handlers = allCaseHandlers()
var results: [[String: Any]] = []
results.reserveCapacity(cases.count)
for caseInput in cases {
    let kind = caseInput["kind"] as? String ?? "<missing>"
    guard let handler = handlers[kind] else {
        results.append(["error": "no handler for kind '\(kind)'"])
        continue
    }
    do {
        results.append(try handler(CaseInput(caseInput)))
    } catch {
        results.append(["error": "\(error)"])
    }
}
let output = try JSONSerialization.data(withJSONObject: results, options: [.sortedKeys])
FileHandle.standardOutput.write(output)
FileHandle.standardOutput.write(Data("\n".utf8))
