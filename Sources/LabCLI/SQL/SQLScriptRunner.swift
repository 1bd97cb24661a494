import Foundation
import LabKit
import Warehouse

/// Runs SQL text statement by statement on a scratch database the way psql with ON_ERROR_STOP
/// does: results to `out`, notices and errors to `err` (`ERROR:  ...` with the `LINE n:` excerpt
/// and caret), stopping at the first error. `lab sql` and the REPL share it.
struct SQLScriptRunner {
    let database: ScratchDatabase
    let formatter: ResultFormatter
    let out: (String) -> Void
    let err: (String) -> Void

    /// Runs `script`; false when a statement failed. `source` names the file for psql's
    /// `psql:FILE:LINE:` error prefix when the script came from `-f`.
    func run(_ script: String, source: String? = nil) -> Bool {
        let trimmed = script.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.lowercased().hasPrefix("\\copy") { return runCopy(String(trimmed.dropFirst(5))) }
        for piece in ScriptSplitter.split(script) {
            do {
                for result in try database.execute(piece.text) {
                    for notice in result.notices { err("\(notice.severity):  \(notice.message)\n") }
                    out(formatter.render(result))
                }
            } catch {
                var prefix = ""
                if let source {
                    let line = script.utf8.prefix(piece.location.byteOffset + piece.text.utf8.count).filter { $0 == 10 }.count + 1
                    prefix = "lab:\(source):\(line): "
                }
                err(prefix + ErrorRenderer.render(error, statement: piece.text))
                return false
            }
        }
        return true
    }

    /// psql's `\copy ... FROM 'file'`: the whole file in one transaction, `COPY n` on success.
    func runCopy(_ arguments: String) -> Bool {
        let copy: ClientCopy
        switch ClientCopy.parse(arguments) {
        case .success(let parsed): copy = parsed
        case .failure(let error):
            err("\(error)\n")
            return false
        }
        guard let data = FileManager.default.contents(atPath: copy.file) else {
            err("\(copy.file): No such file or directory\n")
            return false
        }
        let count: Int
        do {
            count = try database.copy(copy, from: data)
        } catch {
            err("ERROR:  \(error.message)\nCONTEXT:  COPY \(copy.table)\n")
            return false
        }
        out("COPY \(count)\n")
        return true
    }
}
