import BookSite
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a built site so that readers never see half of it: every file goes into a fresh
/// folder beside the output, which replaces the old output only when all writes succeeded.
/// If anything fails, the previous site stays as it was.
///
/// A file whose bytes did not change since the previous build is hard-linked from the old
/// site instead of written again: it keeps its modification time (so `rsync` and static-host
/// uploads skip it), and a rebuild creates no new inodes for it, which on ext4 is most of the
/// cost of writing a thousand pages.
struct SiteWriter {
    /// The output folder, e.g. `site`.
    let output: String

    func write(_ files: [OutputFile]) throws(Diagnostic) {
        let manager = FileManager.default
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        let parent = outputURL.deletingLastPathComponent()
        let name = outputURL.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).bookgen-new")
        let retired = parent.appendingPathComponent(".\(name).bookgen-old")

        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: outputURL.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw failure("it exists and is not a folder")
        }
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try? manager.removeItem(at: staging)
            try? manager.removeItem(at: retired)
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                let previous = outputURL.appendingPathComponent(file.path).path
                if Self.hasContents(file.contents, at: previous), link(previous, url.path) == 0 { continue }
                try Self.writeFile(file.contents, to: url.path)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw failure(Self.reason(error))
        }
        do {
            if manager.fileExists(atPath: outputURL.path) {
                try manager.moveItem(at: outputURL, to: retired)
            }
            try manager.moveItem(at: staging, to: outputURL)
        } catch {
            if !manager.fileExists(atPath: outputURL.path) { try? manager.moveItem(at: retired, to: outputURL) }
            try? manager.removeItem(at: staging)
            throw failure(Self.reason(error))
        }
        try? manager.removeItem(at: retired)
    }

    /// Writes with plain POSIX calls: Foundation's `Data.write` syncs every file to disk,
    /// which made a 1 000-page build wait seconds on I/O. The swap by `rename` is what makes
    /// the site appear whole.
    private static func writeFile(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        var written = 0
        try bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                guard result > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                written += result
            }
        }
    }

    /// Whether the file at `path` holds exactly `bytes`.
    private static func hasContents(_ bytes: [UInt8], at path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == bytes.count else {
            return false
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var existing = [UInt8](repeating: 0, count: bytes.count)
        var offset = 0
        while offset < existing.count {
            let count = existing.withUnsafeMutableBytes {
                Glibc.read(descriptor, $0.baseAddress! + offset, $0.count - offset)
            }
            guard count > 0 else { return false }
            offset += count
        }
        return existing == bytes
    }

    private func failure(_ reason: String) -> Diagnostic {
        Diagnostic(
            .error, file: output, "cannot write the output folder: \(reason); the previous site was left untouched")
    }

    private static func reason(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        var description = nsError.localizedDescription
        while description.hasSuffix(".") { description.removeLast() }
        return description
    }
}
