/// Character-level views of UTF-8 bytes. Redshift's string functions count characters (code
/// points), not bytes, so positions and lengths walk the bytes; ASCII-only values, the common
/// case, need no decoding.
enum UTF8Text {
    @inlinable
    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    static func characterCount(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        for byte in bytes where !isContinuation(byte) { count += 1 }
        return count
    }

    /// The index in `bytes` where character `offset` (0-based) starts; `endIndex` past the end.
    static func index(ofCharacter offset: Int, in bytes: ArraySlice<UInt8>) -> Int {
        guard offset > 0 else { return bytes.startIndex }
        var seen = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if !isContinuation(bytes[index]) {
                if seen == offset { return index }
                seen += 1
            }
            index += 1
        }
        return bytes.endIndex
    }

    /// Characters `from..<to` (0-based, clamped to the value).
    static func characters(_ bytes: ArraySlice<UInt8>, from: Int, to: Int) -> ArraySlice<UInt8> {
        guard to > from else { return [] }
        let start = index(ofCharacter: max(from, 0), in: bytes)
        let end = index(ofCharacter: to, in: bytes)
        return bytes[start..<max(start, end)]
    }

    static func scalars(_ bytes: ArraySlice<UInt8>) -> [Unicode.Scalar] {
        Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    }

    static func bytes(_ scalars: some Sequence<Unicode.Scalar>) -> [UInt8] {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return Array(String(view).utf8)
    }

    /// The first index of `needle` in `haystack` at or after `from`, comparing bytes (valid for
    /// UTF-8, whose characters never straddle a match boundary).
    static func firstIndex(of needle: ArraySlice<UInt8>, in haystack: ArraySlice<UInt8>, from: Int? = nil) -> Int? {
        let start = from ?? haystack.startIndex
        guard !needle.isEmpty else { return start }
        guard haystack.endIndex - start >= needle.count else { return nil }
        let first = needle[needle.startIndex]
        var index = start
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == first && haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Whether every byte is ASCII: all bytes OR-ed together, a loop without branches that the
    /// compiler vectorizes (COPY asks this of every text field).
    static func isASCII(_ bytes: some Sequence<UInt8>) -> Bool {
        var any: UInt8 = 0
        for byte in bytes { any |= byte }
        return any < 0x80
    }
}
