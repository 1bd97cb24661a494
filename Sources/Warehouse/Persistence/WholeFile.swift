import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole file read straight into an array: a table file, a block pack or a COPY's S3 object
/// can be hundreds of megabytes, and through `Data` it would be read and then copied, held
/// twice.
public enum WholeFile {
    /// Why a file could not be read: the step that failed (`open`, `read`) and the system's reason.
    public struct Failure: Error {
        public let action: String
        public let reason: String
    }

    /// The file's bytes, or nil when it does not exist.
    public static func read(_ path: String) throws(Failure) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw Failure(action: "open", reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw Failure(action: "read", reason: String(cString: strerror(errno))) }
        let size = Int(status.st_size)
        var failure: String?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            while initialized < size {
                let result = Foundation.read(fd, buffer.baseAddress! + initialized, size - initialized)
                if result < 0, errno == EINTR { continue }
                guard result > 0 else {
                    failure = result < 0 ? String(cString: strerror(errno)) : "the file ended early"
                    return
                }
                initialized += result
            }
        }
        if let failure { throw Failure(action: "read", reason: failure) }
        return bytes
    }
}
