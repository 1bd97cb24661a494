/// The AWS CLI's shorthand syntax (`Key=k,Value=v`, `Objects=[{Key=a},{Key=b}]`, `a=b,c`),
/// ported from awscli's `shorthand.py`: the same characters start and continue values, the same
/// backtracking on `a=b,c,d=e`, the same quoting and `\,` escapes, the same error texts. Values
/// come out as strings, lists and objects; the model then converts scalars (`ShorthandTypes`).
struct ShorthandParser {
    struct ParseError: Error, Equatable, CustomStringConvertible {
        let description: String
    }

    private let input: [Character]
    private let files: LocalFiles
    private var index = 0
    private var resolvesParamFiles = false

    /// Parses `text`; `key@=file://...` values are read through `files`.
    static func parse(_ text: String, files: LocalFiles) throws -> AWSValue {
        var parser = ShorthandParser(input: Array(text), files: files)
        return try parser.parameter()
    }

    private init(input: [Character], files: LocalFiles) {
        self.input = input
        self.files = files
    }

    private mutating func parameter() throws -> AWSValue {
        var members: [AWSValue.Member] = []
        let (key, value) = try keyValue()
        members.append(AWSValue.Member(key, value))
        var lastIndex = index
        while index < input.count {
            try expect(",", skippingWhitespace: true)
            let (key, value) = try keyValue()
            if members.contains(where: { $0.name == key }) {
                throw ParseError(description: "Second instance of key \"\(key)\" encountered for input:\n"
                    + location(lastIndex + 1) + "\nThis is often because there is a preceding \",\" instead of a space.")
            }
            members.append(AWSValue.Member(key, value))
            lastIndex = index
        }
        return .object(members)
    }

    private mutating func keyValue() throws -> (String, AWSValue) {
        let key = self.key()
        resolvesParamFiles = false
        skipWhitespace()
        if current == "@" {
            index += 1
            skipWhitespace()
            resolvesParamFiles = true
        }
        try expect("=", skippingWhitespace: true)
        return (key, try values())
    }

    private mutating func key() -> String {
        let start = index
        while let c = current, c.isASCII, c.isLetter || c.isNumber || "-_.#/:".contains(c) { index += 1 }
        return String(input[start..<index])
    }

    private mutating func values() throws -> AWSValue {
        guard let c = current else { return .string("") }
        if c == "[" { return try explicitList() }
        if c == "{" { return try hashLiteral() }
        return try csvValue()
    }

    private mutating func csvValue() throws -> AWSValue {
        let first = try firstValue()
        skipWhitespace()
        guard current == "," else { return first }
        try expect(",", skippingWhitespace: true)
        var items = [first]
        while true {
            do {
                let value = try secondValue()
                skipWhitespace()
                if atEnd { items.append(value); break }
                try expect(",", skippingWhitespace: true)
                items.append(value)
            } catch let error as ParseError {
                if atEnd { throw error }
                backtrack(to: ",")
                break
            }
        }
        return items.count == 1 ? first : .list(items)
    }

    private mutating func explicitList() throws -> AWSValue {
        try expect("[", skippingWhitespace: true)
        var items: [AWSValue] = []
        while current != "]" {
            guard !atEnd else { throw syntaxError(expected: "]") }
            items.append(try explicitValue())
            skipWhitespace()
            if current != "]" {
                try expect(",")
                skipWhitespace()
            }
        }
        try expect("]")
        return .list(items)
    }

    private mutating func explicitValue() throws -> AWSValue {
        if current == "[" { return try explicitList() }
        if current == "{" { return try hashLiteral() }
        return try firstValue()
    }

    private mutating func hashLiteral() throws -> AWSValue {
        try expect("{", skippingWhitespace: true)
        var members: [AWSValue.Member] = []
        while current != "}" {
            guard !atEnd else { throw syntaxError(expected: "}") }
            let key = self.key()
            resolvesParamFiles = false
            skipWhitespace()
            if current == "@" {
                index += 1
                skipWhitespace()
                resolvesParamFiles = true
            }
            try expect("=", skippingWhitespace: true)
            let value = try explicitValue()
            skipWhitespace()
            if current != "}" {
                try expect(",")
                skipWhitespace()
            }
            if let existing = members.firstIndex(where: { $0.name == key }) {
                members[existing].value = value
            } else {
                members.append(AWSValue.Member(key, value))
            }
        }
        try expect("}")
        return .object(members)
    }

    private mutating func firstValue() throws -> AWSValue {
        if current == "'" { return try quoted("'") }
        if current == "\"" { return try quoted("\"") }
        let text = consume(start: Self.startsWord, follow: Self.followsFirst) ?? ""
        return try resolved(text.replacingOccurrences(of: "\\,", with: ",").trimmingTrailingWhitespace)
    }

    private mutating func secondValue() throws -> AWSValue {
        if current == "'" { return try quoted("'") }
        if current == "\"" { return try quoted("\"") }
        guard let text = consume(start: Self.startsWord, follow: Self.followsSecond) else {
            throw syntaxError(expected: "<second>", actual: "<none>")
        }
        return try resolved(text.replacingOccurrences(of: "\\,", with: ",").trimmingTrailingWhitespace)
    }

    private mutating func quoted(_ quote: Character) throws -> AWSValue {
        let start = index
        index += 1
        while let c = current {
            if c == "\\", index + 1 < input.count, input[index + 1] == quote {
                index += 2
                continue
            }
            if c == quote {
                index += 1
                let body = String(input[(start + 1)..<(index - 1)])
                    .replacingOccurrences(of: "\\\(quote)", with: String(quote))
                    .replacingOccurrences(of: "\\\\", with: "\\")
                return try resolved(body)
            }
            index += 1
        }
        index = start
        throw syntaxError(expected: quote == "'" ? "<singled quoted>" : "<double quoted>", actual: "<none>")
    }

    private func resolved(_ text: String) throws -> AWSValue {
        if resolvesParamFiles, let loaded = try files.load(text) { return loaded }
        return .string(text)
    }

    /// One value: a start character (or `\,`) and then any following characters (or `\,`).
    private mutating func consume(start: (Character) -> Bool, follow: (Character) -> Bool) -> String? {
        let begin = index
        var first = true
        while let c = current {
            if c == "\\", index + 1 < input.count, input[index + 1] == "," {
                index += 2
            } else if first ? start(c) : follow(c) {
                index += 1
            } else {
                break
            }
            first = false
        }
        return index > begin ? String(input[begin..<index]) : nil
    }

    private static func startsWord(_ c: Character) -> Bool {
        !c.isWhitespace && !"\"',=[{".contains(c) && !isControl(c)
    }

    private static func followsFirst(_ c: Character) -> Bool {
        c.isWhitespace || (!"\"',]}".contains(c) && !isControl(c))
    }

    private static func followsSecond(_ c: Character) -> Bool {
        c.isWhitespace || (!"\"',=".contains(c) && !isControl(c))
    }

    private static func isControl(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { $0.value < 0x20 } ?? false
    }

    private var current: Character? { index < input.count ? input[index] : nil }
    private var atEnd: Bool { index >= input.count }

    private mutating func skipWhitespace() {
        while let c = current, c.isWhitespace { index += 1 }
    }

    private mutating func backtrack(to character: Character) {
        while index >= 0, index < input.count ? input[index] != character : true { index -= 1 }
    }

    private mutating func expect(_ character: Character, skippingWhitespace: Bool = false) throws {
        if skippingWhitespace { skipWhitespace() }
        guard let c = current else { throw syntaxError(expected: String(character), actual: "EOF") }
        guard c == character else { throw syntaxError(expected: String(character), actual: String(c)) }
        index += 1
        if skippingWhitespace { skipWhitespace() }
    }

    private func syntaxError(expected: String, actual: String? = nil) -> ParseError {
        let actual = actual ?? current.map(String.init) ?? "EOF"
        return ParseError(description: "Expected: '\(expected)', received: '\(actual)' for input:\n" + location(index))
    }

    /// The input with a caret under the failing position, as the CLI means to show it.
    private func location(_ position: Int) -> String {
        let text = String(input)
        let before = input[..<min(position, input.count)]
        var spaces = position
        if let newline = before.lastIndex(of: "\n") { spaces = position - newline - 1 }
        var consumed = text, remaining = ""
        if let next = input[min(position, input.count)...].firstIndex(of: "\n") {
            consumed = String(input[..<next])
            remaining = String(input[next...])
        }
        return consumed + "\n" + String(repeating: " ", count: spaces) + "^" + remaining
    }
}

extension String {
    var trimmingTrailingWhitespace: String {
        var text = self
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
