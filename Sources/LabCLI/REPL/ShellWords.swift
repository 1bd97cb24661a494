/// Splits a REPL command's arguments as a shell would: whitespace separates words, single and
/// double quotes group them, backslash escapes one character outside single quotes.
enum ShellWords {
    enum Problem: Error, Equatable, CustomStringConvertible {
        case unterminatedQuote(Character)

        var description: String {
            switch self {
            case .unterminatedQuote(let quote): return "unterminated \(quote) quote"
            }
        }
    }

    static func split(_ text: String) -> Result<[String], Problem> {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for c in text {
            if escaped {
                current.append(c)
                escaped = false
            } else if let open = quote {
                if c == open {
                    quote = nil
                } else if c == "\\" && open == "\"" {
                    escaped = true
                } else {
                    current.append(c)
                }
            } else if c == "'" || c == "\"" {
                quote = c
                inWord = true
            } else if c == "\\" {
                escaped = true
                inWord = true
            } else if c.isWhitespace {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(c)
                inWord = true
            }
        }
        if let open = quote { return .failure(.unterminatedQuote(open)) }
        if inWord { words.append(current) }
        return .success(words)
    }
}
