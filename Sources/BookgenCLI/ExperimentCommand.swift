import ArgumentParser
import BookExperiments
import BookMarkdown
import BookSite
import Foundation

extension Bookgen {
    /// `bookgen experiment [FILE] --json`: runs one experiment spec and prints its data.
    struct Experiment: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run one experiment spec (YAML or JSON) and print the computed data as JSON.",
            discussion: "Reads the spec from FILE, or from stdin when no FILE is given."
        )

        @Argument(help: "The spec file; stdin when left out.")
        var file: String?

        @Flag(help: "Print the computed data as JSON (the default).")
        var json = false

        func run() throws {
            let name = file ?? "<stdin>"
            let bytes: [UInt8]
            if let file {
                do {
                    bytes = try LocalFileSystem().contents(of: file)
                } catch {
                    Terminal.report([Diagnostic(.error, file: file, "\(error)")])
                    throw ExitCode.failure
                }
            } else {
                bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            }
            let result: ExperimentResult
            do {
                let text = try SourceText.decode(bytes, file: name)
                result = try BookExperiments.Experiment.parse(text).run()
            } catch let error as ExperimentError {
                Terminal.report([
                    Diagnostic(.error, file: name, location: SourceLocation(line: error.line, column: error.column), error.message)
                ])
                throw ExitCode.failure
            } catch let error as Diagnostic {
                Terminal.report([error])
                throw ExitCode.failure
            }
            Terminal.writeOutput(result.json.rendered + "\n")
        }
    }
}
