/// Unsigned values of a given bit width written back to back, least significant bit first,
/// into a buffer the caller sized for them (`byteCount`). Whole 64-bit words are stored as
/// they fill, so packing costs a few instructions per value, not a loop over its bytes.
struct BitPacker {
    private let output: UnsafeMutableRawBufferPointer
    private var nextByte = 0
    private var pending: UInt64 = 0
    private var pendingBits = 0

    /// Bytes that `count` values of `width` bits take.
    static func byteCount(count: Int, width: Int) -> Int { (count * width + 7) / 8 }

    init(into output: UnsafeMutableRawBufferPointer) { self.output = output }

    /// Appends the low `width` bits of `value` (0...64); bits above `width` must be clear.
    @inline(__always)
    mutating func append(_ value: UInt64, width: Int) {
        pending |= value << UInt64(truncatingIfNeeded: pendingBits)
        pendingBits += width
        guard pendingBits >= 64 else { return }
        output.storeBytes(of: pending.littleEndian, toByteOffset: nextByte, as: UInt64.self)
        nextByte += 8
        pendingBits -= 64
        // The bits of `value` that did not fit (none when it started a fresh word).
        pending = width - pendingBits >= 64 ? 0 : value >> UInt64(width - pendingBits)
    }

    /// Stores the bits still pending; the buffer then holds exactly `byteCount` bytes.
    mutating func finish() {
        var rest = pending
        for _ in 0..<(pendingBits + 7) / 8 {
            output[nextByte] = UInt8(truncatingIfNeeded: rest)
            nextByte += 1
            rest >>= 8
        }
        pending = 0
        pendingBits = 0
    }
}

/// Reads what `BitPacker` wrote, 64 bits at a time; bytes past the end read as zero.
struct BitUnpacker {
    private let input: UnsafeRawBufferPointer
    private var nextByte = 0
    private var pending: UInt64 = 0
    private var pendingBits = 0

    init(_ input: UnsafeRawBufferPointer) { self.input = input }

    /// The next `width` bits (0...64) as a number.
    @inline(__always)
    mutating func next(width: Int) -> UInt64 {
        let mask = width >= 64 ? UInt64.max : (UInt64(1) << UInt64(width)) &- 1
        if pendingBits >= width {
            let value = pending & mask
            pending = width >= 64 ? 0 : pending >> UInt64(width)
            pendingBits -= width
            return value
        }
        let word = loadWord()
        // pendingBits < width <= 64, so both shifts stay below 64.
        let value = (pending | word << UInt64(pendingBits)) & mask
        let used = width - pendingBits
        pending = used >= 64 ? 0 : word >> UInt64(used)
        pendingBits = 64 - used
        return value
    }

    private mutating func loadWord() -> UInt64 {
        defer { nextByte += 8 }
        if nextByte + 8 <= input.count {
            return UInt64(littleEndian: input.loadUnaligned(fromByteOffset: nextByte, as: UInt64.self))
        }
        var word: UInt64 = 0
        for index in stride(from: min(input.count, nextByte + 8) - 1, through: nextByte, by: -1) {
            word = word << 8 | UInt64(input[index])
        }
        return word
    }
}
