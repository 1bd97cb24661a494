/// A column of strings as one UTF-8 byte buffer and `count + 1` offsets: row `i` is
/// `bytes[offsets[i]..<offsets[i + 1]]`. CHAR(n) values are stored blank-padded to n bytes.
/// 32-bit offsets suffice: a batch is a few thousand values of at most 64 KiB each.
public struct StringVector: Sendable {
    public var bytes: [UInt8]
    public var offsets: [UInt32]
    public var validity: ValidityMask

    public init() {
        bytes = []
        offsets = [0]
        validity = ValidityMask(allValid: 0)
    }

    public init(_ strings: [String?]) {
        self.init()
        for string in strings { append(string) }
    }

    public var count: Int { offsets.count - 1 }

    @inlinable
    public func byteRange(_ row: Int) -> Range<Int> {
        Int(offsets[row])..<Int(offsets[row + 1])
    }

    @inlinable
    public func bytes(at row: Int) -> ArraySlice<UInt8> { bytes[byteRange(row)] }

    /// The string of `row`, nil when NULL.
    public subscript(row: Int) -> String? {
        validity.isValid(row) ? String(decoding: bytes(at: row), as: UTF8.self) : nil
    }

    public mutating func append(_ string: String?) {
        if let string { bytes.append(contentsOf: string.utf8) }
        closeRow(valid: string != nil)
    }

    /// Appends a value from raw bytes, blank-padded by `padding`.
    public mutating func append<Bytes: Collection>(bytes value: Bytes, padding: Int = 0) where Bytes.Element == UInt8 {
        bytes.append(contentsOf: value)
        if padding > 0 { bytes.append(contentsOf: repeatElement(0x20, count: padding)) }
        closeRow(valid: true)
    }

    public mutating func appendNull() { closeRow(valid: false) }

    public mutating func append(contentsOf other: StringVector) {
        let base = UInt32(bytes.count)
        bytes.append(contentsOf: other.bytes)
        offsets.append(contentsOf: other.offsets.dropFirst().map { $0 + base })
        validity.append(other.validity)
    }

    /// The rows `selection` names, in its order: one pass sizes the result, a second copies
    /// each row's bytes with a single memory copy.
    public func gathered(_ selection: SelectionVector) -> StringVector {
        let count = selection.count
        var result = StringVector()
        bytes.withUnsafeBufferPointer { source in
            offsets.withUnsafeBufferPointer { starts in
                selection.indices.withUnsafeBufferPointer { rows in
                    result.offsets = [UInt32](unsafeUninitializedCapacity: count + 1) { ends, initialized in
                        var total: UInt32 = 0
                        ends[0] = 0
                        for position in 0..<count {
                            let row = Int(rows[position])
                            total &+= starts[row + 1] &- starts[row]
                            ends[position + 1] = total
                        }
                        initialized = count + 1
                    }
                    let total = Int(result.offsets[count])
                    result.bytes = [UInt8](unsafeUninitializedCapacity: total) { target, initialized in
                        guard let to = target.baseAddress, let from = source.baseAddress else {
                            initialized = 0
                            return
                        }
                        var written = 0
                        for position in 0..<count {
                            let row = Int(rows[position])
                            let start = Int(starts[row]), length = Int(starts[row + 1]) - start
                            (to + written).initialize(from: from + start, count: length)
                            written += length
                        }
                        initialized = written
                    }
                }
            }
        }
        result.validity = validity.gathered(selection)
        return result
    }

    /// Rows `range` as one copy of their bytes and rebased offsets.
    public func sliced(_ range: Range<Int>) -> StringVector {
        let start = offsets[range.lowerBound], end = offsets[range.upperBound]
        var result = StringVector()
        result.bytes = Array(bytes[Int(start)..<Int(end)])
        result.offsets = offsets[range.lowerBound...range.upperBound].map { $0 - start }
        result.validity = validity.sliced(range)
        return result
    }

    private mutating func closeRow(valid: Bool) {
        offsets.append(UInt32(truncatingIfNeeded: bytes.count))
        validity.append(valid)
    }
}
