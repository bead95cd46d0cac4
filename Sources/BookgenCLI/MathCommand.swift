import ArgumentParser
import BookMarkdown
import BookMath
import BookSite
import Foundation

extension Bookgen {
    /// `bookgen math [--display]`: TeX on stdin → one `<math>` element on stdout.
    struct Math: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert TeX from stdin to one MathML <math> element on stdout.",
            discussion: """
                With --batch, every stdin line 'D tex' (display) or 'I tex' (inline) is converted \
                and printed on its own line; a line that fails is reported on stderr.
                """
        )

        @Flag(help: "Typeset as display math (a block, limits under and over).")
        var display = false

        @Flag(help: "Convert one 'D tex' or 'I tex' line at a time.")
        var batch = false

        func run() throws {
            let converter = MathConverter()
            if batch {
                var failures = 0
                var lineNumber = 0
                while let line = readLine() {
                    lineNumber += 1
                    guard line.hasPrefix("D ") || line.hasPrefix("I ") else { continue }
                    let tex = String(line.dropFirst(2))
                    do {
                        let style: MathStyle = line.hasPrefix("D ") ? .display : .inline
                        Terminal.writeOutput(try converter.convert(tex, style: style).markup + "\n")
                    } catch {
                        failures += 1
                        let column = MathLocation.location(ofOffset: error.offset, in: tex).column + 2
                        Terminal.report([
                            Diagnostic(
                                .error, file: "<stdin>", location: SourceLocation(line: lineNumber, column: column),
                                error.description)
                        ])
                    }
                }
                if failures > 0 { throw ExitCode.failure }
                return
            }
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            var tex: String
            do {
                tex = try SourceText.decode(bytes, file: "<stdin>")
                while tex.last == "\n" || tex.last == "\r" { tex.removeLast() }
            } catch {
                Terminal.report([error])
                throw ExitCode.failure
            }
            do {
                Terminal.writeOutput(try converter.convert(tex, style: display ? .display : .inline).markup + "\n")
            } catch {
                let location = MathLocation.location(ofOffset: error.offset, in: tex)
                Terminal.report([Diagnostic(.error, file: "<stdin>", location: location, error.description)])
                throw ExitCode.failure
            }
        }
    }
}
