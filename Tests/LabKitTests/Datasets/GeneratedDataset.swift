import Foundation
@testable import LabKit

/// A dataset generated into a fresh temporary folder, with helpers to read it back the way a
/// lab or a loader would, independently of the generator's own code.
struct GeneratedDataset {
    let directory = TemporaryDirectory()
    let manifest: DatasetManifest

    init(scale: String = "0.01", seed: UInt64 = 42) throws {
        manifest = try DatasetGenerator(scale: DatasetScale(parsing: scale), seed: seed).generate(into: directory.url)
    }

    var root: URL { directory.url }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func text(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    /// The file's lines without the final empty one after the last newline.
    func lines(_ path: String) throws -> [String] {
        var lines = try text(path).components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Every regular file below the root, as paths relative to it, sorted.
    func allFiles() throws -> [String] {
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        var paths: [String] = []
        while let item = enumerator?.nextObject() as? URL {
            guard try item.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            paths.append(String(item.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)))
        }
        return paths.sorted()
    }

    /// Every JSON object of a JSON-lines file.
    func jsonLines(_ path: String) throws -> [[String: Any]] {
        try lines(path).map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw CocoaError(.coderReadCorrupt)
            }
            return object
        }
    }
}

/// RFC 4180 fields of one CSV line: commas split, double quotes enclose, `""` is a quote.
func csvFields(_ line: String) -> [String] {
    var fields: [String] = [], current = "", quoted = false, previousQuote = false
    for character in line {
        if quoted {
            if character == "\"" { quoted = false; previousQuote = true; continue }
            current.append(character)
        } else if character == "\"" {
            if previousQuote { current.append("\"") }
            quoted = true
        } else if character == "," {
            fields.append(current)
            current = ""
        } else {
            current.append(character)
        }
        previousQuote = false
    }
    fields.append(current)
    return fields
}

/// Whether `text` is a real `YYYY-MM-DD HH:MM:SS` moment (a valid calendar day and time).
func isValidTimestamp(_ text: String) -> Bool {
    let parts = text.split(separator: " ")
    guard parts.count == 2 else { return false }
    let date = parts[0].split(separator: "-").compactMap { Int($0) }
    let time = parts[1].split(separator: ":").compactMap { Int($0) }
    guard date.count == 3, time.count == 3, (1...12).contains(date[1]), date[0] > 0,
          (0...23).contains(time[0]), (0...59).contains(time[1]), (0...59).contains(time[2]) else { return false }
    var components = DateComponents()
    components.year = date[0]
    components.month = date[1]
    components.day = date[2]
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
    guard let day = calendar.date(from: components) else { return false }
    return calendar.component(.day, from: day) == date[2]
}

/// Whether `text` is a plain decimal number (digits, at most one point).
func isPlainNumber(_ text: String) -> Bool {
    !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } && text.filter { $0 == "." }.count <= 1
        && text.first != "." && text.last != "."
}
