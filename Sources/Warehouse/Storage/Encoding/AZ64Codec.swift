/// AZ64 stand-in. Amazon's AZ64 algorithm is proprietary (documented only as compressing
/// small groups of values with SIMD-friendly code), so this codec is our own design in its
/// spirit: the block is cut into groups of 128 values, and each group is stored either by
/// frame of reference (the group's minimum, then every value minus it, bit-packed at the
/// width the group's range needs) or, when that is smaller, as its first value and its
/// successive differences under the same frame-of-reference packing, which makes sorted
/// and sequential data (keys, dates, timestamps) nearly free.
struct AZ64Codec: LaneCodec {
    static let groupSize = 128

    private enum Mode: UInt8 { case frameOfReference = 0, delta = 1 }

    func encode<T: FixedWidthInteger & Sendable>(lanes values: [T], into writer: inout ByteWriter) {
        var start = 0
        while start < values.count {
            let group = values[start..<min(start + Self.groupSize, values.count)]
            let direct = Frame(group)
            let differences = group.count > 1 ? Frame(zip(group.dropFirst(), group).map { $0 &- $1 }) : nil
            if let differences, differences.width < direct.width, let first = group.first {
                writer.write(Mode.delta.rawValue)
                writer.write(first)
                differences.write(into: &writer)
            } else {
                writer.write(Mode.frameOfReference.rawValue)
                direct.write(into: &writer)
            }
            start += group.count
        }
    }

    func decode<T: FixedWidthInteger & Sendable>(lanes _: T.Type, count: Int, from reader: inout ByteReader) throws(SQLError) -> [T] {
        var values: [T] = []
        values.reserveCapacity(count)
        while values.count < count {
            let size = min(Self.groupSize, count - values.count)
            switch Mode(rawValue: try reader.readByte()) {
            case .frameOfReference?:
                values.append(contentsOf: try Frame<T>.read(count: size, from: &reader))
            case .delta?:
                var previous = try reader.read(T.self)
                values.append(previous)
                for difference in try Frame<T>.read(count: size - 1, from: &reader) {
                    previous = previous &+ difference
                    values.append(previous)
                }
            case nil:
                throw BlockDamage.invalid("unknown AZ64 group mode")
            }
        }
        return values
    }
}

/// A group of values as its minimum and each value's offset from it, in `width` bits.
private struct Frame<T: FixedWidthInteger> {
    let base: T
    let width: Int
    let offsets: [T.Magnitude]

    init(_ values: some Collection<T>) {
        let low = values.min() ?? 0, high = values.max() ?? 0
        base = low
        // high - low fits T's width as an unsigned number even when it overflows T.
        width = T.Magnitude.bitWidth - T.Magnitude(truncatingIfNeeded: high &- low).leadingZeroBitCount
        offsets = values.map { T.Magnitude(truncatingIfNeeded: $0 &- low) }
    }

    func write(into writer: inout ByteWriter) {
        writer.write(base)
        writer.write(UInt8(width))
        var packer = BitPacker()
        for offset in offsets { packer.append(offset, width: width, into: &writer) }
        packer.flush(into: &writer)
    }

    static func read(count: Int, from reader: inout ByteReader) throws(SQLError) -> [T] {
        guard count > 0 else { return [] }
        let base = try reader.read(T.self)
        let width = Int(try reader.readByte())
        guard width <= T.Magnitude.bitWidth else { throw BlockDamage.invalid("a bit width of \(width) for \(T.bitWidth)-bit values") }
        var unpacker = BitUnpacker(try reader.readBytes((count * width + 7) / 8))
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            values.append(base &+ T(truncatingIfNeeded: unpacker.next(T.Magnitude.self, width: width)))
        }
        return values
    }
}

/// Writes unsigned values of a given bit width back to back, least significant bit first.
private struct BitPacker {
    private var pending: UInt64 = 0
    private var pendingBits = 0

    mutating func append<M: FixedWidthInteger & UnsignedInteger>(_ value: M, width: Int, into writer: inout ByteWriter) {
        var rest = value, left = width
        while left > 0 {
            let take = min(left, 32)
            pending |= (UInt64(truncatingIfNeeded: rest) & (UInt64(1) << UInt64(take) &- 1)) << UInt64(pendingBits)
            pendingBits += take
            rest >>= take
            left -= take
            while pendingBits >= 8 {
                writer.write(UInt8(truncatingIfNeeded: pending))
                pending >>= 8
                pendingBits -= 8
            }
        }
    }

    mutating func flush(into writer: inout ByteWriter) {
        if pendingBits > 0 { writer.write(UInt8(truncatingIfNeeded: pending)) }
        pending = 0
        pendingBits = 0
    }
}

/// Reads what `BitPacker` wrote; the caller sized the bytes for every value it asks for.
private struct BitUnpacker {
    private let bytes: ArraySlice<UInt8>
    private var nextByte: Int
    private var pending: UInt64 = 0
    private var pendingBits = 0

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        nextByte = bytes.startIndex
    }

    mutating func next<M: FixedWidthInteger & UnsignedInteger>(_: M.Type, width: Int) -> M {
        var value: M = 0, filled = 0
        while filled < width {
            let take = min(width - filled, 32)
            while pendingBits < take {
                let byte = nextByte < bytes.endIndex ? bytes[nextByte] : 0
                nextByte += 1
                pending |= UInt64(byte) << UInt64(pendingBits)
                pendingBits += 8
            }
            value |= M(truncatingIfNeeded: pending & (UInt64(1) << UInt64(take) &- 1)) << filled
            pending >>= UInt64(take)
            pendingBits -= take
            filled += take
        }
        return value
    }
}
