/// Splits a JMESPath expression into tokens; an unknown character is reported as jmespath.py
/// reports it (`Bad jmespath expression: Unknown token $:`).
enum JMESPathLexer {
    typealias Token = JMESPathParser.Token

    static func tokenize(_ expression: String) throws(JMESPath.ParseError) -> [Token] {
        let chars = Array(expression)
        var tokens: [Token] = []
        var index = 0
        func add(_ kind: JMESPathParser.Kind, _ length: Int, value: AWSValue = .null) {
            tokens.append(Token(kind: kind, text: String(chars[index..<index + length]), value: value, start: index))
            index += length
        }
        func next(_ offset: Int = 1) -> Character? { index + offset < chars.count ? chars[index + offset] : nil }
        func lexError(_ message: String) -> JMESPath.ParseError {
            JMESPath.ParseError(description: "Bad jmespath expression: \(message):\n\(expression)\n"
                + String(repeating: " ", count: index) + "^")
        }
        func delimited(_ end: Character) throws(JMESPath.ParseError) -> String {
            var scan = index + 1
            while scan < chars.count, chars[scan] != end {
                scan += chars[scan] == "\\" ? 2 : 1
            }
            guard scan < chars.count else { throw lexError("Unclosed \(end) delimiter") }
            return String(chars[(index + 1)..<scan])
        }
        while index < chars.count {
            let c = chars[index]
            switch c {
            case " ", "\t", "\n", "\r": index += 1
            case "a"..."z", "A"..."Z", "_":
                var end = index
                while end < chars.count, chars[end].isASCII, chars[end].isLetter || chars[end].isNumber || chars[end] == "_" { end += 1 }
                add(.identifier, end - index)
            case "0"..."9", "-":
                var end = index + 1
                while end < chars.count, chars[end].isASCII, chars[end].isNumber { end += 1 }
                guard let number = Int(String(chars[index..<end])) else { throw lexError("Unknown token -") }
                add(.number, end - index, value: .integer(number))
            case "\"":
                let body = try delimited("\"")
                guard case .string(let name)? = try? JSONReader.parse("\"" + body + "\"") else {
                    throw lexError("Invalid quoted identifier")
                }
                tokens.append(Token(kind: .quotedIdentifier, text: name, value: .null, start: index))
                index += body.count + 2
            case "'":
                let body = try delimited("'")
                add(.literal, body.count + 2, value: .string(body.replacingOccurrences(of: "\\'", with: "'")))
            case "`":
                let body = try delimited("`")
                let text = body.replacingOccurrences(of: "\\`", with: "`")
                let value = (try? JSONReader.parse(text)) ?? (try? JSONReader.parse("\"" + text + "\""))
                guard let value else { throw lexError("Bad token `\(body)`") }
                add(.literal, body.count + 2, value: value)
            case ".": add(.dot, 1)
            case "*": add(.star, 1)
            case ",": add(.comma, 1)
            case ":": add(.colon, 1)
            case "@": add(.current, 1)
            case "]": add(.rbracket, 1)
            case "{": add(.lbrace, 1)
            case "}": add(.rbrace, 1)
            case "(": add(.lparen, 1)
            case ")": add(.rparen, 1)
            case "[":
                if next() == "]" { add(.flatten, 2) } else if next() == "?" { add(.filter, 2) } else { add(.lbracket, 1) }
            case "|": if next() == "|" { add(.or, 2) } else { add(.pipe, 1) }
            case "&": if next() == "&" { add(.and, 2) } else { add(.expref, 1) }
            case "!": if next() == "=" { add(.ne, 2) } else { add(.not, 1) }
            case "<": if next() == "=" { add(.lte, 2) } else { add(.lt, 1) }
            case ">": if next() == "=" { add(.gte, 2) } else { add(.gt, 1) }
            case "=":
                guard next() == "=" else { throw lexError("Unknown token =") }
                add(.eq, 2)
            default:
                throw lexError("Unknown token \(c)")
            }
        }
        tokens.append(Token(kind: .eof, text: "", value: .null, start: chars.count))
        return tokens
    }
}
