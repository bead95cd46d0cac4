public import BookExperiments

/// Where computed figures are kept between builds, keyed by a hash of the experiment's
/// canonical spec, its figure id and the engine version. An unchanged rebuild runs no
/// experiment.
public protocol FigureCache: Sendable {
    /// The figure stored under `key`, if any.
    ///
    /// - Parameter key: A key from ``FigureCacheKey``.
    /// - Returns: The figure, or `nil` on a miss.
    func figure(forKey key: String) -> RenderedFigure?

    /// Stores a figure. Failing to store is not an error: the next build computes it again.
    ///
    /// - Parameters:
    ///   - figure: The rendered figure.
    ///   - key: Its key.
    func store(_ figure: RenderedFigure, forKey key: String)
}

/// Cache keys: 128 bits of FNV-1a over the engine version, the figure id and the canonical spec.
public enum FigureCacheKey {
    /// The key of an experiment drawn as `figureID`.
    ///
    /// - Parameters:
    ///   - experiment: The parsed experiment.
    ///   - figureID: Its element id on the page.
    /// - Returns: 32 lower-case hex digits.
    public static func key(for experiment: Experiment, figureID: String) -> String {
        let text = Experiment.engineVersion + "\u{0}" + figureID + "\u{0}" + experiment.canonicalText
        return hex(fnv1a(text, basis: 0xCBF2_9CE4_8422_2325)) + hex(fnv1a(text, basis: 0x8422_2325_CBF2_9CE4))
    }

    private static func fnv1a(_ text: String, basis: UInt64) -> UInt64 {
        var hash = basis
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
