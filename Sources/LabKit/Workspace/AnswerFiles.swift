import Foundation

/// The learner's answer files under the workspace's `answers/` folder (`answers/<lab>/<step>.sql`),
/// keyed by their path relative to it. Only regular `.sql` files are read; links are not followed,
/// so nothing outside the workspace is ever picked up.
public enum AnswerFiles {
    public static func read(in workspace: Workspace) throws -> [String: String] {
        let root = workspace.answersDirectory.standardizedFileURL
        let fm = FileManager.default
        guard fm.fileExists(atPath: root.path),
              let walker = fm.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey])
        else { return [:] }
        var files: [String: String] = [:]
        for case let url as URL in walker where url.pathExtension == "sql" {
            let values = try url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            guard values.isRegularFile == true, values.isSymbolicLink != true else { continue }
            let relative = url.standardizedFileURL.path.dropFirst(root.path.count + 1)
            files[String(relative)] = try String(contentsOf: url, encoding: .utf8)
        }
        return files
    }
}
