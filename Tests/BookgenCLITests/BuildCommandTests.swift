import ArgumentParser
import BookTestSupport
import Foundation
import Testing

@testable import BookgenCLI

/// `bookgen build` on the real disk, in a temporary folder per test.
@Suite struct BuildCommandTests {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("bookgen-cli-\(UUID().uuidString)")
        let fileSystem = SampleBook.fileSystem()
        for (path, bytes) in fileSystem.files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
    }

    private func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Runs `bookgen build` and returns its exit code.
    private func build(output: String = "site") -> Int32 {
        let arguments = [
            "build", "--content", path("content"), "--templates", path("templates"), "--output", path(output),
        ]
        do {
            var command = try Bookgen.parseAsRoot(arguments)
            try command.run()
            return 0
        } catch {
            return Bookgen.exitCode(for: error).rawValue
        }
    }

    private func siteSnapshot(_ folder: String = "site") throws -> [String: Data] {
        let base = root.appendingPathComponent(folder)
        var snapshot: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            if !isDirectory.boolValue {
                snapshot[String(url.path.dropFirst(base.path.count))] = try Data(contentsOf: url)
            }
        }
        return snapshot
    }

    @Test func buildWritesTheSiteAndTwoBuildsAreByteIdentical() throws {
        #expect(build() == 0)
        let first = try siteSnapshot()
        #expect(first.keys.sorted() == ["/01-a.html", "/02-b.html", "/assets/book.css", "/index.html"])
        #expect(build() == 0)
        #expect(try siteSnapshot() == first)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".site") }
        #expect(leftovers.isEmpty)
    }

    @Test func unchangedPagesKeepTheirFileChangedPagesAreRewritten() throws {
        #expect(build() == 0)
        let inode = { (page: String) throws -> Int in
            (try FileManager.default.attributesOfItem(atPath: self.path("site/" + page))[.systemFileNumber] as? Int)
                ?? -1
        }
        let before = (try inode("01-a.html"), try inode("02-b.html"))
        let stylesheet = try inode("assets/book.css")
        try Data("---\ntitle: 新标题\n---\n\n# 原标题\n".utf8).write(to: root.appendingPathComponent("content/02-b.md"))
        #expect(build() == 0)
        #expect(try inode("02-b.html") != before.1)
        #expect(try String(contentsOfFile: path("site/02-b.html"), encoding: .utf8).contains("新标题"))
        // 01-a.html links to the next chapter by title, so it changed too; the stylesheet did not.
        #expect(try inode("01-a.html") != before.0)
        #expect(try inode("assets/book.css") == stylesheet)
        let rewritten = try inode("02-b.html")
        #expect(build() == 0)
        #expect(try inode("02-b.html") == rewritten)
    }

    @Test func failedBuildLeavesThePreviousSiteUntouched() throws {
        #expect(build() == 0)
        let before = try siteSnapshot()
        try Data("# 标题\n\n$$ 未闭合\n".utf8).write(to: root.appendingPathComponent("content/01-a.md"))
        #expect(build() == 1)
        #expect(try siteSnapshot() == before)
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/book.yml"))
        #expect(build() == 1)
        #expect(try siteSnapshot() == before)
    }

    @Test func outputFolderThatCannotBeWritten() throws {
        try Data("not a folder".utf8).write(to: root.appendingPathComponent("blocker"))
        #expect(build(output: "blocker/site") == 1)
        #expect(build(output: "blocker") == 1)
        #expect(try Data(contentsOf: root.appendingPathComponent("blocker")) == Data("not a folder".utf8))
    }
}
