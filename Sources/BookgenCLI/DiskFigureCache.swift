import BookExperiments
import BookSite
import Foundation

/// Figures kept on disk between builds: `<folder>/figures-<engine>/<key>.html` and `.csv`.
///
/// `<engine>` fingerprints the running bookgen executable (its size and modification time), so
/// a rebuilt bookgen, whose numerics or drawing may have changed, never reuses figures drawn by
/// an older one; the folders of other engines are removed. A file is written under a temporary
/// name and renamed, so a reader never sees half of one.
struct DiskFigureCache: FigureCache {
    let folder: URL

    init(path: String) {
        let root = URL(fileURLWithPath: path)
        let name = "figures-" + Self.engineFingerprint()
        folder = root.appendingPathComponent(name)
        let stale = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        for entry in stale where entry.hasPrefix("figures") && entry != name {
            try? FileManager.default.removeItem(at: root.appendingPathComponent(entry))
        }
    }

    /// Size and modification time of the executable, in hex.
    static func engineFingerprint() -> String {
        var status = stat()
        let executable =
            FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : CommandLine.arguments[0]
        guard stat(executable, &status) == 0 else { return "unknown" }
        return String(UInt64(status.st_size), radix: 16) + "-" + String(UInt64(status.st_mtim.tv_sec), radix: 16) + "-"
            + String(UInt64(status.st_mtim.tv_nsec), radix: 16)
    }

    func figure(forKey key: String) -> RenderedFigure? {
        guard let html = try? String(contentsOf: folder.appendingPathComponent(key + ".html"), encoding: .utf8),
            let csv = try? String(contentsOf: folder.appendingPathComponent(key + ".csv"), encoding: .utf8)
        else { return nil }
        return RenderedFigure(html: html, csv: csv)
    }

    func store(_ figure: RenderedFigure, forKey key: String) {
        let manager = FileManager.default
        try? manager.createDirectory(at: folder, withIntermediateDirectories: true)
        for (suffix, text) in [(".csv", figure.csv), (".html", figure.html)] {
            let target = folder.appendingPathComponent(key + suffix)
            let temporary = folder.appendingPathComponent(
                ".\(key)\(suffix).\(ProcessInfo.processInfo.processIdentifier).tmp")
            guard (try? Data(text.utf8).write(to: temporary)) != nil else { continue }
            if rename(temporary.path, target.path) != 0 { try? manager.removeItem(at: temporary) }
        }
    }
}
