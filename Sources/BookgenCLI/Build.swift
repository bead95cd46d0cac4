import ArgumentParser
import BookSite
import Foundation

extension Bookgen {
    /// `bookgen build`: content/ → site/.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the book into a static HTML site.",
            discussion: """
                Reads book.yml and the chapters it lists from the content folder, renders them \
                through the templates, and replaces the output folder only when the whole build \
                succeeded. Any error or warning fails the build and leaves the previous site in place.
                """
        )

        @Option(help: "The folder holding book.yml and the chapters.")
        var content = "content"

        @Option(help: "The folder the site is written to.")
        var output = "site"

        @Option(help: "The folder holding the page templates and assets/.")
        var templates = "templates"

        @Option(help: "Where computed figures are kept between builds.")
        var cacheDir = ".bookgen-cache"

        @Flag(help: "Compute every figure, ignoring and not updating the cache.")
        var noCache = false

        func run() throws {
            let clock = ContinuousClock()
            let start = clock.now
            let builder = BookBuilder(
                fileSystem: LocalFileSystem(), contentDirectory: content, templatesDirectory: templates,
                cache: noCache ? nil : DiskFigureCache(path: cacheDir))
            let book: BuiltBook
            do {
                book = try builder.build()
                try SiteWriter(output: output).write(book.files)
            } catch let error as DiagnosticList {
                Terminal.report(error.diagnostics)
                Terminal.status(Self.failureSummary(error.diagnostics))
                throw ExitCode.failure
            } catch let error as Diagnostic {
                Terminal.report([error])
                Terminal.status(Self.failureSummary([error]))
                throw ExitCode.failure
            }
            let elapsed = clock.now - start
            let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
            Terminal.writeOutput(
                "bookgen: built \(Self.count(book.chapterCount, "chapter")), \(Self.count(book.pageCount, "page")), "
                    + "\(Self.count(book.figureCount, "figure")) (\(book.computedFigureCount) computed, "
                    + "\(book.figureCount - book.computedFigureCount) from cache), \(Self.count(book.files.count, "file")) "
                    + "(\(Self.formatBytes(book.byteCount))) into \(output)/ in \(Self.formatMilliseconds(milliseconds))\n"
            )
        }

        static func failureSummary(_ diagnostics: [Diagnostic]) -> String {
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.count - errors
            var parts: [String] = []
            if errors > 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s")") }
            if warnings > 0 { parts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
            return
                "bookgen: build failed with \(parts.joined(separator: " and ")); the previous site was left untouched"
        }

        static func count(_ value: Int, _ noun: String) -> String {
            "\(value) \(noun)\(value == 1 ? "" : "s")"
        }

        static func formatBytes(_ bytes: Int) -> String {
            if bytes >= 10 * 1024 * 1024 { return "\(bytes / (1024 * 1024)) MB" }
            if bytes >= 1024 * 1024 { return "\(Double(bytes * 10 / (1024 * 1024)) / 10) MB" }
            return "\(bytes / 1024) KB"
        }

        static func formatMilliseconds(_ milliseconds: Double) -> String {
            milliseconds >= 1000 ? "\(Double(Int(milliseconds / 10)) / 100) s" : "\(Int(milliseconds.rounded())) ms"
        }
    }
}
