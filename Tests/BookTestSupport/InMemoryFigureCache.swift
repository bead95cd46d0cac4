import BookExperiments
import BookSite
import Foundation

/// A figure cache in memory that counts its hits, for testing that unchanged rebuilds compute
/// nothing.
public final class InMemoryFigureCache: FigureCache, @unchecked Sendable {
    private let lock = NSLock()
    private var figures: [String: RenderedFigure] = [:]
    private var hitCount = 0

    public init() {}

    public var storedCount: Int { lock.withLock { figures.count } }
    public var hits: Int { lock.withLock { hitCount } }

    public func figure(forKey key: String) -> RenderedFigure? {
        lock.withLock {
            let figure = figures[key]
            if figure != nil { hitCount += 1 }
            return figure
        }
    }

    public func store(_ figure: RenderedFigure, forKey key: String) {
        lock.withLock { figures[key] = figure }
    }
}
