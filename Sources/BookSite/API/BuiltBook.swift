/// One file of the built site.
public struct OutputFile: Sendable, Equatable {
    /// The path relative to the output folder, `/`-separated.
    public var path: String
    /// The bytes to write.
    public var contents: [UInt8]

    /// Creates an output file.
    ///
    /// - Parameters:
    ///   - path: Relative path inside the site.
    ///   - contents: The bytes.
    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }
}

/// The result of a successful build: every file of the site, in a stable order.
public struct BuiltBook: Sendable {
    /// The files to write, sorted by path.
    public var files: [OutputFile]
    /// How many chapters the book has.
    public var chapterCount: Int
    /// How many HTML pages were written (chapters plus the cover).
    public var pageCount: Int
    /// How many experiment figures the book has.
    public var figureCount: Int = 0
    /// How many of them were computed in this build (the rest came from the cache).
    public var computedFigureCount: Int = 0

    /// The total size of all files in bytes.
    public var byteCount: Int { files.reduce(0) { $0 + $1.contents.count } }
}
