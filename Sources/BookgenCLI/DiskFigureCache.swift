import BookExperiments
import BookSite
import Foundation

/// Figures kept on disk between builds: `<folder>/figures/<key>.html` and `<key>.csv`. A file
/// is written under a temporary name and renamed, so a reader never sees half of one.
struct DiskFigureCache: FigureCache {
    let folder: URL

    init(path: String) {
        folder = URL(fileURLWithPath: path).appendingPathComponent("figures")
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
            let temporary = folder.appendingPathComponent(".\(key)\(suffix).\(ProcessInfo.processInfo.processIdentifier).tmp")
            guard (try? Data(text.utf8).write(to: temporary)) != nil else { continue }
            if rename(temporary.path, target.path) != 0 { try? manager.removeItem(at: temporary) }
        }
    }
}
