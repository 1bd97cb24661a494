/// How a string value is made to fit a CHAR(n) or VARCHAR(n) type, counting bytes as Redshift
/// does. An explicit CAST truncates (at a UTF-8 character boundary); storing a value
/// (assignment) fails with `value too long for type character varying(5)` unless only blanks
/// are cut. CHAR accepts single-byte characters only and is blank-padded to its length.
public enum StringFitting: Sendable {
    /// What to keep of the input and how many blanks to pad after it.
    public struct Fit: Equatable, Sendable {
        public var keep: Int
        public var padding: Int

        @inlinable
        public init(keep: Int, padding: Int) {
            self.keep = keep
            self.padding = padding
        }
    }

    @inlinable
    public static func fit<Bytes: RandomAccessCollection>(_ bytes: Bytes, to type: DataType,
                                                           explicit: Bool) throws -> Fit where Bytes.Element == UInt8 {
        let limit: Int
        switch type {
        case .char(let length):
            limit = length
            if let wide = bytes.first(where: { $0 >= 0x80 }) {
                throw multibyteCharacter(wide)
            }
        case .varchar(let length): limit = length
        default: return Fit(keep: bytes.count, padding: 0)
        }
        let count = bytes.count
        guard count > limit else {
            return Fit(keep: count, padding: isChar(type) ? limit - count : 0)
        }
        let excess = bytes.dropFirst(limit)
        if excess.allSatisfy({ $0 == 0x20 }) { return Fit(keep: limit, padding: 0) }
        guard explicit else { throw TypeErrors.valueTooLong(type) }
        var keep = limit
        let start = bytes.startIndex
        // Back off continuation bytes (10xxxxxx) so a multi-byte character is not split.
        while keep > 0, bytes[bytes.index(start, offsetBy: keep)] & 0xC0 == 0x80 { keep -= 1 }
        return Fit(keep: keep, padding: 0)
    }

    @usableFromInline
    static func isChar(_ type: DataType) -> Bool {
        if case .char = type { return true }
        return false
    }

    @usableFromInline
    static func multibyteCharacter(_ firstByte: UInt8) -> SQLError {
        let hex = String(firstByte, radix: 16)
        return SQLError(SQLState.invalidTextRepresentation,
                        "Multibyte character not supported for CHAR (Hint: try using VARCHAR). Invalid char: \(hex)")
    }

    /// The length of `bytes` without trailing blanks: CHAR values compare, hash and convert to
    /// VARCHAR without them.
    @inlinable
    public static func trimmedLength<Bytes: BidirectionalCollection>(_ bytes: Bytes) -> Int where Bytes.Element == UInt8 {
        var count = bytes.count
        var index = bytes.endIndex
        while index > bytes.startIndex {
            let previous = bytes.index(before: index)
            guard bytes[previous] == 0x20 else { break }
            index = previous
            count -= 1
        }
        return count
    }
}
