/// `--exclude` and `--include` as the CLI applies them: every path is included to begin with,
/// then each filter in command-line order whose pattern matches decides, so the last match wins.
/// Patterns are Python `fnmatch` globs (`*` also crosses `/`, `?`, `[seq]`, `[!seq]`) matched
/// against the path below the source directory or prefix.
struct S3PathFilter {
    struct Rule {
        let excludes: Bool
        let pattern: String
    }

    var rules: [Rule] = []

    func includes(_ path: String) -> Bool {
        var included = true
        for rule in rules where Self.matches(Array(path), Array(rule.pattern)) {
            included = !rule.excludes
        }
        return included
    }

    static func matches(_ text: [Character], _ pattern: [Character]) -> Bool {
        var t = 0, p = 0
        var starPattern = -1, starText = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "*" {
                starPattern = p
                starText = t
                p += 1
            } else if p < pattern.count, let (matched, next) = single(text[t], pattern, p), matched {
                t += 1
                p = next
            } else if starPattern >= 0 {
                p = starPattern + 1
                starText += 1
                t = starText
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    /// Whether `c` matches the one-character pattern item at `p` (`?`, `[...]` or a literal),
    /// and where the next item starts.
    private static func single(_ c: Character, _ pattern: [Character], _ p: Int) -> (Bool, Int)? {
        switch pattern[p] {
        case "?":
            return (true, p + 1)
        case "[":
            var i = p + 1
            let negated = i < pattern.count && pattern[i] == "!"
            if negated { i += 1 }
            var matched = false
            var first = true
            while i < pattern.count, pattern[i] != "]" || first {
                if i + 2 < pattern.count, pattern[i + 1] == "-", pattern[i + 2] != "]" {
                    if pattern[i] <= c && c <= pattern[i + 2] { matched = true }
                    i += 3
                } else {
                    if pattern[i] == c { matched = true }
                    i += 1
                }
                first = false
            }
            guard i < pattern.count else { return (c == "[", p + 1) }
            return (matched != negated, i + 1)
        default:
            return (pattern[p] == c, p + 1)
        }
    }
}
