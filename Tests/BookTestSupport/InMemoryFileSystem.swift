import BookSite

/// A file tree held in memory, for building books in tests without touching the disk.
public struct InMemoryFileSystem: FileSystem {
    /// File contents by `/`-separated path.
    public var files: [String: [UInt8]]

    /// Creates a tree from text files.
    ///
    /// - Parameter textFiles: Contents by path, stored as UTF-8.
    public init(_ textFiles: [String: String] = [:]) {
        files = textFiles.mapValues { Array($0.utf8) }
    }

    public func contents(of path: String) throws(FileSystemError) -> [UInt8] {
        guard let bytes = files[path] else { throw .notFound(path: path) }
        return bytes
    }

    public func files(in directory: String) -> [String] {
        let prefix = directory.isEmpty ? "" : directory + "/"
        return files.keys.compactMap { path -> String? in
            guard path.hasPrefix(prefix) else { return nil }
            let rest = path.dropFirst(prefix.count)
            return rest.contains("/") ? nil : String(rest)
        }.sorted()
    }
}

/// A small book with minimal templates, for tests that need a whole build.
public enum SampleBook {
    public static let templates: [String: String] = [
        "templates/head.mustache": "<title>{{pageTitle}}</title>",
        "templates/cover.mustache":
            "<html>{{> head}}<h1>{{book.title}}</h1>{{#contents}}<a href=\"{{href}}\">{{label}} {{title}}</a>{{/contents}}</html>",
        "templates/chapter.mustache":
            "<html>{{> head}}<h1>{{chapter.label}} {{chapter.title}}</h1>{{{content}}}{{#next}}<a rel=\"next\" href=\"{{href}}\">{{title}}</a>{{/next}}</html>",
        "templates/sidebar-item.mustache": "<li>{{label}}</li>",
        "templates/assets/book.css": "body{}",
    ]

    public static let configuration = """
        title: 测试之书
        language: zh-CN
        chapters:
          - 01-a.md
          - 02-b.md
        """

    public static func fileSystem(overriding overrides: [String: String] = [:], removing removed: [String] = [])
        -> InMemoryFileSystem
    {
        var files = templates
        files["content/book.yml"] = configuration
        files["content/01-a.md"] = "# 第一章标题\n\n正文 $x_1$。\n\n## 小节\n\n内容。\n"
        files["content/02-b.md"] = "---\ntitle: 覆盖的标题\n---\n\n# 原标题\n\n## 小节\n\n## 小节\n"
        for (path, text) in overrides { files[path] = text }
        for path in removed { files[path] = nil }
        return InMemoryFileSystem(files)
    }
}
