/// Which rows of a vector hold a value (bit set) and which are NULL (bit clear).
///
/// A vector without NULLs keeps no words at all, so the common case costs nothing and kernels
/// can test `hasNulls` once and run a loop without per-row checks.
public struct ValidityMask: Sendable, Equatable {
    /// One bit per row, least significant bit first; empty means every row is valid.
    @usableFromInline var words: [UInt64]
    public private(set) var count: Int

    public init(allValid count: Int) {
        words = []
        self.count = count
    }

    /// A mask from one flag per row.
    public init(_ valid: [Bool]) {
        self.init(allValid: 0)
        for flag in valid { append(flag) }
    }

    @inlinable
    public var hasNulls: Bool { !words.isEmpty }

    @inlinable
    public func isValid(_ row: Int) -> Bool {
        words.isEmpty || words[row >> 6] & (1 << UInt64(row & 63)) != 0
    }

    public var nullCount: Int {
        guard hasNulls else { return 0 }
        return count - words.reduce(0) { $0 + $1.nonzeroBitCount }
    }

    public mutating func append(_ valid: Bool) {
        count += 1
        if valid {
            guard hasNulls else { return }
            if words.count * 64 < count { words.append(0) }
            words[(count - 1) >> 6] |= 1 << UInt64((count - 1) & 63)
        } else {
            materialize()
            if words.count * 64 < count { words.append(0) }
            words[(count - 1) >> 6] &= ~(1 << UInt64((count - 1) & 63))
        }
    }

    public mutating func append(_ other: ValidityMask) {
        guard hasNulls || other.hasNulls else {
            count += other.count
            return
        }
        for row in 0..<other.count { append(other.isValid(row)) }
    }

    /// The flags of the rows `selection` names, in its order.
    public func gathered(_ selection: SelectionVector) -> ValidityMask {
        guard hasNulls else { return ValidityMask(allValid: selection.count) }
        return ValidityMask(selection.indices.map { isValid(Int($0)) })
    }

    /// The flags of rows `range`.
    public func sliced(_ range: Range<Int>) -> ValidityMask {
        guard hasNulls else { return ValidityMask(allValid: range.count) }
        return ValidityMask(range.map { isValid($0) })
    }

    public mutating func set(_ row: Int, valid: Bool) {
        if valid {
            guard hasNulls else { return }
            words[row >> 6] |= 1 << UInt64(row & 63)
        } else {
            materialize()
            words[row >> 6] &= ~(1 << UInt64(row & 63))
        }
    }

    /// Rows valid in both masks: the validity of a strict binary operation's result.
    public static func intersection(_ lhs: ValidityMask, _ rhs: ValidityMask) -> ValidityMask {
        if !lhs.hasNulls { return rhs }
        if !rhs.hasNulls { return lhs }
        var result = lhs
        for index in result.words.indices {
            result.words[index] &= index < rhs.words.count ? rhs.words[index] : 0
        }
        return result
    }

    /// Switches from the implicit all-valid form to explicit words (count must be positive).
    private mutating func materialize() {
        guard words.isEmpty, count > 0 else { return }
        let wordCount = (count + 63) >> 6
        words = Array(repeating: ~0, count: wordCount)
        if count & 63 != 0 { words[wordCount - 1] = (1 << UInt64(count & 63)) - 1 }
    }
}
