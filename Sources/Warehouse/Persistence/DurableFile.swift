import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file system calls a commit is built from: whole-file writes that reach the disk
/// (fsync) before anything points at them, directory syncs that make creations and renames
/// durable, and an atomic rename.
enum DurableFile {
    static func ioError(_ action: String, _ url: URL) -> SQLError {
        SQLError(SQLState.ioError, "could not \(action) database file \"\(url.path)\": \(String(cString: strerror(errno)))")
    }

    static func missing(_ url: URL) -> SQLError {
        SQLError(SQLState.dataCorrupted, "database file \"\(url.path)\" named by the manifest is missing")
    }

    /// Writes `bytes` to a new file at `url` and syncs it.
    static func write(_ bytes: [UInt8], to url: URL) throws(SQLError) {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw ioError("create", url) }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                Foundation.write(fd, buffer.baseAddress!.advanced(by: written), bytes.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw ioError("write", url)
            }
            written += result
        }
        guard fsync(fd) == 0 else { throw ioError("sync", url) }
    }

    /// Makes the creations, renames and deletions in `directory` durable.
    static func syncDirectory(_ directory: URL) throws(SQLError) {
        let fd = open(directory.path, O_RDONLY)
        guard fd >= 0 else { throw ioError("open", directory) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw ioError("sync", directory) }
    }

    static func rename(_ from: URL, to: URL) throws(SQLError) {
        guard Foundation.rename(from.path, to.path) == 0 else { throw ioError("rename", from) }
    }

    /// The file's bytes, or nil when it does not exist.
    static func read(_ url: URL) throws(SQLError) -> [UInt8]? {
        do {
            return try WholeFile.read(url.path)
        } catch {
            throw SQLError(SQLState.ioError, "could not \(error.action) database file \"\(url.path)\": \(error.reason)")
        }
    }
}
