import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a psql `\copy` reads from: a local file, read piece by piece so a load never holds the
/// whole file, or bytes already in memory (tests, and text a caller built).
public enum ClientCopySource: Sendable {
    case file(path: String)
    case bytes(Data)

    /// An open source being read front to back.
    final class Reader {
        private let source: ClientCopySource
        private var descriptor: Int32 = -1
        private var offset = 0

        init(_ source: ClientCopySource) throws(SQLError) {
            self.source = source
            if case .file(let path) = source {
                descriptor = open(path, O_RDONLY)
                guard descriptor >= 0 else {
                    throw SQLError("58P01", "could not open file \"\(path)\" for reading: \(String(cString: strerror(errno)))")
                }
            }
        }

        deinit {
            if descriptor >= 0 { close(descriptor) }
        }

        /// Fills `buffer` as far as the input goes; returns how many bytes it wrote (0 at the end).
        func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(SQLError) -> Int {
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return 0 }
            switch source {
            case .bytes(let data):
                let count = min(buffer.count, data.count - offset)
                guard count > 0 else { return 0 }
                let start = data.startIndex + offset
                data.copyBytes(to: base, from: start..<start + count)
                offset += count
                return count
            case .file(let path):
                var total = 0
                while total < buffer.count {
                    let count = readDescriptor(descriptor, base + total, buffer.count - total)
                    if count < 0 && errno == EINTR { continue }
                    guard count >= 0 else {
                        throw SQLError("58030", "could not read from file \"\(path)\": \(String(cString: strerror(errno)))")
                    }
                    if count == 0 { break }
                    total += count
                }
                return total
            }
        }
    }
}

/// The C library's `read`, out of reach by name inside `Reader`, whose own method is `read`.
private func readDescriptor(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
