/// The POSIX regular-expression match operators `~` (PostgreSQL's `textregexeq`), `~*`
/// (`texticregexeq`) and SIMILAR TO (`similar_to`, its pattern translated by
/// `SimilarToPattern`). The binder turns `!~`, `!~*` and NOT SIMILAR TO into NOT of these.
/// A match anywhere in the value counts for `~`; SIMILAR TO must match the whole value.
enum RegexOperators {
    typealias Texts = StringVector
    typealias Booleans = FixedWidthVector<Bool>

    static let all: [ScalarFunction] = [
        matcher("textregexeq", ignoresCase: false, translate: nil),
        matcher("texticregexeq", ignoresCase: true, translate: nil),
        matcher("similar_to", ignoresCase: false, translate: SimilarToPattern.regex),
    ]

    /// A boolean function of (value, pattern) or, for SIMILAR TO, (value, pattern, escape).
    private static func matcher(_ name: String, ignoresCase: Bool,
                                translate: (@Sendable (String, String) throws(SQLError) -> String)?) -> ScalarFunction {
        let arity = translate == nil ? 2 : 3
        return ScalarFunction(name: name) { types throws(SQLError) in
            guard types.count == arity,
                  let accepted = ParameterTypes.all(types, Array(repeating: ParameterTypes.text, count: arity)) else { return nil }
            return ResolvedScalarFunction(argumentTypes: accepted, returnType: .boolean) { arguments, rowCount throws(SQLError) in
                try Arity.check(arguments, arity)
                for argument in arguments { try FunctionLoops.checkLengths(argument.count, rowCount) }
                let texts = arguments.map { Texts(storage: $0.storage) }
                guard let values = texts[0], let patterns = texts[1] else {
                    throw SQLError(SQLState.internalError, "\(name) argument has an unexpected layout")
                }
                var cache = RegexCache()
                var translated: (written: String, regex: String)?
                let column = try FunctionLoops.rows(count: rowCount, strict: arguments.map(\.validity), into: Booleans.self) {
                    row throws(SQLError) in
                    var pattern = String(decoding: patterns.element(row), as: UTF8.self)
                    if let translate, let escapes = texts[2] {
                        let escape = String(decoding: escapes.element(row), as: UTF8.self)
                        let key = escape + "\u{0}" + pattern
                        if translated?.written != key { translated = (key, try translate(pattern, escape)) }
                        pattern = translated?.regex ?? pattern
                    }
                    let regex = try cache.regex(pattern, ignoresCase: ignoresCase)
                    let subject = String(decoding: values.element(row), as: UTF8.self)
                    return (try? regex.firstMatch(in: subject)) != nil
                }
                return ColumnVector(type: .boolean, column: column)
            }
        }
    }
}

/// SQL's SIMILAR TO pattern language as a regular expression anchored at both ends, as
/// PostgreSQL's `similar_escape` builds it: `%` is `.*`, `_` is `.`, the escape character
/// (default `\`) quotes the next character, bracket expressions and `| * + ? { } ( )` keep
/// their regex meaning, and every other character is literal.
enum SimilarToPattern {
    static func regex(_ pattern: String, escape: String) throws(SQLError) -> String {
        guard escape.count <= 1 else {
            throw SQLError(SQLState.invalidEscapeSequence, "invalid escape string",
                           hint: "Escape string must be empty or one character.")
        }
        let escapeCharacter = escape.first
        var output = "^(?:"
        var inBracket = false
        var escaped = false
        for character in pattern {
            if escaped {
                output += quoted(character)
                escaped = false
            } else if character == escapeCharacter {
                escaped = true
            } else if inBracket {
                if character == "]" { inBracket = false }
                output += character == "\\" ? "\\\\" : String(character)
            } else {
                switch character {
                case "%": output += ".*"
                case "_": output += "."
                case "[":
                    inBracket = true
                    output += "["
                case "|", "*", "+", "?", "{", "}", "(", ")": output.append(character)
                default: output += quoted(character)
                }
            }
        }
        if escaped {
            throw SQLError(SQLState.invalidEscapeSequence, "invalid escape string",
                           hint: "Escape string must be empty or one character.")
        }
        return output + ")$"
    }

    private static func quoted(_ character: Character) -> String {
        character.isLetter || character.isNumber || character == " " ? String(character) : "\\" + String(character)
    }
}
