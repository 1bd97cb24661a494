import Foundation

/// One output file written as a stream: lines collect in a buffer that is flushed every megabyte,
/// so memory stays bounded however large the scale. It counts the bytes and records it wrote for
/// the manifest.
final class DatasetFile {
    /// The path inside the dataset folder, with `/` separators (`sales/sales_2025_01.csv`).
    let path: String
    private let handle: FileHandle
    private let url: URL
    var line = TextBytes()
    private var pending: [UInt8] = []
    private(set) var byteCount = 0
    private(set) var records = 0

    init(root: URL, path: String) throws {
        self.path = path
        url = path.split(separator: "/").reduce(root) { $0.appendingPathComponent(String($1)) }
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw DatasetError.cannotWrite(folder.path, reason: DatasetError.reason(error))
        }
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw DatasetError.cannotWrite(url.path, reason: "the file could not be created")
        }
        do {
            handle = try FileHandle(forWritingTo: url)
        } catch {
            throw DatasetError.cannotWrite(url.path, reason: DatasetError.reason(error))
        }
        pending.reserveCapacity(1 << 20)
    }

    /// Ends the line being assembled with `\n`; `record` says whether it is a data record (a
    /// header is not).
    func endLine(record: Bool = true) throws {
        line.append(byte: UInt8(ascii: "\n"))
        try write(line.bytes)
        line.bytes.removeAll(keepingCapacity: true)
        if record { records += 1 }
    }

    /// Bytes exactly as given (a stray file's text, a copied row that already ends in `\n`).
    func write(_ bytes: [UInt8]) throws {
        pending.append(contentsOf: bytes)
        byteCount += bytes.count
        if pending.count >= 1 << 20 { try flush() }
    }

    func countRecord() { records += 1 }

    private func flush() throws {
        guard !pending.isEmpty else { return }
        do {
            try handle.write(contentsOf: pending)
        } catch {
            throw DatasetError.cannotWrite(url.path, reason: DatasetError.reason(error))
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file; returns its manifest entry.
    func close() throws -> DatasetManifest.File {
        try flush()
        do {
            try handle.close()
        } catch {
            throw DatasetError.cannotWrite(url.path, reason: DatasetError.reason(error))
        }
        return DatasetManifest.File(path: path, bytes: byteCount, records: records)
    }
}
