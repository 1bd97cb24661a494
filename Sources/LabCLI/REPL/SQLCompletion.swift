import Foundation
import LabKit
import Warehouse

/// Completes SQL at the REPL: Redshift's keywords in the case the learner started typing, and the
/// scratch database's table and view names.
struct SQLCompletion: CompletionProvider {
    let workspaceRoot: URL

    func completions(for word: String, in line: String) -> [String] {
        let first = line.split(separator: " ").first.map { $0.lowercased() }
        guard !word.isEmpty, first != "aws", !word.hasPrefix("\\") else { return [] }
        let lower = word.lowercased()
        let upper = word.first.map { $0.isUppercase } ?? false
        let keywords = Keyword.allCases.map(\.rawValue).filter { $0.hasPrefix(lower) }
            .map { upper ? $0.uppercased() : $0 }
        let relations = ((try? OpenDatabases.shared.database(for: workspaceRoot).database.visibleRelationNames) ?? [])
            .filter { $0.hasPrefix(lower) }
        return keywords + relations
    }
}
