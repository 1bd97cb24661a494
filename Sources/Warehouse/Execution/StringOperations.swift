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

    /// LIKE/ILIKE as a BOOLEAN vector. A one-row pattern (a constant) is compiled once; rows
    /// outside `selection` are not matched and come out NULL.
    static func like(_ value: ColumnVector, _ pattern: ColumnVector, caseInsensitive: Bool,
                     negated: Bool, selection: SelectionVector? = nil) throws -> ColumnVector {
        guard case .string(let texts) = value.storage, case .string(let patterns) = pattern.storage else {
            throw TypeErrors.operatorDoesNotExist(value.type, caseInsensitive ? "~~*" : "~~", pattern.type)
        }
        let count = try BroadcastShape.checked(value, pattern)
        let constantPattern = patterns.count == 1 && count != 1
        let validity: ValidityMask
        if constantPattern {
            validity = patterns.validity.isValid(0)
                ? ValidityMask.intersection([texts.validity], selection: selection, count: count) : .allNull(count)
        } else {
            validity = ValidityMask.intersection([texts.validity, patterns.validity], selection: selection, count: count)
        }
        func folded(_ bytes: some Collection<UInt8>) -> [UInt8] {
            caseInsensitive ? Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8) : Array(bytes)
        }
        let constant = constantPattern ? LikeMatcher(pattern: folded(patterns.bytes(at: 0))) : nil
        var compiled: (pattern: ArraySlice<UInt8>, matcher: LikeMatcher)?
        let result = texts.bytes.withUnsafeBufferPointer { bytes in
            FixedWidthVector<Bool>.collecting(count: count, validity: validity) { row in
                let matcher: LikeMatcher
                if let constant {
                    matcher = constant
                } else if let known = compiled, known.pattern == patterns.bytes(at: row) {
                    matcher = known.matcher
                } else {
                    matcher = LikeMatcher(pattern: folded(patterns.bytes(at: row)))
                    compiled = (patterns.bytes(at: row), matcher)
                }
                let text = UnsafeBufferPointer(rebasing: bytes[texts.byteRange(row)])
                let matched = caseInsensitive ? folded(text).withUnsafeBufferPointer { matcher.matches($0) } : matcher.matches(text)
                return matched != negated
            }
        }
        return ColumnVector(uncheckedType: .boolean, storage: .boolean(result))
    }
}
