/// Splits an `aws ...` line typed at the REPL into arguments as a POSIX shell would: quotes
/// ('...' literal, "..." with \" \\ \$ \` escapes), backslash escapes, whitespace separating
/// words. There is no expansion: the REPL is not a shell, and `file://` paths are read as given.
public enum ShellWords {
    /// A quote opened and never closed: the line cannot be split.
    public struct UnterminatedQuote: Error, Equatable, CustomStringConvertible {
        public var description: String { "unterminated quote in the command line" }
    }

    public static func split(_ line: String) throws(UnterminatedQuote) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        let iterator = Array(line)
        var index = 0
        func next() -> Character? {
            guard index < iterator.count else { return nil }
            defer { index += 1 }
            return iterator[index]
        }
        while let c = next() {
            switch c {
            case " ", "\t", "\n":
                if inWord { words.append(word); word = ""; inWord = false }
            case "'":
                inWord = true
                while true {
                    guard let q = next() else { throw UnterminatedQuote() }
                    if q == "'" { break }
                    word.append(q)
                }
            case "\"":
                inWord = true
                while true {
                    guard let q = next() else { throw UnterminatedQuote() }
                    if q == "\"" { break }
                    if q == "\\", index < iterator.count, "\"\\$`".contains(iterator[index]) {
                        word.append(iterator[index])
                        index += 1
                    } else {
                        word.append(q)
                    }
                }
            case "\\":
                inWord = true
                if let escaped = next(), escaped != "\n" { word.append(escaped) }
            default:
                inWord = true
                word.append(c)
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
