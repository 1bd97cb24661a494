import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// moto's `moto_server` on a free loopback port with the real `aws` CLI aimed at it: the
/// reference the differential tests compare `lab aws` with. One harness for every test target
/// that needs it (a test target cannot import another).
public final class MotoServer {
    /// Whether both programs are installed; tests needing them are skipped otherwise.
    public static var isAvailable: Bool { ReferenceTools.moto != nil && ReferenceTools.aws != nil }
    public static let skipReason = "moto_server or aws is not on PATH: the differential tests against moto are skipped"

    private let process: Process
    public let port: Int

    /// Starts moto on a port the kernel says is free. A cold moto_server takes tens of seconds
    /// while the whole suite runs on two cores: it gets 90 s, and another port if it exits
    /// first (the port was taken in between).
    public init() throws {
        for _ in 0..<3 {
            let (process, port) = try Self.launch()
            for _ in 0..<900 where process.isRunning && !Self.accepts(port) { usleep(100_000) }
            if Self.accepts(port) {
                self.process = process
                self.port = port
                return
            }
            Self.stop(process)
        }
        throw MotoServerError(description: "moto_server did not listen within 90 s on any of three ports")
    }

    deinit { Self.stop(process) }

    /// The real CLI's result for `aws ARGUMENTS` against moto, with test credentials and no
    /// configuration files of the machine's.
    public func aws(_ arguments: [String]) throws -> MotoOutput {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ReferenceTools.aws!)
        process.arguments = ["--endpoint-url", "http://127.0.0.1:\(port)"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment.merge(["AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_DEFAULT_REGION": "us-east-1",
                           "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null"]) { $1 }
        environment.removeValue(forKey: "AWS_PROFILE")
        process.environment = environment
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        return MotoOutput(stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
                          exitCode: process.terminationStatus)
    }

    private static func launch() throws -> (Process, Int) {
        let port = try freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ReferenceTools.moto!)
        process.arguments = ["-H", "127.0.0.1", "-p", String(port)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, port)
    }

    /// SIGKILL: moto_server ignores SIGTERM, and the test process may run with SIGTERM ignored,
    /// which children inherit.
    private static func stop(_ process: Process) {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    private static func accepts(_ port: Int) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = loopback(UInt16(port))
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }

    /// A port the kernel hands out for a socket bound to port 0 on loopback.
    private static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = loopback(0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
            }
        }
        guard bound else { throw MotoServerError(description: "no free loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func loopback(_ port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}

/// What one run of the real CLI printed and how it exited.
public struct MotoOutput: Sendable {
    public let stdout: String
    public let stderr: String
    public let exitCode: Int32
}

public struct MotoServerError: Error, CustomStringConvertible {
    public let description: String
}

/// Where the reference tools are, if installed. A pyenv shim is resolved to the program it
/// runs: the shim keeps a shell between us and the server, which then outlives a kill.
enum ReferenceTools {
    static let moto = find("moto_server")
    static let aws = find("aws")

    private static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let found = path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let found, found.contains("/shims/") else { return found }
        let pyenv = Process()
        pyenv.executableURL = URL(fileURLWithPath: found).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("bin/pyenv")
        pyenv.arguments = ["which", name]
        let output = Pipe()
        pyenv.standardOutput = output
        pyenv.standardError = FileHandle.nullDevice
        guard (try? pyenv.run()) != nil else { return nil }
        let resolved = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.isExecutableFile(atPath: resolved) ? resolved : nil
    }
}
