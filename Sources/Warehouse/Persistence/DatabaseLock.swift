import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The write lock of a database directory: an exclusive `flock` on its `LOCK` file, so one
/// process at a time reads the last commit and writes the next. The kernel drops the lock when
/// its holder exits, even by SIGKILL, so a crashed process never leaves the database locked.
final class DatabaseLock {
    private let url: URL
    private var descriptor: Int32 = -1
    /// Nested holds: the lock is released when the outermost one ends.
    private var depth = 0

    /// How long a second process waits for the lock before giving up.
    static let defaultWaitSeconds = 5.0
    private let waitSeconds: Double

    init(url: URL, waitSeconds: Double) {
        self.url = url
        self.waitSeconds = waitSeconds
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    var isHeld: Bool { depth > 0 }

    func acquire() throws(SQLError) {
        if depth > 0 {
            depth += 1
            return
        }
        if descriptor < 0 {
            descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw DurableFile.ioError("open", url) }
        }
        let deadline = Date().addingTimeInterval(waitSeconds)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { throw DurableFile.ioError("lock", url) }
            guard Date() < deadline else {
                throw SQLError(SQLState.lockNotAvailable,
                               "database is locked by another lab process (\(url.deletingLastPathComponent().path)); try again when it finishes")
            }
            usleep(20_000)
        }
        depth = 1
    }

    func release() {
        guard depth > 0 else { return }
        depth -= 1
        if depth == 0 { flock(descriptor, LOCK_UN) }
    }
}
