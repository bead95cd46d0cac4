import ArgumentParser
import BookSite
import Foundation

extension Bookgen {
    /// `bookgen render`: Markdown on stdin → the HTML fragment of its body on stdout.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render Markdown from stdin to an HTML fragment on stdout (bookgen's extensions on)."
        )

        func run() throws {
            let input = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            let markdown: String
            do {
                markdown = try SourceText.decode(input, file: "<stdin>")
            } catch {
                Terminal.report([error])
                throw ExitCode.failure
            }
            let result = ChapterRenderer.render(markdown, file: "<stdin>")
            Terminal.writeOutput(result.html)
            Terminal.report(result.diagnostics)
            if result.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
        }
    }
}
