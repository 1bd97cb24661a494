/// Collects SQL typed over several lines, as psql does: a statement is complete at a `;` that is
/// outside quotes, comments, dollar quotes and parentheses. It remembers where the unfinished text
/// stands so the REPL can show psql's continuation prompts (`-`, `'`, `"`, `*`, `(`, `$`).
struct SQLInputBuffer {
    /// What kind of unfinished text the buffer ends in.
    enum Continuation: Equatable {
        case none, statement, singleQuote, doubleQuote, blockComment, parenthesis, dollarQuote

        /// The character psql puts in the prompt for this state.
        var promptMark: Character {
            switch self {
            case .none: return "="
            case .statement: return "-"
            case .singleQuote: return "'"
            case .doubleQuote: return "\""
            case .blockComment: return "*"
            case .parenthesis: return "("
            case .dollarQuote: return "$"
            }
        }
    }

    private(set) var text = ""
    private var scanner = Scanner()

    var isEmpty: Bool { text.allSatisfy(\.isWhitespace) }

    var continuation: Continuation {
        if isEmpty { return .none }
        return scanner.continuation
    }

    /// Adds one input line; returns the statements it completed, each with its terminating `;`.
    mutating func append(line: String) -> [String] {
        var completed: [String] = []
        var current = text.isEmpty ? "" : text + "\n"
        for character in line {
            current.append(character)
            if scanner.consume(character) {
                let statement = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if statement != ";" { completed.append(statement) }
                current = ""
            }
        }
        scanner.endLine()
        text = current
        return completed
    }

    /// Drops everything not yet sent (psql's `\r`, or Ctrl-C).
    mutating func reset() {
        text = ""
        scanner = Scanner()
    }

    /// The lexical state machine, fed one character at a time.
    private struct Scanner {
        private var state: Continuation = .statement
        private var depth = 0
        private var commentDepth = 0
        private var previous: Character?
        private var dollarTag: String?
        private var pendingTag: String?
        private var lineComment = false
        private var escaped = false

        var continuation: Continuation { depth > 0 && state == .statement ? .parenthesis : state }

        mutating func endLine() {
            lineComment = false
            previous = nil
        }

        /// Returns true when `c` is a statement-ending semicolon.
        mutating func consume(_ c: Character) -> Bool {
            defer { previous = c }
            if lineComment { return false }
            switch state {
            case .singleQuote:
                // Redshift keeps PostgreSQL 8's backslash escapes inside '...' ('it\'s'), as the lexer does.
                if escaped {
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else if c == "'" {
                    state = .statement
                }
                return false
            case .doubleQuote:
                if c == "\"" { state = .statement }
                return false
            case .blockComment:
                if previous == "*" && c == "/" {
                    commentDepth -= 1
                    if commentDepth == 0 { state = .statement }
                    return false
                }
                if previous == "/" && c == "*" { commentDepth += 1 }
                return false
            case .dollarQuote:
                return consumeInDollarQuote(c)
            default:
                return consumeInStatement(c)
            }
        }

        private var closingTag: String?

        private mutating func consumeInStatement(_ c: Character) -> Bool {
            if let tag = pendingTag {
                if c == "$" {
                    dollarTag = tag
                    pendingTag = nil
                    state = .dollarQuote
                    closingTag = nil
                    return false
                }
                if c.isLetter || c == "_" || (c.isNumber && !tag.isEmpty) {
                    pendingTag = tag + String(c)
                    return false
                }
                pendingTag = nil
            }
            switch c {
            case "'": state = .singleQuote
            case "\"": state = .doubleQuote
            case "-" where previous == "-": lineComment = true
            case "*" where previous == "/":
                state = .blockComment
                commentDepth = 1
            case "$" where !(previous.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false):
                pendingTag = ""
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            case ";" where depth == 0: return true
            default: break
            }
            return false
        }

        /// Inside `$tag$ ... $tag$`: only the exact closing tag ends the quote.
        private mutating func consumeInDollarQuote(_ c: Character) -> Bool {
            guard let tag = dollarTag else { return false }
            if c == "$" {
                if closingTag == tag {
                    state = .statement
                    dollarTag = nil
                    closingTag = nil
                    return false
                }
                closingTag = ""
                return false
            }
            if let partial = closingTag {
                let next = partial + String(c)
                closingTag = tag.hasPrefix(next) ? next : nil
            }
            return false
        }
    }
}
