import ArgumentParser
import Foundation
import Testing

@testable import BookgenCLI

/// `bookgen experiment FILE` in-process: exit 0 on a good spec, 1 on a bad or missing one.
@Suite struct ExperimentCommandTests {
    private func exitCode(_ spec: String?) throws -> Int32 {
        var arguments = ["experiment"]
        if let spec {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("bookgen-spec-\(UUID().uuidString).yml")
            try Data(spec.utf8).write(to: url)
            arguments.append(url.path)
        } else {
            arguments.append("/nonexistent/spec.yml")
        }
        do {
            var command = try Bookgen.parseAsRoot(arguments)
            try command.run()
            return 0
        } catch {
            return Bookgen.exitCode(for: error).rawValue
        }
    }

    @Test func goodSpecExitsZero() throws {
        #expect(try exitCode("objective: x^2\nstart: [1]\nsteps: 2\n") == 0)
    }

    @Test(arguments: [
        "objective: x^2\nstart: [1]\nsteps: 2\noptimizer: adamm\n",
        "objective: x^2\nstart: [1]\nsteps: 2\nlr: -1\n",
        "objective: x^2\nstart: [1]\nsteps: 1000000000000\n",
        "objective: sinn(x)\nstart: [1]\nsteps: 2\n",
        "objective: x^2\nstart: [1, 2]\nsteps: 2\n",
        "algorithm: kmeans\nk: 5\ndata: {points: [[0, 0]]}\n",
    ])
    func badSpecExitsOne(_ spec: String) throws {
        #expect(try exitCode(spec) == 1)
    }

    @Test func missingFileExitsOne() throws {
        #expect(try exitCode(nil) == 1)
    }
}
