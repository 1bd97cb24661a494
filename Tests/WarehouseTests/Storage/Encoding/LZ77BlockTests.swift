import Testing
@testable import Warehouse

/// The LZO stand-in's byte stream: every input comes back exactly, repeats shrink, and a
/// damaged stream fails as a damaged block instead of writing outside the block.
@Suite struct LZ77BlockTests {
    private func roundTrip(_ bytes: [UInt8]) throws -> [UInt8] {
        let compressed = bytes.withUnsafeBufferPointer(LZ77Block.compress)
        #expect(compressed.count <= bytes.count + bytes.count / 255 + 16)
        #expect(try LZ77Block.decompress(compressed[...], rawCount: bytes.count) == bytes)
        return compressed
    }

    @Test func shortAndEmptyInputsAreLiterals() throws {
        for count in [0, 1, 4, 12, 13, 20] {
            _ = try roundTrip((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        }
    }

    @Test func repeatsShrinkAndOverlappingMatchesRepeat() throws {
        let run = [UInt8](repeating: 0x41, count: 100_000)
        #expect(try roundTrip(run).count < 1_000)
        let words = ["carefully ", "final ", "deposits ", "sleep ", "quickly ", "among ", "the ", "ironic "]
        var generator = EncodingTestData.Generator(state: 21)
        let text = Array((0..<20_000).map { _ in words[Int.random(in: 0..<words.count, using: &generator)] }.joined().utf8)
        #expect(try roundTrip(text).count < text.count / 2)
    }

    @Test func randomBytesComeBackWhole() throws {
        var generator = EncodingTestData.Generator(state: 5)
        let noise = (0..<70_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        _ = try roundTrip(noise)
        // Repeats further apart than the 64 KiB window are literals, still exact.
        _ = try roundTrip(noise + noise)
    }

    @Test func damagedStreamsFailCleanly() throws {
        let text = Array(String(repeating: "the quick brown fox jumps over the lazy dog ", count: 50).utf8)
        let good = text.withUnsafeBufferPointer(LZ77Block.compress)
        for cut in [0, 1, good.count / 2, good.count - 1] {
            #expect(throws: SQLError.self) { try LZ77Block.decompress(good.prefix(cut), rawCount: text.count) }
        }
        #expect(throws: SQLError.self) { try LZ77Block.decompress(good[...], rawCount: text.count + 1) }
        #expect(throws: SQLError.self) { try LZ77Block.decompress(good[...], rawCount: text.count - 1) }
        // A match whose offset points before the first byte.
        #expect(throws: SQLError.self) { try LZ77Block.decompress([0x10, 0x61, 0x09, 0x00, 0x00], rawCount: 10) }
    }
}
