/// POSITION/STRPOS/CHARINDEX, SPLIT_PART, REPLACE and TRANSLATE: searching one string in another.
enum StringSearchFunctions {
    typealias Texts = StringVector
    typealias Int32s = FixedWidthVector<Int32>
    typealias Bytes = ArraySlice<UInt8>

    static let all: [ScalarFunction] = [
        // POSITION(substring IN string) arrives as position(substring, string), as CHARINDEX.
        position("position", substringFirst: true),
        position("charindex", substringFirst: true),
        position("strpos", substringFirst: false),
        ScalarFunction(name: "split_part") { types throws(SQLError) in
            let rules: [ParameterTypes.Rule] = [ParameterTypes.text, ParameterTypes.text, ParameterTypes.integer]
            guard let accepted = ParameterTypes.all(types, rules) else { return nil }
            return .ternary(accepted[0], Texts.self, accepted[1], Texts.self, .integer, Int32s.self,
                            returns: accepted[0], Texts.self, splitPart)
        },
        ScalarFunction(name: "replace") { types throws(SQLError) in
            guard let accepted = ParameterTypes.all(types, Array(repeating: ParameterTypes.text, count: 3)) else { return nil }
            return .ternary(accepted[0], Texts.self, accepted[1], Texts.self, accepted[2], Texts.self,
                            returns: StringFunctions.longText, Texts.self, replace)
        },
        ScalarFunction(name: "translate") { types throws(SQLError) in
            guard let accepted = ParameterTypes.all(types, Array(repeating: ParameterTypes.text, count: 3)) else { return nil }
            return .ternary(accepted[0], Texts.self, accepted[1], Texts.self, accepted[2], Texts.self,
                            returns: accepted[0], Texts.self, translate)
        },
    ]

    /// The 1-based character position of the first occurrence, 0 when absent, 1 for ''.
    private static func position(_ name: String, substringFirst: Bool) -> ScalarFunction {
        ScalarFunction(name: name) { types throws(SQLError) in
            guard let accepted = ParameterTypes.all(types, [ParameterTypes.text, ParameterTypes.text]) else { return nil }
            return .binary(accepted[0], Texts.self, accepted[1], Texts.self, returns: .integer, Int32s.self) { first, second in
                let (needle, haystack) = substringFirst ? (first, second) : (second, first)
                guard let index = UTF8Text.firstIndex(of: needle, in: haystack) else { return 0 }
                return Int32(UTF8Text.characterCount(haystack[haystack.startIndex..<index]) + 1)
            }
        }
    }

    /// Field `n` (from 1) of the value split at `delimiter`; '' past the last field.
    @Sendable private static func splitPart(_ value: Bytes, _ delimiter: Bytes, _ field: Int32) throws(SQLError) -> [UInt8]? {
        guard field > 0 else {
            throw SQLError(SQLState.invalidParameterValue, "field position must be greater than zero")
        }
        guard !delimiter.isEmpty else { return field == 1 ? Array(value) : [] }
        var start = value.startIndex
        var current: Int32 = 1
        while true {
            let end = UTF8Text.firstIndex(of: delimiter, in: value, from: start)
            if current == field { return Array(value[start..<(end ?? value.endIndex)]) }
            guard let end else { return [] }
            start = end + delimiter.count
            current += 1
        }
    }

    @Sendable private static func replace(_ value: Bytes, _ search: Bytes, _ replacement: Bytes) throws(SQLError) -> [UInt8]? {
        guard !search.isEmpty else { return Array(value) }
        var result: [UInt8] = []
        var start = value.startIndex
        while let match = UTF8Text.firstIndex(of: search, in: value, from: start) {
            result.append(contentsOf: value[start..<match])
            result.append(contentsOf: replacement)
            start = match + search.count
        }
        result.append(contentsOf: value[start...])
        guard result.count <= DataType.maxVarcharLength else { throw TypeErrors.valueTooLong(StringFunctions.longText) }
        return result
    }

    /// Each character of `from` becomes the character at the same place in `to`, or is removed
    /// when `to` is shorter.
    @Sendable private static func translate(_ value: Bytes, _ from: Bytes, _ to: Bytes) -> [UInt8]? {
        let targets = UTF8Text.scalars(to)
        var mapping: [Unicode.Scalar: Unicode.Scalar?] = [:]
        for (offset, scalar) in UTF8Text.scalars(from).enumerated() where mapping[scalar] == nil {
            mapping[scalar] = offset < targets.count ? targets[offset] : .some(nil)
        }
        return UTF8Text.bytes(UTF8Text.scalars(value).compactMap { scalar -> Unicode.Scalar? in
            guard let mapped = mapping[scalar] else { return scalar }
            return mapped
        })
    }
}
