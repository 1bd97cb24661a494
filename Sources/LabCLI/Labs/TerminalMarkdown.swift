/// Renders a lab's Markdown for a terminal: headings underlined, paragraphs and list items wrapped,
/// fenced code indented and kept exactly as written (commands must stay copyable).
enum TerminalMarkdown {
    static func render(_ markdown: String, width: Int = TextWrap.width) -> String {
        var output: [String] = []
        var paragraph: [String] = []
        var inCode = false

        func flush() {
            guard !paragraph.isEmpty else { return }
            let text = paragraph.joined(separator: " ")
            if let item = listItem(text) {
                output.append(TextWrap.wrap(item.body, indent: "  \(item.marker) ",
                                            hanging: String(repeating: " ", count: item.marker.count + 3), width: width))
            } else {
                output.append(TextWrap.wrap(text, width: width))
            }
            paragraph = []
        }

        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine)
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") {
                flush()
                inCode.toggle()
                continue
            }
            if inCode {
                output.append("    " + line)
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                flush()
                if output.last != "" { output.append("") }
            } else if trimmed.hasPrefix("#") {
                flush()
                let title = trimmed.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
                output.append(title)
                output.append(String(repeating: trimmed.hasPrefix("##") ? "-" : "=", count: title.count))
            } else if listItem(trimmed) != nil {
                flush()
                paragraph = [trimmed]
            } else {
                paragraph.append(trimmed)
            }
        }
        flush()
        while output.last == "" { output.removeLast() }
        return output.joined(separator: "\n")
    }

    /// `- item`, `* item` or `1. item`.
    private static func listItem(_ text: String) -> (marker: String, body: String)? {
        if text.hasPrefix("- ") || text.hasPrefix("* ") { return ("•", String(text.dropFirst(2))) }
        let digits = text.prefix { $0.isNumber }
        if !digits.isEmpty, text.dropFirst(digits.count).hasPrefix(". ") {
            return ("\(digits).", String(text.dropFirst(digits.count + 2)))
        }
        return nil
    }
}
