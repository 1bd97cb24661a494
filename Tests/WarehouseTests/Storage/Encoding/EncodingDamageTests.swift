import Testing
@testable import Warehouse

/// Decoding damaged bytes never crashes: it either fails with a `damaged block` error or
/// (when the damage happens to spell valid values) returns the right number of rows.
@Suite struct EncodingDamageTests {
    @Test(arguments: ColumnEncoding.allCases)
    func damagedBlocksFailCleanly(_ encoding: ColumnEncoding) throws {
        var data = EncodingTestData(seed: 0xBAD)
        var generator = EncodingTestData.Generator(state: 0xF00D)
        var failures = 0
        for type in EncodingTestData.types where encoding.applies(to: type) {
            let vector = try data.vector(type, rows: 150)
            let good = try encoding.encode(vector)
            for trial in 0..<40 {
                var bytes = good
                switch trial % 4 {
                case 0: bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &generator)))
                case 1: bytes.append(contentsOf: (0..<Int.random(in: 1...8, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) })
                default:
                    for _ in 0..<Int.random(in: 1...4, using: &generator) {
                        bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                    }
                }
                do {
                    let decoded = try encoding.decode(bytes, type: type, count: vector.count)
                    #expect(decoded.count == vector.count)
                } catch {
                    #expect(error.sqlState == BlockDamage.sqlState, "\(encoding.rawValue) on \(type.sqlName): \(error.message)")
                    #expect(error.message.hasPrefix("damaged block: "))
                    failures += 1
                }
            }
        }
        #expect(failures > 0)
    }
}
