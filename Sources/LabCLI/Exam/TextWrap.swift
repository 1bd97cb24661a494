/// Re-flows authored text for a 100-column terminal: prose lines of a paragraph are joined and
/// wrapped at word boundaries; lines that start with white space (code, SQL, policy JSON) are kept
/// as written. Every output line starts with `indent`, continuation lines with `hanging`.
enum TextWrap {
    static let width = 100

    static func wrap(_ text: String, indent: String = "", hanging: String? = nil, width: Int = width) -> String {
        let continuation = hanging ?? indent
        var output: [String] = []
        var prose: [Substring] = []

        func flushProse() {
            guard !prose.isEmpty else { return }
            var line = output.isEmpty ? indent : continuation
            var lineHasWord = false
            for word in prose {
                if lineHasWord && line.count + 1 + word.count > width {
                    output.append(line)
                    line = continuation
                    lineHasWord = false
                }
                line += (lineHasWord ? " " : "") + word
                lineHasWord = true
            }
            output.append(line)
            prose = []
        }

        for line in text.trimmingCharacters(in: .newlines).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                flushProse()
                output.append("")
            } else if line.first?.isWhitespace == true {
                flushProse()
                output.append((output.isEmpty ? indent : continuation) + line)
            } else {
                prose += line.split(whereSeparator: \.isWhitespace)
            }
        }
        flushProse()
        return output.joined(separator: "\n")
    }
}
