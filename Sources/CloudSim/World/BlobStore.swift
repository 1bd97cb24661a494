import Foundation
import Warehouse

/// Object bodies on disk, one file per body, named by a random id the world database records.
/// No path is ever built from a bucket name or key, so a key such as `../../etc/passwd` is only
/// ever a key; and writes go to a temporary file first, so a body is whole or absent.
struct BlobStore: Sendable {
    let directory: URL

    init(directory: URL) throws(WorldError) {
        self.directory = directory
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw WorldError("cannot create \(directory.path): \(error.localizedDescription)")
        }
    }

    /// Stores `data` under a new id and returns the id.
    func store(_ data: Data) throws(WorldError) -> String {
        let id = UUID().uuidString.lowercased()
        do {
            try data.write(to: try url(for: id), options: .atomic)
        } catch {
            throw WorldError("cannot store an object body in \(directory.path): \(error.localizedDescription)")
        }
        return id
    }

    func load(_ id: String) throws(WorldError) -> Data {
        do {
            return try Data(contentsOf: try url(for: id))
        } catch {
            throw missing(error.localizedDescription)
        }
    }

    /// The body as bytes, read straight into the array a COPY parses (`WholeFile`).
    func loadBytes(_ id: String) throws(WorldError) -> [UInt8] {
        let path = try url(for: id).path
        let bytes: [UInt8]?
        do {
            bytes = try WholeFile.read(path)
        } catch {
            throw missing(error.reason)
        }
        guard let bytes else { throw missing("no such file") }
        return bytes
    }

    private func missing(_ reason: String) -> WorldError {
        WorldError("the body of a stored object is missing from \(directory.path): \(reason)")
    }

    func remove(_ id: String) {
        guard let url = try? url(for: id) else { return }
        try? FileManager.default.removeItem(at: url)
    }

    /// Ids come from the world database, never from users; refusing anything but a UUID keeps
    /// even a damaged database from naming a path outside the directory.
    private func url(for id: String) throws(WorldError) -> URL {
        guard UUID(uuidString: id) != nil else { throw WorldError("invalid object body id \(id)") }
        return directory.appendingPathComponent(id)
    }
}
