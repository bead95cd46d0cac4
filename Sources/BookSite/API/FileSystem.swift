/// Read access to the book's sources. The build reads only through this protocol, so tests
/// run on an in-memory tree and the command line passes the real disk.
public protocol FileSystem: Sendable {
    /// The bytes of the file at `path`.
    ///
    /// - Parameter path: A `/`-separated path.
    /// - Returns: The file's contents.
    /// - Throws: ``FileSystemError``.
    func contents(of path: String) throws(FileSystemError) -> [UInt8]

    /// The names of the regular files directly inside `directory`, sorted.
    ///
    /// - Parameter directory: A `/`-separated path.
    /// - Returns: File names (not paths); empty when the directory does not exist.
    func files(in directory: String) -> [String]
}

/// Why a file could not be read.
public enum FileSystemError: Error, Sendable, Equatable {
    /// Nothing exists at the path.
    case notFound(path: String)
    /// The file exists but could not be read; `reason` is the system's explanation.
    case unreadable(path: String, reason: String)
}

/// Joins path components with `/`, ignoring empty ones and `.`.
///
/// - Parameter components: Path pieces such as `content` and `01-intro.md`.
/// - Returns: The joined path.
public func joinPath(_ components: String...) -> String {
    var parts: [Substring] = []
    for component in components {
        for part in component.split(separator: "/", omittingEmptySubsequences: true) where part != "." {
            parts.append(part)
        }
    }
    let joined = parts.joined(separator: "/")
    return components.first?.hasPrefix("/") == true ? "/" + joined : joined
}

extension FileSystemError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .notFound(let path): "no such file: \(path)"
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        }
    }
}
