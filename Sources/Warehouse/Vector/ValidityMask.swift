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
        count = valid.count
        guard valid.contains(false) else {
            words = []
            return
        }
        var words = [UInt64](repeating: 0, count: (valid.count + 63) >> 6)
        for (row, flag) in valid.enumerated() where flag { words[row >> 6] |= 1 << UInt64(row & 63) }
        self.words = words
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

    /// Appends `other`'s rows a word at a time (each of its words shifted into place).
    public mutating func append(_ other: ValidityMask) {
        guard hasNulls || other.hasNulls else {
            count += other.count
            return
        }
        guard other.count > 0 else { return }
        materialize()
        let start = count
        count += other.count
        let wordCount = (count + 63) >> 6
        if words.count < wordCount { words.append(contentsOf: repeatElement(0, count: wordCount - words.count)) }
        let shift = start & 63, base = start >> 6
        for index in 0..<((other.count + 63) >> 6) {
            var word = other.word(index)
            if index == (other.count - 1) >> 6, other.count & 63 != 0 { word &= (1 << UInt64(other.count & 63)) - 1 }
            words[base + index] |= word << UInt64(shift)
            if shift != 0, base + index + 1 < wordCount { words[base + index + 1] |= word >> UInt64(64 - shift) }
        }
    }

    /// Word `index` of the mask, all ones where the mask keeps no words.
    @inlinable
    func word(_ index: Int) -> UInt64 { words.isEmpty ? ~0 : words[index] }

    /// The rows `selection` names valid, every other row NULL: the validity of a kernel's
    /// output when only the selected rows are evaluated.
    public init(selection: SelectionVector, count: Int) {
        self.count = count
        guard selection.count < count else {
            words = []
            return
        }
        var words = [UInt64](repeating: 0, count: (count + 63) >> 6)
        words.withUnsafeMutableBufferPointer { buffer in
            for index in selection.indices where Int(index) < count {
                buffer[Int(index) >> 6] |= 1 << UInt64(index & 63)
            }
        }
        self.words = words
    }

    /// `count` NULL rows.
    public static func allNull(_ count: Int) -> ValidityMask {
        ValidityMask([Bool](repeating: false, count: count))
    }

    /// Calls `body` with each valid row in ascending order, scanning a word at a time.
    @inlinable
    public func forEachValidRow(_ body: (Int) throws -> Void) rethrows {
        guard hasNulls else {
            for row in 0..<count { try body(row) }
            return
        }
        for (index, word) in words.enumerated() {
            var remaining = word
            while remaining != 0 {
                let row = index << 6 + remaining.trailingZeroBitCount
                if row >= count { return }
                try body(row)
                remaining &= remaining - 1
            }
        }
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
        result.words.withUnsafeMutableBufferPointer { buffer in
            rhs.words.withUnsafeBufferPointer { other in
                for index in buffer.indices { buffer[index] &= index < other.count ? other[index] : 0 }
            }
        }
        return result
    }

    /// The validity of a strict operation's result over `count` rows: valid where every mask
    /// is valid and, when a selection is given, the row is selected.
    public static func intersection(_ masks: [ValidityMask], selection: SelectionVector?, count: Int) -> ValidityMask {
        var result = selection.map { ValidityMask(selection: $0, count: count) } ?? ValidityMask(allValid: count)
        for mask in masks where mask.hasNulls && mask.count == count { result = intersection(result, mask) }
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
