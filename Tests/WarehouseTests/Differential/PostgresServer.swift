import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A throwaway PostgreSQL 15 server for differential tests: `initdb` into a temporary
/// directory, `pg_ctl start` on a free loopback port with its socket in that directory, and
/// `stop()` to shut it down and remove everything. PostgreSQL refuses to run as root, so as
/// root the server runs as the `postgres` user (through `su`), which owns the directory.
final class PostgresServer {
    static let binaries = "/usr/lib/postgresql/15/bin"

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let directory: URL
    let port: Int
    private let runAsPostgres: Bool

    init() throws {
        runAsPostgres = getuid() == 0
        directory = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("lab-pg-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        port = try Self.freePort()
        do {
            if runAsPostgres { try Self.run("/bin/chown", ["postgres", directory.path]) }
            let data = directory.appendingPathComponent("data").path
            try server(["\(Self.binaries)/initdb", "-D", data, "-U", "lab", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"],
                       log: "initdb.log")
            try server(["\(Self.binaries)/pg_ctl", "-D", data, "-l", directory.appendingPathComponent("server.log").path, "-w",
                        "-o", "-p \(port) -k \(directory.path) -c listen_addresses=127.0.0.1 -c fsync=off", "start"],
                       log: "pg_ctl.log")
        } catch {
            let logs = ["initdb.log", "pg_ctl.log", "server.log"].compactMap {
                try? String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8)
            }.joined(separator: "\n")
            try? FileManager.default.removeItem(at: directory)
            throw Failure(description: "PostgreSQL 15 could not be started: \(error)\n\(logs)")
        }
    }

    /// Stops the server and removes its directory.
    func stop() {
        _ = try? server(["\(Self.binaries)/pg_ctl", "-D", directory.appendingPathComponent("data").path, "-m", "immediate", "stop"],
                        log: "stop.log")
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs `script` through `psql -X -A -t` (unaligned, rows only, `|` between fields, NULL as
    /// `NULL`), stopping at the first error, and returns what it printed.
    func psql(_ script: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = ["-X", "-A", "-t", "-q", "-v", "ON_ERROR_STOP=1", "-P", "null=NULL", "-F", "|",
                             "-h", "127.0.0.1", "-p", String(port), "-U", "lab", "-d", "postgres", "-f", "-"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(description: "psql failed: \(problems)") }
        return text
    }

    /// Runs a server binary, as the `postgres` user when this process is root.
    private func server(_ command: [String], log: String) throws {
        let logFile = directory.appendingPathComponent(log).path
        let line = command.map(Self.shellQuoted).joined(separator: " ") + " >" + Self.shellQuoted(logFile) + " 2>&1"
        if runAsPostgres {
            try Self.run("/bin/su", ["postgres", "-s", "/bin/sh", "-c", line])
        } else {
            try Self.run("/bin/sh", ["-c", line])
        }
    }

    /// Spawns and waits with posix_spawn/waitpid rather than `Process`: the server that
    /// `pg_ctl start` leaves running inherits a descriptor `Process` watches, so
    /// `waitUntilExit` would never return.
    private static func run(_ executable: String, _ arguments: [String]) throws {
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawn(&pid, executable, nil, nil, argv, environ) == 0 else {
            throw Failure(description: "cannot run \(executable)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let exited = status & 0x7f == 0, code = (status >> 8) & 0xff
        guard exited, code == 0 else {
            throw Failure(description: "\(executable) \(arguments.joined(separator: " ")) exited with status \(status)")
        }
    }

    private static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// A TCP port on 127.0.0.1 that nothing listens on now: bind to port 0 and read the choice.
    private static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket() failed") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(descriptor, address, length) == 0 && getsockname(descriptor, address, &length) == 0
            }
        }
        guard bound else { throw Failure(description: "no free loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
