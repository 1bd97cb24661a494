import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// moto's `moto_server` on a loopback port with the real `aws` CLI pointed at it: the reference
/// the differential tests compare `lab aws` output shapes with. Tests needing it are skipped
/// when either program is not installed.
final class MotoServer {
    static let skipReason: Comment = "moto_server or aws is not installed: differential tests against moto are skipped"

    static var isAvailable: Bool { path(of: "moto_server") != nil && path(of: "aws") != nil }

    private let process = Process()
    let port = Int.random(in: 20_000..<40_000)

    init() throws {
        process.executableURL = URL(fileURLWithPath: Self.path(of: "moto_server")!)
        process.arguments = ["-H", "127.0.0.1", "-p", String(port)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // moto_server takes tens of seconds to start cold while the whole suite runs on two
        // cores; wait up to 90 s (less if it exits, e.g. on a taken port), then say so.
        for _ in 0..<900 where process.isRunning && !isListening() { Thread.sleep(forTimeInterval: 0.1) }
        guard isListening() else {
            kill(process.processIdentifier, SIGKILL)
            throw MotoServerError(description: "moto_server did not listen on port \(port) within 90 s")
        }
    }

    /// moto_server ignores SIGTERM, so it is killed.
    deinit {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// The real CLI's output for `aws ARGUMENTS` against moto.
    func aws(_ arguments: [String]) throws -> String {
        let cli = Process()
        cli.executableURL = URL(fileURLWithPath: Self.path(of: "aws")!)
        cli.arguments = ["--endpoint-url", "http://127.0.0.1:\(port)"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment.merge(["AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_DEFAULT_REGION": "us-east-1"]) { $1 }
        cli.environment = environment
        let output = Pipe()
        cli.standardOutput = output
        cli.standardError = FileHandle.nullDevice
        try cli.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        cli.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Whether moto accepts connections yet.
    private func isListening() -> Bool {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socketFD) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    private static func path(of program: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return directories.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// The shape of a JSON value: object keys (sorted) with their shapes, a list's first element,
/// and the kind of each scalar. Two outputs with the same shape differ only in values.
indirect enum JSONShape: Decodable, Equatable, CustomStringConvertible {
    case bool, number, string, null
    case list(JSONShape?)
    case object([String: JSONShape])

    static func of(_ json: String) throws -> JSONShape {
        try JSONDecoder().decode(JSONShape.self, from: Data(json.utf8))
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if (try? container.decode(Bool.self)) != nil {
            self = .bool
        } else if (try? container.decode(Double.self)) != nil {
            self = .number
        } else if (try? container.decode(String.self)) != nil {
            self = .string
        } else if let list = try? container.decode([JSONShape].self) {
            self = .list(list.first)
        } else {
            self = .object(try container.decode([String: JSONShape].self))
        }
    }

    /// Whether the two shapes agree; an empty list agrees with any list, since one side may
    /// simply have nothing to list (moto reports a classic security group, real clusters none).
    func matches(_ other: JSONShape) -> Bool {
        switch (self, other) {
        case (.list(let mine), .list(let theirs)):
            guard let mine, let theirs else { return true }
            return mine.matches(theirs)
        case (.object(let mine), .object(let theirs)):
            return Set(mine.keys) == Set(theirs.keys) && mine.allSatisfy { theirs[$0.key].map($0.value.matches) ?? false }
        default:
            return self == other
        }
    }

    /// This shape without the members named `keys`, at any depth.
    func removing(_ keys: Set<String>) -> JSONShape {
        switch self {
        case .list(let element): .list(element?.removing(keys))
        case .object(let members): .object(members.filter { !keys.contains($0.key) }.mapValues { $0.removing(keys) })
        default: self
        }
    }

    var description: String {
        switch self {
        case .bool: "bool"
        case .number: "number"
        case .string: "string"
        case .null: "null"
        case .list(let element): "[\(element.map(\.description) ?? "")]"
        case .object(let members): "{" + members.keys.sorted().map { "\($0): \(members[$0]!)" }.joined(separator: ", ") + "}"
        }
    }
}

struct MotoServerError: Error, CustomStringConvertible {
    let description: String
}
