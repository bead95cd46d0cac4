import Foundation

/// One example of the CommonMark 0.30 spec (`Tests/BookSiteTests/Fixtures/spec-0.30.json`).
public struct SpecExample: Decodable, Sendable {
    public let markdown: String
    public let html: String
    public let example: Int
    public let section: String

    /// All 652 examples.
    public static func load() -> [SpecExample] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("BookSiteTests/Fixtures/spec-0.30.json")
        guard let data = try? Data(contentsOf: url),
            let examples = try? JSONDecoder().decode([SpecExample].self, from: data)
        else { return [] }
        return examples
    }
}
