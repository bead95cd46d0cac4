import ArgumentParser
import BookMarkdown
import BookSite
import Foundation
import Testing

@testable import BookgenCLI

/// `bookgen experiment FILE` in-process: exit 0 on a good spec, 1 on a bad or missing one.
@Suite struct ExperimentCommandTests {
    private func exitCode(_ spec: String?) throws -> Int32 {
        var arguments = ["experiment"]
        if let spec {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent(
                "bookgen-spec-\(UUID().uuidString).yml")
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

/// `bookgen math` in-process: TeX from a file descriptor is awkward to fake, so these check
/// the pieces the command is made of.
@Suite struct MathCommandTests {
    @Test func errorOffsetsBecomeColumns() {
        #expect(MathLocation.location(ofOffset: 4, in: "x + \\alpah") == SourceLocation(line: 1, column: 5))
        #expect(MathLocation.location(ofOffset: 5, in: "θ +\n\\alpah") == SourceLocation(line: 2, column: 1))
        #expect(
            MathLocation.location(ofOffset: 3, in: "ab\\q", startingAt: SourceLocation(line: 4, column: 10))
                == SourceLocation(line: 4, column: 13))
    }
}
