extension StringProtocol {
    /// The text without leading and trailing blanks, tabs and newlines, as input functions see it.
    func trimmingSQLWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        let string = Substring(self)
        guard let first = string.firstIndex(where: { !isSpace($0) }),
              let last = string.lastIndex(where: { !isSpace($0) }) else { return "" }
        return string[first...last]
    }
}
