import Foundation

/// Finds the `labs/` folder that holds lab definitions and the exam bank: `$LAB_CONTENT` when set,
/// else the nearest `labs/` above the running executable (a checkout's `.build/debug/lab`), else
/// one above the current directory.
public enum LabContent {
    public static func locate(executable: URL, currentDirectory: URL,
                              environment: [String: String]) throws(LabContentError) -> URL {
        if let explicit = environment["LAB_CONTENT"], !explicit.isEmpty {
            let url = URL(fileURLWithPath: explicit, isDirectory: true)
            guard isContent(url) else { throw .notContent(url.path) }
            return url
        }
        for start in [executable.resolvingSymlinksInPath().deletingLastPathComponent(), currentDirectory] {
            var directory = start
            while true {
                let candidate = directory.appendingPathComponent("labs", isDirectory: true)
                if isContent(candidate) { return candidate }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        throw .notFound
    }

    private static func isContent(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("exam").path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }
}

public enum LabContentError: Error, Equatable, CustomStringConvertible {
    case notFound
    case notContent(String)

    public var description: String {
        switch self {
        case .notFound:
            return "cannot find the lab content (a labs/ folder with exam/ inside) above the lab executable or the "
                + "current directory; set LAB_CONTENT to its path."
        case .notContent(let path):
            return "LAB_CONTENT=\(path) has no exam/ folder; point it at the project's labs/ folder."
        }
    }
}
