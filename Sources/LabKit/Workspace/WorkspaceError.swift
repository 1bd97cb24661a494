/// Why a directory cannot be used as a workspace, worded for the person who named it.
public enum WorkspaceError: Error, Equatable, CustomStringConvertible {
    case notADirectory(String)
    case notAWorkspace(String)
    case damagedMarker(String)
    case newerFormat(String, found: Int, supported: Int)
    case unreadable(String, reason: String)
    case cannotCreate(String, reason: String)

    public var description: String {
        switch self {
        case .notADirectory(let path):
            return "\(path) is a file, not a directory; a workspace is a directory."
        case .notAWorkspace(let path):
            return "\(path) is not a Redshift Lab workspace (it is not empty and has no \(Workspace.markerName)); "
                + "it was left untouched. Name an empty or new directory with --workspace."
        case .damagedMarker(let path):
            return "\(path)/\(Workspace.markerName) is damaged or not a Redshift Lab workspace marker; "
                + "the workspace was left untouched."
        case .newerFormat(let path, let found, let supported):
            return "\(path) was written by a newer lab (workspace format \(found); this lab reads format \(supported)). "
                + "Upgrade lab; the workspace was left untouched."
        case .unreadable(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .cannotCreate(let path, let reason):
            return "cannot create a workspace at \(path): \(reason)"
        }
    }
}
