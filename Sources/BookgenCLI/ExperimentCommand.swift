import ArgumentParser
import BookExperiments
import BookMarkdown
import BookSite
import Foundation

extension Bookgen {
    /// `bookgen experiment [FILE] --json`: runs one experiment spec and prints its data.
    struct Experiment: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Run one experiment spec (YAML or JSON) and print its data as JSON, its figure, or its data as CSV.",
            discussion: "Reads the spec from FILE, or from stdin when no FILE is given."
        )

        @Argument(help: "The spec file; stdin when left out.")
        var file: String?

        @Flag(help: "Print the computed data as JSON (the default).")
        var json = false

        @Flag(help: "Print the figure (inline SVG markup) instead of the data.")
        var svg = false

        @Flag(help: "Print the data as CSV instead of JSON.")
        var csv = false

        func validate() throws {
            if [json, svg, csv].filter({ $0 }).count > 1 {
                throw ValidationError("choose one of --json, --svg and --csv")
            }
        }

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
            let output: String
            do {
                let text = try SourceText.decode(bytes, file: name)
                let experiment = try BookExperiments.Experiment.parse(text)
                if svg || csv {
                    let figure = try experiment.render(figureID: "fig-" + (experiment.id ?? "experiment"))
                    output = svg ? figure.html + "\n" : figure.csv
                } else {
                    output = experiment.run().json.rendered + "\n"
                }
            } catch let error as ExperimentError {
                Terminal.report([
                    Diagnostic(
                        .error, file: name, location: SourceLocation(line: error.line, column: error.column),
                        error.message)
                ])
                throw ExitCode.failure
            } catch let error as Diagnostic {
                Terminal.report([error])
                throw ExitCode.failure
            }
            Terminal.writeOutput(output)
        }
    }
}
