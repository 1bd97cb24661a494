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
}
