/// Prints syntax trees back to canonical SQL text that parses to an equal tree.
///
/// View definitions are stored as this text and EXPLAIN shows it, so it must survive a round trip:
/// identifiers are double-quoted when they would otherwise fold, clash with a keyword or not lex
/// as one word; every compound operand is parenthesised so no precedence rule is needed to
/// read it back; strings escape `'` and `\` the way the lexer unescapes them.
public enum SQLPrinter {
    // MARK: - Names and constants

    public static func identifier(_ identifier: Identifier) -> String { quoteIfNeeded(identifier.value) }

    public static func objectName(_ name: ObjectName) -> String { name.parts.map(identifier).joined(separator: ".") }

    static func identifierList(_ identifiers: [Identifier]) -> String {
        identifiers.map(identifier).joined(separator: ", ")
    }

    /// `word` bare when it lexes back to itself and the parser reads it as a name wherever the
    /// printer puts a name, else double-quoted (so TICKIT's `date` table stays `date`, while a
    /// column named `from` or `Total` becomes `"from"`, `"Total"`).
    static func quoteIfNeeded(_ word: String) -> String {
        if isPlainWord(word) {
            guard let keyword = Keyword(rawValue: word) else { return word }
            if !keyword.isReserved, !contextualKeywords.contains(keyword) { return word }
        }
        return "\"" + word.replacing("\"", with: "\"\"") + "\""
    }

    /// Non-reserved words that would change meaning where the printer writes a name: a table
    /// called `boost` after VACUUM, `compression` after ANALYZE, `temp` after INTO, a CTE called
    /// `recursive`, a grantee called `public`, a frame offset column called `unbounded`.
    private static let contextualKeywords: Set<Keyword> = [
        .boost, .predicate, .comprows, .compression, .reindex, .recluster, .public, .temp, .temporary, .recursive,
        .unbounded,
    ]

    /// Lower-case ASCII letters, digits, `_` and `$`, not starting with a digit or `$` (an optional
    /// leading `#` marks a Redshift temporary table).
    static func isPlainWord(_ word: String) -> Bool {
        var utf8 = Substring(word).utf8
        if utf8.first == UInt8(ascii: "#") { utf8 = utf8.dropFirst() }
        guard let first = utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) || first == UInt8(ascii: "_")
        else { return false }
        return utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$")
        }
    }

    /// A string constant; control characters other than tab, newline and carriage return become
    /// octal escapes so the text stays printable.
    public static func stringLiteral(_ value: String) -> String {
        var result = "'"
        for scalar in value.unicodeScalars {
            switch scalar {
            case "'": result += "''"
            case "\\": result += "\\\\"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let octal = String(scalar.value, radix: 8)
                result += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "'"
    }

    public static func typeName(_ type: TypeName) -> String {
        let words = type.words.map { isPlainWord($0) ? $0 : quoteIfNeeded($0) }.joined(separator: " ")
        guard !type.modifiers.isEmpty else { return words }
        let modifiers = type.modifiers.map { modifier -> String in
            switch modifier {
            case .number(let value): String(value)
            case .max: "max"
            }
        }
        return words + "(" + modifiers.joined(separator: ",") + ")"
    }

    static func literal(_ literal: Literal) -> String {
        switch literal {
        case .integer(let value): String(value)
        case .numeric(let text): text
        case .string(let value): stringLiteral(value)
        case .boolean(let value): value ? "TRUE" : "FALSE"
        case .null: "NULL"
        case .typed(let type, let value): typeName(type) + " " + stringLiteral(value)
        }
    }

    static func optionValue(_ value: OptionValue) -> String {
        switch value {
        case .string(let text): stringLiteral(text)
        case .number(let text): text
        case .word(let word): isPlainWord(word) ? word : quoteIfNeeded(word)
        }
    }
}
