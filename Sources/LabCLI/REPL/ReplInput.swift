import Foundation

/// What one line typed at the REPL asks for, decided before anything runs.
enum ReplInput: Equatable {
    /// Leave the REPL (`\q`, `exit`, `quit`).
    case quit
    /// A psql-style backslash command, e.g. `\?` or `\timing on`.
    case meta(command: String, arguments: String)
    /// An AWS CLI command line for the control plane (`aws s3 ls`).
    case aws(arguments: String)
    /// One of the lab's own words (`check`, `hint`, ...), with whatever followed it.
    case lab(word: LabWord, arguments: String)
    /// SQL text, possibly the start of a statement continued on later lines.
    case sql(String)
    case blank
}

/// The words that drive the guided labs and the exam from the REPL.
enum LabWord: String, CaseIterable {
    case check, hint, next, back, goto, status, labs, reset, submit, solution, clock, cost, help, exam
}

extension ReplInput {
    /// Classifies a line typed at an empty input buffer. A lab word followed by `;` is SQL instead,
    /// so Redshift's `RESET name;` still reaches the engine.
    static func classify(_ line: String) -> ReplInput {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return .blank }
        if trimmed.hasPrefix("\\") {
            let body = trimmed.dropFirst()
            let name = String(body.prefix { !$0.isWhitespace })
            let rest = body.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
            return name == "q" ? .quit : .meta(command: name, arguments: rest)
        }
        let first = String(trimmed.prefix { !$0.isWhitespace })
        let rest = trimmed.dropFirst(first.count).trimmingCharacters(in: .whitespaces)
        let lower = first.lowercased()
        if (lower == "exit" || lower == "quit") && rest.isEmpty { return .quit }
        if lower == "aws" { return .aws(arguments: rest) }
        if let word = LabWord(rawValue: lower), !trimmed.hasSuffix(";") {
            return .lab(word: word, arguments: rest)
        }
        return .sql(line)
    }
}

