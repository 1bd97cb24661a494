import Foundation

/// The one directory that holds everything a learner does: control-plane state, simulated S3
/// objects, cluster data, the scratch warehouse, progress, answer files and REPL history.
///
/// Opening a workspace never damages what is already there: a directory that is not a workspace,
/// or one written by a newer `lab`, is refused and left exactly as it was.
public struct Workspace: Sendable {
    /// The on-disk layout version this build reads and writes.
    public static let formatVersion = 1
    /// The marker file whose presence makes a directory a workspace.
    public static let markerName = "workspace.json"

    public let root: URL
    public let manifest: WorkspaceManifest

    public var progressDatabase: URL { root.appendingPathComponent("progress.sqlite") }
    public var historyFile: URL { root.appendingPathComponent("history") }
    public var answersDirectory: URL { root.appendingPathComponent("answers", isDirectory: true) }

    /// Opens the workspace at `root`, creating it when the directory is missing or empty.
    public static func open(at root: URL, createdBy version: String) throws(WorkspaceError) -> Workspace {
        let fm = FileManager.default
        let path = root.path
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            throw .notADirectory(path)
        }
        let marker = root.appendingPathComponent(markerName)
        if fm.fileExists(atPath: marker.path) {
            return Workspace(root: root, manifest: try readManifest(marker, workspace: path))
        }
        if exists {
            let entries: [String]
            do { entries = try fm.contentsOfDirectory(atPath: path) } catch {
                throw .unreadable(path, reason: error.localizedDescription)
            }
            if !entries.isEmpty { throw .notAWorkspace(path) }
        }
        // Whole seconds: the marker stores ISO 8601 without fractions, so reopening reads back the same value.
        let created = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        let manifest = WorkspaceManifest(format: formatVersion, createdBy: version, created: created)
        do {
            try fm.createDirectory(at: root, withIntermediateDirectories: true)
            try manifest.encoded().write(to: marker, options: .atomic)
        } catch {
            throw .cannotCreate(path, reason: error.localizedDescription)
        }
        return Workspace(root: root, manifest: manifest)
    }

    private static func readManifest(_ marker: URL, workspace: String) throws(WorkspaceError) -> WorkspaceManifest {
        let manifest: WorkspaceManifest
        do {
            manifest = try WorkspaceManifest.decode(Data(contentsOf: marker))
        } catch {
            throw .damagedMarker(workspace)
        }
        if manifest.format > formatVersion {
            throw .newerFormat(workspace, found: manifest.format, supported: formatVersion)
        }
        if manifest.format < 1 { throw .damagedMarker(workspace) }
        return manifest
    }
}

/// What `workspace.json` records: the layout version and who made the workspace when.
public struct WorkspaceManifest: Codable, Sendable, Equatable {
    public var format: Int
    public var createdBy: String
    public var created: Date

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }

    static func decode(_ data: Data) throws -> WorkspaceManifest {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(WorkspaceManifest.self, from: data)
    }
}
