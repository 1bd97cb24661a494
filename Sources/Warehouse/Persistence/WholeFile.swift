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
        try read(path) { size throws(Failure) in 0..<size }
    }

    /// `length` bytes from `offset` (a block's payload in a pack), or nil when the file does
    /// not exist; a file too short to hold them is a failure, checked before any buffer is
    /// sized from the request.
    static func read(_ path: String, offset: Int, length: Int) throws(Failure) -> [UInt8]? {
        try read(path) { size throws(Failure) in
            guard offset >= 0, length >= 0, length <= size - offset else {
                throw Failure(action: "read", reason: "the file ends before byte \(offset + length)")
            }
            return offset..<offset + length
        }
    }

    /// The bytes of the range `wanted` picks given the file's size.
    private static func read(_ path: String, _ wanted: (Int) throws(Failure) -> Range<Int>) throws(Failure) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw Failure(action: "open", reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw Failure(action: "read", reason: String(cString: strerror(errno))) }
        let range = try wanted(Int(status.st_size))
        var failure: String?
        let bytes = [UInt8](unsafeUninitializedCapacity: range.count) { buffer, initialized in
            while initialized < range.count {
                let result = pread(fd, buffer.baseAddress! + initialized, range.count - initialized, off_t(range.lowerBound + initialized))
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
