/// Formats an `SQLError` the way psql prints a server error, so `lab sql` output matches what a
/// learner would see against a real cluster:
///
/// ```
/// ERROR:  syntax error at or near "FORM"
/// LINE 1: SELECT * FORM t
///                  ^
/// HINT:  ...
/// ```
///
/// The `LINE` excerpt follows libpq's `reportErrorPosition`: tabs shown as spaces, `\r`, `\n` and
/// `\r\n` ending lines, and a line longer than 60 characters cut down around the error with `...`.
public enum ErrorRenderer {
    /// psql's screen-width budget for the quoted line.
    private static let displayWidth = 60
    /// How close to the cut end of a long line the error may sit.
    private static let minimumRightCut = 10

    /// The psql rendering of `error` raised by `statement`, one line per `\n`, ending with `\n`.
    public static func render(_ error: SQLError, statement: String, severity: String = "ERROR") -> String {
        var lines = ["\(severity):  \(error.message)"]
        if let position = error.position, let excerpt = excerpt(of: statement, at: position) {
            lines += excerpt
        }
        if let detail = error.detail { lines.append("DETAIL:  \(detail)") }
        if let hint = error.hint { lines.append("HINT:  \(hint)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `LINE n: ...` line and the caret line under 1-based character `position`, or `nil` when
    /// the position lies beyond the text.
    static func excerpt(of statement: String, at position: Int) -> [String]? {
        let location = position - 1
        guard location >= 0 else { return nil }
        var characters = Array(statement.unicodeScalars)
        var lineNumber = 1
        var lineStart = 0
        var lineEnd = -1
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\t" {
                characters[index] = " "
            } else if character == "\r" || character == "\n" {
                if index < location {
                    if character == "\r" || index == 0 || characters[index - 1] != "\r" { lineNumber += 1 }
                    lineStart = index + 1
                } else {
                    lineEnd = index
                    break
                }
            }
            index += 1
        }
        if lineEnd < 0 { lineEnd = index }
        guard location <= index else { return nil }

        var cutStart = false
        var cutEnd = false
        if lineEnd - lineStart > displayWidth {
            if lineStart + displayWidth >= location + minimumRightCut {
                lineEnd = lineStart + displayWidth
                cutEnd = true
            } else {
                if location + minimumRightCut < lineEnd {
                    lineEnd = location + minimumRightCut
                    cutEnd = true
                }
                if lineEnd - lineStart > displayWidth {
                    lineStart = lineEnd - displayWidth
                    cutStart = true
                }
            }
        }
        let prefix = "LINE \(lineNumber): " + (cutStart ? "..." : "")
        var text = String.UnicodeScalarView()
        text.append(contentsOf: characters[lineStart..<lineEnd])
        let line = prefix + String(text) + (cutEnd ? "..." : "")
        let caret = String(repeating: " ", count: prefix.count + location - lineStart) + "^"
        return [line, caret]
    }
}
