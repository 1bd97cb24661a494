import Testing
@testable import Warehouse

/// Each encoding really shrinks the data it is designed for, measured in encoded bytes
/// against RAW on generated columns.
@Suite struct EncodedSizeTests {
    static let rows = 20_000

    private func bytes(_ encoding: ColumnEncoding, _ vector: ColumnVector) throws -> Int {
        try encoding.encode(vector).count
    }

    private func ints(_ type: DataType, _ value: (Int) -> Int64) throws -> ColumnVector {
        try ColumnVector(type: type, datums: (0..<Self.rows).map { row in
            switch type {
            case .smallint: .smallint(Int16(truncatingIfNeeded: value(row)))
            case .integer: .integer(Int32(truncatingIfNeeded: value(row)))
            default: .bigint(value(row))
            }
        })
    }

    @Test func byteDictionaryOnTenDistinctStrings() throws {
        var generator = EncodingTestData.Generator(state: 7)
        let cities = (0..<10).map { "city number \($0)" }
        let vector = try ColumnVector(type: .varchar(length: 30), datums: (0..<Self.rows).map { _ in
            .string(cities[Int.random(in: 0..<10, using: &generator)])
        })
        let raw = try bytes(.raw, vector), dictionary = try bytes(.bytedict, vector)
        #expect(dictionary * 10 < raw, "bytedict \(dictionary) vs raw \(raw)")
        #expect(dictionary < Self.rows + 400)
    }

    @Test func deltaAndAZ64OnASequence() throws {
        let vector = try ints(.bigint) { 1_000_000 + Int64($0) * 3 }
        let raw = try bytes(.raw, vector)
        #expect(try bytes(.delta, vector) < raw / 7)
        #expect(try bytes(.delta32k, vector) < raw / 3)
        #expect(try bytes(.az64, vector) < raw / 50)
    }

    @Test func runLengthOnLongRuns() throws {
        let vector = try ints(.integer) { Int64($0 / 1000) }
        #expect(try bytes(.runlength, vector) < 200)
        #expect(try bytes(.raw, vector) == 4 * Self.rows + 1)
    }

    @Test func mostlyOnSmallValuesWithOutliers() throws {
        var generator = EncodingTestData.Generator(state: 11)
        let vector = try ints(.bigint) { row in row % 100 == 0 ? 5_000_000_000 : Int64.random(in: -100...100, using: &generator) }
        let raw = try bytes(.raw, vector)
        #expect(try bytes(.mostly8, vector) < raw / 6)
        #expect(try bytes(.mostly16, vector) < raw / 3)
        #expect(try bytes(.mostly32, vector) < raw / 2 + raw / 20)
    }

    @Test func generalPurposeAndWordDictionariesOnRepetitiveText() throws {
        var generator = EncodingTestData.Generator(state: 13)
        let words = ["the", "order", "shipped", "late", "customer", "called", "again", "about", "refund", "parcel"]
        let vector = try ColumnVector(type: .varchar(length: 200), datums: (0..<Self.rows).map { _ in
            .string((0..<8).map { _ in words[Int.random(in: 0..<words.count, using: &generator)] }.joined(separator: " "))
        })
        let raw = try bytes(.raw, vector)
        #expect(try bytes(.lzo, vector) < raw / 2)
        #expect(try bytes(.zstd, vector) <= bytes(.lzo, vector))
        #expect(try bytes(.text255, vector) < raw / 3)
        #expect(try bytes(.text32k, vector) < raw / 2)
    }

    @Test func randomDataDoesNotShrink() throws {
        var generator = EncodingTestData.Generator(state: 17)
        let vector = try ints(.bigint) { _ in Int64.random(in: .min ... .max, using: &generator) }
        let raw = try bytes(.raw, vector)
        for encoding in [ColumnEncoding.delta, .mostly8, .runlength] {
            #expect(try bytes(encoding, vector) > raw, "\(encoding.rawValue) on random data")
        }
    }
}
