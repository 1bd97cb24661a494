import Foundation
import LabKit
import Warehouse

/// Completes SQL at the REPL: Redshift's keywords in the case the learner started typing, and the
/// table and view names of the database SQL goes to (the scratch database, or the cluster's
/// after `\\c`).
struct SQLCompletion: CompletionProvider {
    let workspaceRoot: URL
    var connection: ReplConnection?

    func completions(for word: String, in line: String) -> [String] {
        let first = line.split(separator: " ").first.map { $0.lowercased() }
        guard !word.isEmpty, first != "aws", !word.hasPrefix("\\") else { return [] }
        let lower = word.lowercased()
        let upper = word.first.map { $0.isUppercase } ?? false
        let keywords = Keyword.allCases.map(\.rawValue).filter { $0.hasPrefix(lower) }
            .map { upper ? $0.uppercased() : $0 }
        let target = try? OpenDatabases.shared.target(workspaceRoot: workspaceRoot, cluster: connection?.cluster?.id)
        let relations = (target?.database.visibleRelationNames ?? [])
            .filter { $0.hasPrefix(lower) }
        return keywords + relations
    }
}
