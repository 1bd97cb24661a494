import Foundation
import Warehouse

/// Where clusters keep their databases' files inside the world directory: `clusters/ID/` for a
/// cluster, `snapshots/ID/` for what a snapshot copied. CloudSim treats the files as opaque (the
/// SQL layer writes them); it only creates, copies and removes the directories as clusters and
/// snapshots come and go.
///
/// The world database commits or rolls back, but the file system does not, so every change is
/// shaped to be harmless if the operation's transaction later fails: a directory is cleared
/// before it is created or copied into (a leftover of a failed attempt never leaks into a new
/// cluster), and data is removed only when its cluster or snapshot is already going.
struct ClusterStorage: Sendable {
    /// The world directory.
    let root: URL

    /// The directory of cluster `id`'s database. Identifiers were validated (lower-case letters,
    /// digits, hyphens) before any of them gets here; the check keeps a path from ever escaping.
    func clusterDirectory(_ id: String) throws(WorldError) -> URL {
        try directory("clusters", id)
    }

    func snapshotDirectory(_ id: String) throws(WorldError) -> URL {
        try directory("snapshots", id)
    }

    /// An empty database directory for a new cluster.
    func createCluster(_ id: String) throws(WorldError) {
        let target = try clusterDirectory(id)
        try perform("create the data directory of cluster \(id)") {
            try Self.clear(target)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        }
    }

    /// Copies the cluster's database files as snapshot `snapshotID` holds them.
    func snapshot(cluster id: String, as snapshotID: String) throws(WorldError) {
        try copy(try clusterDirectory(id), to: try snapshotDirectory(snapshotID), "copy cluster \(id)'s data into snapshot \(snapshotID)")
    }

    /// A new cluster's database as the snapshot holds it.
    func restore(snapshot snapshotID: String, into id: String) throws(WorldError) {
        try copy(try snapshotDirectory(snapshotID), to: try clusterDirectory(id), "restore snapshot \(snapshotID) into cluster \(id)")
    }

    func removeCluster(_ id: String) throws(WorldError) {
        let target = try clusterDirectory(id)
        try perform("remove the data of cluster \(id)") { try Self.clear(target) }
    }

    func removeSnapshot(_ id: String) throws(WorldError) {
        let target = try snapshotDirectory(id)
        try perform("remove the data of snapshot \(id)") { try Self.clear(target) }
    }

    private func copy(_ source: URL, to target: URL, _ what: String) throws(WorldError) {
        try perform(what) {
            try Self.clear(target)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if FileManager.default.fileExists(atPath: source.path) {
                // The files of the source's last commit, under its write lock: a whole commit
                // even while a `lab` process is writing the database.
                try DatabaseDirectory.copyLastCommit(from: source, to: target)
            } else {
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            }
        }
    }

    private func directory(_ kind: String, _ id: String) throws(WorldError) -> URL {
        let safe = !id.isEmpty && id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isLowercase || ("0"..."9").contains($0) || $0 == "-") }
        guard safe else { throw WorldError("'\(id)' cannot name a data directory") }
        return root.appendingPathComponent(kind, isDirectory: true).appendingPathComponent(id, isDirectory: true)
    }

    private static func clear(_ directory: URL) throws {
        if FileManager.default.fileExists(atPath: directory.path) { try FileManager.default.removeItem(at: directory) }
    }

    private func perform(_ what: String, _ body: () throws -> Void) throws(WorldError) {
        do { try body() } catch { throw WorldError("could not \(what): \(error.localizedDescription)") }
    }
}
