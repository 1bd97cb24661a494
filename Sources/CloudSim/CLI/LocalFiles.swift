import Foundation

/// Local files as the CLI reaches them: `~` and `$VAR` expanded, relative paths taken from the
/// working directory (the REPL's and tests' as well as the process's), and `file://path` (text)
/// and `fileb://path` (bytes) parameter values, which the CLI replaces with the file's contents
/// before reading them as shorthand, JSON or a scalar.
struct LocalFiles: Sendable {
    struct LoadError: Error, Equatable, CustomStringConvertible {
        let description: String
    }

    let workingDirectory: URL

    /// The file a user-given path names.
    func url(_ path: String) -> URL {
        let expanded = Self.expand(path)
        if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded) }
        return workingDirectory.appendingPathComponent(expanded)
    }

    /// The contents `value` names, or nil when it names no file.
    func load(_ value: String) throws(LoadError) -> AWSValue? {
        for (prefix, binary) in [("file://", false), ("fileb://", true)] where value.hasPrefix(prefix) {
            let path = Self.expand(String(value.dropFirst(prefix.count)))
            let data: Data
            do {
                data = try read(path)
            } catch {
                throw LoadError(description: "Unable to load paramfile \(value): \(error.description)")
            }
            if binary { return .blob(data) }
            guard let text = String(data: data, encoding: .utf8) else {
                throw LoadError(description: "Unable to load paramfile (\(path)), text contents could not be decoded.  "
                    + "If this is a binary file, please use the fileb:// prefix instead of the file:// prefix.")
            }
            return .string(text)
        }
        return nil
    }

    /// `~` and `$VAR` expanded as Python's `expanduser`/`expandvars` do.
    static func expand(_ path: String) -> String {
        var path = path
        if path == "~" || path.hasPrefix("~/") {
            path = NSHomeDirectory() + path.dropFirst()
        }
        let environment = ProcessInfo.processInfo.environment
        var out = "", index = path.startIndex
        while index < path.endIndex {
            if path[index] == "$" {
                let nameStart = path.index(after: index)
                let nameEnd = path[nameStart...].firstIndex { !($0.isLetter || $0.isNumber || $0 == "_") } ?? path.endIndex
                let name = String(path[nameStart..<nameEnd])
                if !name.isEmpty, let value = environment[name] {
                    out += value
                    index = nameEnd
                    continue
                }
            }
            out.append(path[index])
            index = path.index(after: index)
        }
        return out
    }

    /// Writes `data` to the file `path` names, failing as Python's `open(path, 'wb')` does.
    func write(_ data: Data, to path: String) throws(OSError) {
        let descriptor = open(url(path).path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw OSError(code: errno, path: path) }
        defer { close(descriptor) }
        var offset = 0
        while offset < data.count {
            let written = data.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, data.count - offset) }
            if written < 0 { throw OSError(code: errno, path: path) }
            offset += written
        }
    }

    /// Reads the file `path` names, failing with Python's OSError wording, which quotes the path
    /// as given (`[Errno 2] No such file or directory: 'x'`).
    func read(_ path: String) throws(OSError) -> Data {
        let descriptor = open(url(path).path, O_RDONLY)
        guard descriptor >= 0 else { throw OSError(code: errno, path: path) }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { throw OSError(code: EISDIR, path: path) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 { throw OSError(code: errno, path: path) }
            if count == 0 { return data }
            data.append(buffer, count: count)
        }
    }
}
