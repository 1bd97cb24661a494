import Foundation

/// Reads the first 100 bytes of a would-be progress file, the SQLite header, without opening it as
/// a database: opening would switch a foreign file to WAL mode, which is a write.
enum ProgressFileHeader {
    static let magic = Array("SQLite format 3\u{0}".utf8)

    /// Passes for a missing or empty file (a new store) or a SQLite file stamped with our
    /// application id or none (a store created before its first migration finished).
    static func check(path: String, applicationID: Int32) throws(ProgressStoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            if FileManager.default.fileExists(atPath: path) {
                throw .unreadable(path, reason: "permission denied")
            }
            return
        }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        if header.isEmpty { return }
        guard header.count == 100, Array(header[0..<16]) == magic else { throw .notADatabase(path) }
        let stamped = header[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        if stamped == UInt32(bitPattern: applicationID) { return }
        if stamped != 0 || pageCount(header) > 1 { throw .foreignDatabase(path) }
    }

    /// A database of one page has no tables yet; anything larger without our stamp is someone else's.
    private static func pageCount(_ header: [UInt8]) -> UInt32 {
        header[28..<32].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }
}
