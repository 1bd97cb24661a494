/// Redshift's string functions over UTF-8 bytes. Lengths and positions count characters (code
/// points); CHAR arguments are read without their trailing blanks (`len` of a CHAR(10) 'cat' is
/// 3); functions that keep the value's size return the argument's VARCHAR type, the others
/// VARCHAR(65535).
enum StringFunctions {
    typealias Texts = StringVector
    typealias Int32s = FixedWidthVector<Int32>
    typealias Bytes = ArraySlice<UInt8>

    static let all: [ScalarFunction] = lengths + caseMapping + trimming + slicing + padding + building
        + StringSearchFunctions.all + RegexFunctions.all + RegexOperators.all + HashFunctions.all

    static let longText = DataType.varchar(length: DataType.maxVarcharLength)

    /// `name(text) → type`: one text argument, a row body.
    static func unaryText<Output: FunctionColumn>(
        _ name: String, returns: @escaping @Sendable (DataType) -> DataType, _: Output.Type,
        _ body: @escaping @Sendable (Bytes) throws(SQLError) -> Output.Value?) -> ScalarFunction {
        ScalarFunction(name: name) { types throws(SQLError) in
            guard types.count == 1, let text = ParameterTypes.text(types[0]) else { return nil }
            return .unary(text, Texts.self, returns: returns(text), Output.self, body)
        }
    }

    private static let lengths: [ScalarFunction] =
        ["len", "length", "char_length", "character_length", "textlen"].map { name in
            unaryText(name, returns: { _ in .integer }, Int32s.self) { Int32(UTF8Text.characterCount($0)) }
        } + [
            unaryText("octet_length", returns: { _ in .integer }, Int32s.self) { Int32($0.count) },
            unaryText("ascii", returns: { _ in .integer }, Int32s.self) { bytes in
                Int32(String(decoding: bytes, as: UTF8.self).unicodeScalars.first.map { $0.value } ?? 0)
            },
            ScalarFunction(name: "chr") { types throws(SQLError) in
                guard types.count == 1, ParameterTypes.integer(types[0]) != nil else { return nil }
                return .unary(.integer, Int32s.self, returns: .varchar(length: 4), Texts.self) { code throws(SQLError) in
                    guard code != 0 else { throw SQLError(SQLState.programLimitExceeded, "null character not permitted") }
                    guard code > 0, let scalar = Unicode.Scalar(UInt32(code)) else {
                        throw SQLError(SQLState.programLimitExceeded, "requested character too large for encoding: \(code)")
                    }
                    return UTF8Text.bytes([scalar])
                }
            },
        ]

    private static let caseMapping: [ScalarFunction] = [
        unaryText("upper", returns: { $0 }, Texts.self) { bytes in
            UTF8Text.isASCII(bytes) ? bytes.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }
                : Array(String(decoding: bytes, as: UTF8.self).uppercased().utf8)
        },
        unaryText("lower", returns: { $0 }, Texts.self) { bytes in
            UTF8Text.isASCII(bytes) ? bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
                : Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8)
        },
        unaryText("initcap", returns: { $0 }, Texts.self, initcap),
        unaryText("reverse", returns: { $0 }, Texts.self) { UTF8Text.bytes(UTF8Text.scalars($0).reversed()) },
        unaryText("quote_ident", returns: { _ in longText }, Texts.self) { Array(SQLQuoting.identifier(String(decoding: $0, as: UTF8.self)).utf8) },
        unaryText("quote_literal", returns: { _ in longText }, Texts.self) { Array(SQLQuoting.literal(String(decoding: $0, as: UTF8.self)).utf8) },
    ]

    /// INITCAP: the first letter of every word upper case, the rest lower case; a word is a run
    /// of letters and digits.
    @Sendable private static func initcap(_ bytes: Bytes) -> [UInt8] {
        var result = String.UnicodeScalarView()
        var inWord = false
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            let mapped = inWord ? scalar.properties.lowercaseMapping : scalar.properties.uppercaseMapping
            result.append(contentsOf: mapped.unicodeScalars)
            inWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
        return Array(String(result).utf8)
    }

    /// TRIM/BTRIM, LTRIM, RTRIM with an optional set of characters to remove (default a blank);
    /// the binder passes `TRIM([BOTH|LEADING|TRAILING] chars FROM s)` as `btrim/ltrim/rtrim(s, chars)`.
    private static let trimming: [ScalarFunction] = [
        ("trim", true, true), ("btrim", true, true), ("ltrim", true, false), ("rtrim", false, true),
    ].map { name, leading, trailing in
        ScalarFunction(name: name) { types throws(SQLError) in
            guard let first = types.first, let text = ParameterTypes.text(first) else { return nil }
            let trim: @Sendable (Bytes, Bytes) -> [UInt8]? = { value, characters in
                trimmed(value, characters, leading: leading, trailing: trailing)
            }
            switch types.count {
            case 1:
                return ResolvedScalarFunction.binary(text, Texts.self, longText, Texts.self, returns: text, Texts.self, trim)
                    .withDefaults([(.string(" "), longText)])
            case 2:
                guard let characters = ParameterTypes.text(types[1]) else { return nil }
                return .binary(text, Texts.self, characters, Texts.self, returns: text, Texts.self, trim)
            default:
                return nil
            }
        }
    }

    private static func trimmed(_ value: Bytes, _ characters: Bytes, leading: Bool, trailing: Bool) -> [UInt8] {
        if characters.count == 1 {
            let blank = characters[characters.startIndex]
            var start = value.startIndex, end = value.endIndex
            if leading { while start < end && value[start] == blank { start += 1 } }
            if trailing { while end > start && value[end - 1] == blank { end -= 1 } }
            return Array(value[start..<end])
        }
        let set = Set(UTF8Text.scalars(characters))
        var scalars = UTF8Text.scalars(value)[...]
        if leading { while let first = scalars.first, set.contains(first) { scalars.removeFirst() } }
        if trailing { while let last = scalars.last, set.contains(last) { scalars.removeLast() } }
        return UTF8Text.bytes(scalars)
    }

    /// SUBSTRING/SUBSTR (1-based; a start before 1 still counts towards the length, so
    /// `substring('abc', 0, 2)` is 'a'), LEFT and RIGHT (a negative count drops characters from
    /// the other end, as PostgreSQL does).
    private static let slicing: [ScalarFunction] = ["substring", "substr"].map { name in
        ScalarFunction(name: name) { types throws(SQLError) in
            guard let first = types.first, let text = ParameterTypes.text(first) else { return nil }
            let substring = ResolvedScalarFunction.ternary(text, Texts.self, .integer, Int32s.self, .integer, Int32s.self,
                                                           returns: text, Texts.self) { value, start, length throws(SQLError) in
                guard length >= 0 else {
                    throw SQLError(SQLState.substringError, "negative substring length not allowed")
                }
                let end = Int(start) + Int(length)
                return Array(UTF8Text.characters(value, from: Int(start) - 1, to: end - 1))
            }
            switch types.count {
            case 2 where ParameterTypes.integer(types[1]) != nil:
                return substring.withDefaults([(.integer(Int32.max), .integer)])
            case 3 where ParameterTypes.integer(types[1]) != nil && ParameterTypes.integer(types[2]) != nil:
                return substring
            default:
                return nil
            }
        }
    } + [
        countedSlice("left") { value, count in
            let keep = count >= 0 ? count : max(UTF8Text.characterCount(value) + count, 0)
            return UTF8Text.characters(value, from: 0, to: keep)
        },
        countedSlice("right") { value, count in
            let total = UTF8Text.characterCount(value)
            let drop = count >= 0 ? max(total - count, 0) : min(-count, total)
            return UTF8Text.characters(value, from: drop, to: total)
        },
    ]

    private static func countedSlice(_ name: String, _ slice: @escaping @Sendable (Bytes, Int) -> Bytes) -> ScalarFunction {
        ScalarFunction(name: name) { types throws(SQLError) in
            guard let rules = ParameterTypes.all(types, [ParameterTypes.text, ParameterTypes.integer]) else { return nil }
            return .binary(rules[0], Texts.self, .integer, Int32s.self, returns: rules[0], Texts.self) {
                Array(slice($0, Int($1)))
            }
        }
    }

    /// LPAD/RPAD(s, length [, fill]): pads with `fill` (default a blank) repeated, or truncates
    /// to `length` characters; a length of 0 or less gives ''.
    private static let padding: [ScalarFunction] = [("lpad", true), ("rpad", false)].map { name, left in
        ScalarFunction(name: name) { types throws(SQLError) in
            let rules: [ParameterTypes.Rule] = [ParameterTypes.text, ParameterTypes.integer, ParameterTypes.text]
            let pad = ResolvedScalarFunction.ternary(longText, Texts.self, .integer, Int32s.self, longText, Texts.self,
                                                     returns: longText, Texts.self) { value, length, fill throws(SQLError) in
                try padded(value, to: Int(length), with: fill, left: left)
            }
            if ParameterTypes.all(types, rules) != nil { return pad }
            if ParameterTypes.all(types, Array(rules.prefix(2))) != nil { return pad.withDefaults([(.string(" "), longText)]) }
            return nil
        }
    }

    private static func padded(_ value: Bytes, to length: Int, with fill: Bytes, left: Bool) throws(SQLError) -> [UInt8] {
        guard length > 0 else { return [] }
        guard length <= DataType.maxVarcharLength else { throw TypeErrors.valueTooLong(longText) }
        let scalars = UTF8Text.scalars(value)
        if scalars.count >= length { return UTF8Text.bytes(scalars.prefix(length)) }
        let fillScalars = UTF8Text.scalars(fill)
        guard !fillScalars.isEmpty else { return Array(value) }
        let padding = (0..<(length - scalars.count)).map { fillScalars[$0 % fillScalars.count] }
        return UTF8Text.bytes(left ? padding + scalars : scalars + padding)
    }

    /// CONCAT (exactly two arguments, NULL when either is), REPEAT/REPLICATE.
    private static let building: [ScalarFunction] = [
        ScalarFunction(name: "concat") { types throws(SQLError) in
            guard let rules = ParameterTypes.all(types, [ParameterTypes.text, ParameterTypes.text]) else { return nil }
            guard case .varchar(let a) = rules[0], case .varchar(let b) = rules[1] else { return nil }
            let result = DataType.varchar(length: min(a + b, DataType.maxVarcharLength))
            return .binary(rules[0], Texts.self, rules[1], Texts.self, returns: result, Texts.self) { Array($0) + $1 }
        },
    ] + ["repeat", "replicate"].map { name in
        ScalarFunction(name: name) { types throws(SQLError) in
            guard let rules = ParameterTypes.all(types, [ParameterTypes.text, ParameterTypes.integer]) else { return nil }
            return .binary(rules[0], Texts.self, .integer, Int32s.self, returns: longText, Texts.self) { value, count throws(SQLError) in
                guard count > 0 else { return [] }
                guard value.count * Int(count) <= DataType.maxVarcharLength else { throw TypeErrors.valueTooLong(longText) }
                return Array([Bytes](repeating: value, count: Int(count)).joined())
            }
        }
    }
}
