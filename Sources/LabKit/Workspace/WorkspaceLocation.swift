import Foundation

/// Where the workspace is: `--workspace DIR`, else `$LAB_HOME`, else `~/.redshift-lab`.
public enum WorkspaceLocation {
    public static func resolve(option: String?, environment: [String: String], home: String) -> URL {
        if let option, !option.isEmpty { return url(option, home: home) }
        if let env = environment["LAB_HOME"], !env.isEmpty { return url(env, home: home) }
        return URL(fileURLWithPath: home).appendingPathComponent(".redshift-lab", isDirectory: true)
    }

    /// Expands a leading `~` as a shell would; relative paths stay relative to the current directory.
    private static func url(_ path: String, home: String) -> URL {
        if path == "~" { return URL(fileURLWithPath: home, isDirectory: true) }
        if path.hasPrefix("~/") {
            return URL(fileURLWithPath: home).appendingPathComponent(String(path.dropFirst(2)), isDirectory: true)
        }
        return URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }
}
