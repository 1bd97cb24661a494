/// AZ64 stand-in. Amazon's AZ64 algorithm is proprietary (documented only as compressing
/// small groups of values with SIMD-friendly code), so this codec is our own design in its
/// spirit: the block is cut into groups of 128 values, and each group is stored either by
/// frame of reference (the group's minimum, then every value minus it, bit-packed at the
/// width the group's range needs) or, when that is smaller, as its first value and its
/// successive differences under the same frame-of-reference packing, which makes sorted
/// and sequential data (keys, dates, timestamps) nearly free.
///
/// A group is: its mode byte; for delta mode the first value; then the frame — its base
/// (T's little-endian bytes), its width (one byte), and the packed offsets (bit-packed, least
/// significant bit first, `(n * width + 7) / 8` bytes).
struct AZ64Codec {
    static let groupSize = 128

    private enum Mode: UInt8 { case frameOfReference = 0, delta = 1 }

    static func encode<T: FixedWidthInteger>(_ values: UnsafeBufferPointer<T>, into writer: inout ByteWriter) {
        var start = 0
        while start < values.count {
            let group = UnsafeBufferPointer(rebasing: values[start..<min(start + groupSize, values.count)])
            var low = group[0], high = group[0]
            var lowStep = T.zero, highStep = T.zero
            if group.count > 1 {
                lowStep = group[1] &- group[0]
                highStep = lowStep
            }
            for index in 1..<group.count {
                let value = group[index], step = value &- group[index - 1]
                low = Swift.min(low, value)
                high = Swift.max(high, value)
                lowStep = Swift.min(lowStep, step)
                highStep = Swift.max(highStep, step)
            }
            let direct = width(low, high)
            if group.count > 1, width(lowStep, highStep) < direct {
                let steps = width(lowStep, highStep)
                writer.write(Mode.delta.rawValue)
                writer.write(group[0])
                writeFrame(base: lowStep, width: steps, count: group.count - 1, into: &writer) { group[$0 + 1] &- group[$0] }
            } else {
                writer.write(Mode.frameOfReference.rawValue)
                writeFrame(base: low, width: direct, count: group.count, into: &writer) { group[$0] }
            }
            start += group.count
        }
    }

    static func decode<T: FixedWidthInteger>(_: T.Type, count: Int, from reader: inout ByteReader) throws(SQLError) -> [T] {
        var failure: SQLError?
        let values = [T](unsafeUninitializedCapacity: count) { output, initialized in
            do {
                var start = 0
                while start < count {
                    let size = Swift.min(groupSize, count - start)
                    let group = output.baseAddress! + start
                    switch Mode(rawValue: try reader.readByte()) {
                    case .frameOfReference?:
                        try readFrame(count: size, into: group, from: &reader)
                    case .delta?:
                        var previous = try reader.read(T.self)
                        group[0] = previous
                        try readFrame(count: size - 1, into: group + 1, from: &reader)
                        for index in 1..<size {
                            previous = previous &+ group[index]
                            group[index] = previous
                        }
                    case nil:
                        throw BlockDamage.invalid("unknown AZ64 group mode")
                    }
                    start += size
                    initialized = start
                }
            } catch {
                failure = error as? SQLError ?? BlockDamage.truncated
            }
        }
        if let failure { throw failure }
        return values
    }

    /// Bits that every value of `low...high` needs as an offset from `low`: high - low fits
    /// T's width as an unsigned number even when it overflows T.
    private static func width<T: FixedWidthInteger>(_ low: T, _ high: T) -> Int {
        T.Magnitude.bitWidth - T.Magnitude(truncatingIfNeeded: high &- low).leadingZeroBitCount
    }

    /// A frame: `base`, `width`, and the `count` values `value(i)` gives as offsets from base.
    @inline(__always)
    private static func writeFrame<T: FixedWidthInteger>(base: T, width: Int, count: Int, into writer: inout ByteWriter,
                                                          _ value: (Int) -> T) {
        writer.write(base)
        writer.write(UInt8(width))
        guard width > 0 else { return }
        writer.append(count: BitPacker.byteCount(count: count, width: width)) { output in
            var packer = BitPacker(into: output)
            for index in 0..<count {
                let offset = T.Magnitude(truncatingIfNeeded: value(index) &- base)
                if width <= 64 {
                    packer.append(UInt64(truncatingIfNeeded: offset), width: width)
                } else {
                    packer.append(UInt64(truncatingIfNeeded: offset), width: 64)
                    packer.append(UInt64(truncatingIfNeeded: offset >> 64), width: width - 64)
                }
            }
            packer.finish()
        }
    }

    /// Reads a frame of `count` values into `output`.
    private static func readFrame<T: FixedWidthInteger>(count: Int, into output: UnsafeMutablePointer<T>,
                                                         from reader: inout ByteReader) throws(SQLError) {
        guard count > 0 else { return }
        let base = try reader.read(T.self)
        let width = Int(try reader.readByte())
        guard width <= T.Magnitude.bitWidth else { throw BlockDamage.invalid("a bit width of \(width) for \(T.bitWidth)-bit values") }
        guard width > 0 else {
            output.update(repeating: base, count: count)
            return
        }
        try reader.withBytes(BitPacker.byteCount(count: count, width: width)) { input in
            var unpacker = BitUnpacker(input)
            for index in 0..<count {
                var offset = T.Magnitude(truncatingIfNeeded: unpacker.next(width: Swift.min(width, 64)))
                if width > 64 { offset |= T.Magnitude(truncatingIfNeeded: unpacker.next(width: width - 64)) << 64 }
                output[index] = base &+ T(truncatingIfNeeded: offset)
            }
        }
    }
}
