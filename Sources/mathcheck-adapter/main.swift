// mathcheck's converter protocol: TeX on stdin, MATH_DISPLAY=1 for display; one <math> on
// stdout, or the message on stderr and exit 1. `--batch` converts one `D tex`/`I tex` line
// at a time (for benchmarks). Replaced by `bookgen math` at merge.
import BookMath
import Foundation

let converter = MathConverter()
if CommandLine.arguments.contains("--batch") {
    var count = 0
    while let line = readLine() {
        guard line.count > 2, line.hasPrefix("D ") || line.hasPrefix("I ") else { continue }
        let formula = try? converter.convert(String(line.dropFirst(2)), style: line.hasPrefix("D ") ? .display : .inline)
        if let formula { print(formula.markup) } else { count += 1 }
    }
    exit(count == 0 ? 0 : 1)
}
let tex = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
let display = ProcessInfo.processInfo.environment["MATH_DISPLAY"] == "1"
do {
    print(try converter.convert(tex, style: display ? .display : .inline).markup)
} catch {
    FileHandle.standardError.write(Data("\(error.offset): error: \(error)\n".utf8))
    exit(1)
}
