/// LZ77 byte-oriented compression, the stand-in for LZO: like LZO it finds repeats through a
/// hash of the next four bytes and writes literals and (offset, length) matches as whole bytes,
/// with no entropy coder, so it compresses and decompresses several times faster than deflate
/// at a somewhat lower ratio — the trade LZO makes. The stream is a sequence of
///
///     token (literal count << 4 | match length - 4), [more literal count], literals,
///     match offset (2 bytes, little-endian), [more match length]
///
/// where a nibble of 15 is continued by bytes of 255 and a last byte below 255 (the LZ4 block
/// layout). The last sequence has literals only; the decoder knows the raw length.
enum LZ77Block {
    private static let hashBits = 14
    private static let minimumMatch = 4
    private static let maximumOffset = 65_535

    /// `source` compressed; never longer than `source.count + source.count / 255 + 16`.
    static func compress(_ source: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let count = source.count
        let bound = count + count / 255 + 16
        guard count > 0, let input = source.baseAddress else { return [0] }
        return [UInt8](unsafeUninitializedCapacity: bound) { output, written in
            let out = output.baseAddress!
            var table = [UInt32](repeating: 0, count: 1 << hashBits)
            var produced = 0
            table.withUnsafeMutableBufferPointer { table in
                let raw = UnsafeRawPointer(input)
                // Matches start before `searchEnd` and end before `matchEnd`, so the last bytes
                // are always literals and every 8-byte load stays inside the input.
                let matchEnd = count - 5
                let searchEnd = count - 12
                var anchor = 0
                var position = 0
                var misses = 0
                while position < searchEnd {
                    let sequence = raw.loadUnaligned(fromByteOffset: position, as: UInt32.self)
                    let slot = Int((sequence &* 2_654_435_761) >> UInt32(32 - hashBits))
                    let candidate = Int(table[slot])
                    table[slot] = UInt32(position)
                    guard candidate < position, position - candidate <= maximumOffset,
                          raw.loadUnaligned(fromByteOffset: candidate, as: UInt32.self) == sequence else {
                        // Incompressible stretches are skipped ever faster, as LZO and LZ4 do.
                        position += 1 + misses >> 6
                        misses += 1
                        continue
                    }
                    misses = 0
                    var length = minimumMatch
                    while position + length + 8 <= matchEnd {
                        let difference = raw.loadUnaligned(fromByteOffset: position + length, as: UInt64.self)
                            ^ raw.loadUnaligned(fromByteOffset: candidate + length, as: UInt64.self)
                        if difference != 0 {
                            length += difference.trailingZeroBitCount >> 3
                            break
                        }
                        length += 8
                    }
                    while position + length < matchEnd, input[position + length] == input[candidate + length] {
                        length += 1
                    }
                    produced = writeSequence(out, at: produced, literals: input + anchor, literalCount: position - anchor,
                                             offset: position - candidate, matchLength: length)
                    position += length
                    anchor = position
                }
                produced = writeLiterals(out, at: produced, literals: input + anchor, count: count - anchor, matchNibble: 0)
            }
            written = produced
        }
    }

    /// The `rawCount` bytes `input` compresses, or a `damaged block` error when it is not a
    /// stream `compress` wrote for that many bytes.
    static func decompress(_ input: ArraySlice<UInt8>, rawCount: Int) throws(SQLError) -> [UInt8] {
        var failure: String?
        let result = input.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: rawCount) { output, initialized in
                failure = decode(source, into: output, produced: &initialized)
            }
        }
        if let failure { throw BlockDamage.invalid("the compressed values do not decompress (\(failure))") }
        return result
    }

    /// Fills `output` from `source`; returns what is wrong with the stream, or nil.
    private static func decode(_ source: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>,
                               produced: inout Int) -> String? {
        let end = source.count, capacity = output.count
        var position = 0
        while true {
            guard position < end else { return "it ends inside a sequence" }
            let token = Int(source[position])
            position += 1
            guard let literals = length(token >> 4, source, &position), literals <= end - position,
                  literals <= capacity - produced else { return "a literal run overruns the block" }
            if literals > 0 {
                (output.baseAddress! + produced).update(from: source.baseAddress! + position, count: literals)
            }
            position += literals
            produced += literals
            if position == end { return produced == capacity ? nil : "it holds \(produced) bytes, not \(capacity)" }
            guard end - position >= 2 else { return "a match offset is cut off" }
            let offset = Int(source[position]) | Int(source[position + 1]) << 8
            position += 2
            guard offset > 0, offset <= produced else { return "a match points before the block" }
            guard let extra = length(token & 15, source, &position), extra + minimumMatch <= capacity - produced else {
                return "a match overruns the block"
            }
            let matchLength = extra + minimumMatch
            let target = output.baseAddress! + produced
            if offset >= matchLength {
                target.update(from: target - offset, count: matchLength)
            } else {
                // An overlapping match repeats the bytes it is still writing.
                for index in 0..<matchLength { target[index] = target[index - offset] }
            }
            produced += matchLength
        }
    }

    /// A nibble's length, continued by bytes of 255 when it is 15; nil when cut off.
    private static func length(_ nibble: Int, _ source: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> Int? {
        var total = nibble
        guard nibble == 15 else { return total }
        while true {
            guard position < source.count else { return nil }
            let byte = Int(source[position])
            position += 1
            total += byte
            if byte != 255 { return total }
        }
    }

    private static func writeSequence(_ out: UnsafeMutablePointer<UInt8>, at start: Int, literals: UnsafePointer<UInt8>,
                                      literalCount: Int, offset: Int, matchLength: Int) -> Int {
        let extra = matchLength - minimumMatch
        var at = writeLiterals(out, at: start, literals: literals, count: literalCount, matchNibble: min(extra, 15))
        out[at] = UInt8(truncatingIfNeeded: offset)
        out[at + 1] = UInt8(truncatingIfNeeded: offset >> 8)
        at += 2
        if extra >= 15 { at = writeLengthBytes(out, at: at, extra - 15) }
        return at
    }

    /// The token (with the match's nibble), the literal count's continuation and the literals.
    private static func writeLiterals(_ out: UnsafeMutablePointer<UInt8>, at start: Int, literals: UnsafePointer<UInt8>,
                                      count: Int, matchNibble: Int) -> Int {
        out[start] = UInt8(min(count, 15) << 4 | matchNibble)
        var at = start + 1
        if count >= 15 { at = writeLengthBytes(out, at: at, count - 15) }
        (out + at).update(from: literals, count: count)
        return at + count
    }

    private static func writeLengthBytes(_ out: UnsafeMutablePointer<UInt8>, at start: Int, _ value: Int) -> Int {
        var at = start, rest = value
        while rest >= 255 {
            out[at] = 255
            at += 1
            rest -= 255
        }
        out[at] = UInt8(rest)
        return at + 1
    }
}
