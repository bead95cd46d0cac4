import BookSite
import Foundation

/// Where the commands write: data to stdout, diagnostics and summaries to stderr.
enum Terminal {
    static func writeOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let text = diagnostics.map { $0.description + "\n" }.joined()
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func status(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
