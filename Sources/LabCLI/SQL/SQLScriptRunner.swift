import Foundation
import LabKit
import Warehouse

/// Runs SQL text statement by statement on the scratch database or a cluster's the way psql with
/// ON_ERROR_STOP does: results to `out`, notices and errors to `err` (`ERROR:  ...` with the
/// `LINE n:` excerpt and caret), stopping at the first error. A cluster that stops accepting the
/// connection mid-script is reported as psql reports a lost connection. `lab sql` and the REPL
/// share it.
struct SQLScriptRunner {
    let database: any SQLTarget
    let formatter: ResultFormatter
    let out: (String) -> Void
    let err: (String) -> Void

    /// Runs `script`; false when a statement failed. `source` names the file for psql's
    /// `psql:FILE:LINE:` error prefix when the script came from `-f`, whose line `firstLine`
    /// the script starts at. With `timing`, psql's `Time:` line follows each statement.
    func run(_ script: String, source: String? = nil, firstLine: Int = 1, timing: Bool = false) -> Bool {
        let trimmed = script.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.lowercased().hasPrefix("\\copy") { return runCopy(String(trimmed.dropFirst(5))) }
        for piece in ScriptSplitter.split(script) {
            let (failure, time) = PsqlTiming.timed { () -> (any Error)? in
                do {
                    for result in try database.execute(piece.text) {
                        for notice in result.notices { err("\(notice.severity):  \(notice.message)\n") }
                        out(formatter.render(result))
                    }
                    return nil
                } catch {
                    return error
                }
            }
            if let failure = failure as? SQLError {
                var prefix = ""
                if let source {
                    let line = script.utf8.prefix(piece.location.byteOffset + piece.text.utf8.count).filter { $0 == 10 }.count + firstLine
                    prefix = "lab:\(source):\(line): "
                }
                err(prefix + ErrorRenderer.render(failure, statement: piece.text))
                return false
            } else if let failure {
                err("\(failure)\n")
                return false
            }
            if timing { out(time + "\n") }
        }
        return true
    }

    /// Runs a `-c` argument or `-f` script as psql does: a line starting with a backslash is a
    /// meta-command (`\timing [on|off]`, `\copy ...`) run when reached; the SQL between them
    /// runs statement by statement. `timing` carries `\timing` from one call to the next.
    func runScript(_ script: String, source: String? = nil, timing: inout Bool) -> Bool {
        var pending: [Substring] = []
        var pendingStart = 1
        var lineNumber = 0
        func flush() -> Bool {
            defer { pending = [] }
            let sql = pending.joined(separator: "\n")
            guard !sql.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return true }
            return run(sql, source: source, firstLine: pendingStart, timing: timing)
        }
        for line in script.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("\\") else {
                if pending.isEmpty { pendingStart = lineNumber }
                pending.append(line)
                continue
            }
            guard flush() else { return false }
            let words = trimmed.dropFirst().split(separator: " ", maxSplits: 1)
            let command = words.first.map { $0.lowercased() } ?? ""
            let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
            switch command {
            case "timing":
                switch PsqlTiming.switched(timing, argument: argument) {
                case .success(let on):
                    timing = on
                    out(PsqlTiming.announcement(on) + "\n")
                case .failure(let error):
                    err(error.message + "\n")
                    return false
                }
            case "copy":
                let (succeeded, time) = PsqlTiming.timed { runCopy(" " + argument) }
                guard succeeded else { return false }
                if timing { out(time + "\n") }
            default:
                err("invalid command \\\(command)\n")
                return false
            }
        }
        return flush()
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
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: copy.file, isDirectory: &isDirectory), !isDirectory.boolValue else {
            err("\(copy.file): No such file or directory\n")
            return false
        }
        let count: Int
        do {
            count = try database.copy(copy, from: .file(path: copy.file))
        } catch {
            let message = (error as? SQLError)?.message ?? "\(error)"
            err("ERROR:  \(message)\nCONTEXT:  COPY \(copy.table)\n")
            return false
        }
        out("COPY \(count)\n")
        return true
    }
}
