/// `||` and LIKE/ILIKE over string vectors.
enum StringOperations {
    /// Concatenation; NULL on either side gives NULL, and CHAR values lose their padding first.
    static func concatenate(_ left: ColumnVector, _ right: ColumnVector, type: DataType) throws -> ColumnVector {
        guard case .string(let a) = left.storage, case .string(let b) = right.storage else {
            throw TypeErrors.operatorDoesNotExist(left.type, "||", right.type)
        }
        let trimLeft = StringFitting.isChar(left.type), trimRight = StringFitting.isChar(right.type)
        var result = StringVector(reservingCapacity: a.count)
        for row in 0..<a.count {
            guard a.validity.isValid(row), b.validity.isValid(row) else {
                result.appendNull()
                continue
            }
            var bytes = a.bytes(at: row)
            if trimLeft { bytes = bytes.prefix(StringFitting.trimmedLength(bytes)) }
            var other = b.bytes(at: row)
            if trimRight { other = other.prefix(StringFitting.trimmedLength(other)) }
            result.append(bytes: Array(bytes) + Array(other))
        }
        return ColumnVector(uncheckedType: type, storage: .string(result))
    }

    static func like(_ value: ColumnVector, _ pattern: ColumnVector, caseInsensitive: Bool,
                     negated: Bool) throws -> ColumnVector {
        guard case .string(let texts) = value.storage, case .string(let patterns) = pattern.storage else {
            throw TypeErrors.operatorDoesNotExist(value.type, caseInsensitive ? "~~*" : "~~", pattern.type)
        }
        func folded(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
            caseInsensitive ? Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8) : Array(bytes)
        }
        var compiled: (pattern: ArraySlice<UInt8>, matcher: LikeMatcher)?
        var result = FixedWidthVector<Bool>(reservingCapacity: texts.count)
        for row in 0..<texts.count {
            guard texts.validity.isValid(row), patterns.validity.isValid(row) else {
                result.appendNull()
                continue
            }
            let patternBytes = patterns.bytes(at: row)
            if compiled == nil || compiled?.pattern != patternBytes {
                compiled = (patternBytes, LikeMatcher(pattern: folded(patternBytes)))
            }
            let matched = compiled?.matcher.matches(folded(texts.bytes(at: row))) ?? false
            result.appendValue(matched != negated)
        }
        return ColumnVector(uncheckedType: .boolean, storage: .boolean(result))
    }
}
