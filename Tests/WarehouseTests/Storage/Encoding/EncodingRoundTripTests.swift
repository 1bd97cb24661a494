import Testing
@testable import Warehouse

/// Every encoding on every type it takes gives back exactly what it was given, NULLs included.
@Suite struct EncodingRoundTripTests {
    @Test(arguments: ColumnEncoding.allCases)
    func roundTripsEveryApplicableType(_ encoding: ColumnEncoding) throws {
        var data = EncodingTestData(seed: 0xE1C0DE)
        let types = EncodingTestData.types.filter(encoding.applies(to:))
        #expect(!types.isEmpty)
        for type in types {
            // 700 rows: several AZ64 groups and more distinct values than one BYTEDICT dictionary holds.
            for rows in [0, 1, 700] {
                let vector = try data.vector(type, rows: rows)
                let decoded = try encoding.decode(try encoding.encode(vector), type: type, count: rows)
                #expect(decoded.type == type)
                #expect(decoded.datums == vector.datums, "\(encoding.rawValue) on \(type.sqlName), \(rows) rows")
                #expect(decoded.validity.nullCount == vector.validity.nullCount)
            }
        }
    }

    @Test func manyDistinctStringsOverflowTheByteDictionary() throws {
        let strings = (0..<1000).map { Datum.string("value \($0)") }
        let vector = try ColumnVector(type: .varchar(length: 20), datums: strings)
        let decoded = try ColumnEncoding.bytedict.decode(ColumnEncoding.bytedict.encode(vector), type: vector.type, count: 1000)
        #expect(decoded.datums == strings)
    }

    @Test func text32kOverflowsItsDictionaryBytes() throws {
        let strings = (0..<3000).map { Datum.string("word\($0)-" + String(repeating: "x", count: 20) + " common") }
        let vector = try ColumnVector(type: .varchar(length: 100), datums: strings)
        let decoded = try ColumnEncoding.text32k.decode(ColumnEncoding.text32k.encode(vector), type: vector.type, count: 3000)
        #expect(decoded.datums == strings)
    }
}
