import Testing
@testable import Warehouse

@Suite struct VectorTests {
    @Test func validityMaskTracksNullsAcrossWords() {
        var mask = ValidityMask(allValid: 0)
        for row in 0..<130 { mask.append(row % 3 != 0) }
        #expect(mask.count == 130 && mask.hasNulls)
        #expect(mask.nullCount == 44)
        #expect(!mask.isValid(0) && mask.isValid(1) && !mask.isValid(129) && mask.isValid(128))
        mask.set(0, valid: true)
        mask.set(1, valid: false)
        #expect(mask.isValid(0) && !mask.isValid(1))
        let allValid = ValidityMask(allValid: 130)
        #expect(!allValid.hasNulls && allValid.nullCount == 0 && allValid.isValid(129))
        #expect(ValidityMask.intersection(allValid, mask) == mask)
        let other = ValidityMask((0..<130).map { $0 % 2 == 0 })
        let both = ValidityMask.intersection(mask, other)
        #expect((0..<130).allSatisfy { both.isValid($0) == (mask.isValid($0) && other.isValid($0)) })
    }

    @Test func firstRowNullIsRecorded() {
        var mask = ValidityMask(allValid: 0)
        mask.append(false)
        mask.append(true)
        #expect(!mask.isValid(0) && mask.isValid(1) && mask.nullCount == 1)
    }

    @Test func nullStartingANewWord() {
        var mask = ValidityMask(allValid: 0)
        for _ in 0..<129 { mask.append(false) }
        #expect(mask.count == 129 && mask.nullCount == 129 && !mask.isValid(64) && !mask.isValid(128))
    }

    @Test func fixedWidthGatherAndSlice() {
        let vector = FixedWidthVector(values: [10, 20, 30, 40] as [Int32], validity: ValidityMask([true, false, true, true]))
        let gathered = vector.gathered(SelectionVector([3, 1, 0]))
        #expect(gathered.values[0] == 40 && gathered[1] == nil && gathered[2] == 10)
        let sliced = vector.sliced(1..<3)
        #expect(sliced.count == 2 && sliced[0] == nil && sliced[1] == 30)
    }

    @Test func stringVectorKeepsBytesAndOffsets() {
        var strings = StringVector(["ab", nil, "", "héllo"])
        #expect(strings.count == 4 && strings.offsets == [0, 2, 2, 2, 8])
        #expect(strings[0] == "ab" && strings[1] == nil && strings[2] == "" && strings[3] == "héllo")
        strings.append(contentsOf: StringVector(["x", nil]))
        #expect(strings.count == 6 && strings[4] == "x" && strings[5] == nil)
        let gathered = strings.gathered(SelectionVector([3, 1, 4]))
        #expect(gathered[0] == "héllo" && gathered[1] == nil && gathered[2] == "x")
        #expect(strings.sliced(2..<4)[1] == "héllo")
    }

    @Test func builderAppendsDatumsVectorsAndSelections() throws {
        var builder = ColumnBuilder(type: .decimal(precision: 6, scale: 2))
        try builder.append(.decimal(Decimal128(unscaled: 15, scale: 1)))
        try builder.append(.null)
        let other = try ColumnVector(type: .decimal(precision: 6, scale: 2),
                                     datums: [.decimal(Decimal128(unscaled: 1, scale: 2)), .decimal(Decimal128(unscaled: 2, scale: 2))])
        try builder.append(other)
        try builder.append(other, rows: SelectionVector([1]))
        let column = builder.build()
        #expect(column.datums.map(\.text) == ["1.50", "", "0.01", "0.02", "0.02"])
        #expect(throws: SQLError.self) { try builder.append(.integer(1)) }
        #expect(throws: TypeErrors.numericResultOverflow) { try builder.append(.decimal(Decimal128(unscaled: 1_000_000, scale: 2))) }
        #expect(throws: SQLError.self) { try builder.append(try ColumnVector(type: .decimal(precision: 6, scale: 1), datums: [])) }
    }

    @Test func builderAppendsManyPiecesInOrderWithTheirNulls() throws {
        let pieces = try [["a", nil], [], ["bc"], [nil, "", "def"]].map { strings in
            try ColumnVector(type: .varchar(length: 5), datums: strings.map { $0.map(Datum.string) ?? .null })
        }
        var strings = ColumnBuilder(type: .varchar(length: 5))
        try strings.append(.string("z"))
        try strings.append(contentsOf: pieces)
        let column = strings.build()
        #expect(column.count == 7)
        #expect((0..<7).map { column.datum(at: $0).isNull } == [false, false, true, false, true, false, false])
        #expect(column.datums.map(\.text) == ["z", "a", "", "bc", "", "", "def"])
        var integers = ColumnBuilder(type: .integer)
        try integers.append(contentsOf: [try ColumnVector(type: .integer, datums: [.integer(1), .null]),
                                         try ColumnVector(type: .integer, datums: [.integer(3)])])
        #expect(integers.build().datums == [.integer(1), .null, .integer(3)])
        #expect(throws: SQLError.self) {
            try integers.append(contentsOf: [try ColumnVector(type: .integer, datums: []), try ColumnVector(type: .bigint, datums: [])])
        }
        #expect(integers.count == 3)
    }

    @Test func builderPadsCharAndChecksLength() throws {
        let chars = try ColumnVector(type: .char(length: 4), datums: [.string("ab"), .null, .string("abcd  ")])
        #expect(chars.datums == [.string("ab  "), .null, .string("abcd")])
        #expect(throws: TypeErrors.valueTooLong(.varchar(length: 2))) {
            try ColumnVector(type: .varchar(length: 2), datums: [.string("abc")])
        }
    }

    @Test func datumsRoundTripForEveryType() throws {
        let samples: [(DataType, Datum)] = [
            (.smallint, .smallint(-3)), (.integer, .integer(7)), (.bigint, .bigint(1 << 40)),
            (.decimal(precision: 10, scale: 3), .decimal(Decimal128(unscaled: -12_345, scale: 3))), (.real, .real(1.5)),
            (.doublePrecision, .double(-2.25)), (.boolean, .boolean(true)), (.varchar(length: 10), .string("héllo")),
            (.char(length: 3), .string("abc")), (.date, .date(2926)), (.time, .time(5)), (.timetz, .timetz(6)),
            (.timestamp, .timestamp(-7)), (.timestamptz, .timestamptz(8)),
        ]
        for (type, datum) in samples {
            let column = try ColumnVector(type: type, datums: [datum, .null])
            #expect(column.type == type && column.count == 2)
            #expect(column.datum(at: 0) == datum && column.isNull(1))
        }
    }

    @Test func repeatingBroadcastsAConstant() throws {
        let column = try ColumnVector(repeating: .integer(5), type: .integer, count: 3)
        #expect(column.datums == [.integer(5), .integer(5), .integer(5)])
        let nulls = try ColumnVector(repeating: .null, type: .varchar(length: 3), count: 2)
        #expect(nulls.datums == [.null, .null])
    }

    @Test func columnVectorRejectsMismatchedStorage() {
        #expect(throws: SQLError.self) { try ColumnVector(type: .integer, storage: .int64(FixedWidthVector(values: [1]))) }
    }

    @Test func batchSelectionCompactionAndSlicing() throws {
        let ids = try ColumnVector(type: .integer, datums: [.integer(1), .integer(2), .integer(3)])
        let names = try ColumnVector(type: .varchar(length: 5), datums: [.string("a"), .null, .string("c")])
        let batch = try Batch(columns: [ids, names], count: 3, selection: SelectionVector([0, 2]))
        #expect(batch.activeCount == 2)
        let compacted = batch.compacted()
        #expect(compacted.count == 2 && compacted.selection == nil)
        #expect(compacted.columns[0].datums == [.integer(1), .integer(3)])
        #expect(compacted.columns[1].datums == [.string("a"), .string("c")])
        let sliced = batch.sliced(1..<10)
        #expect(sliced.count == 2 && sliced.columns[1].datums == [.null, .string("c")])
        #expect(throws: SQLError.self) { try Batch(columns: [ids], count: 2) }
        #expect(throws: SQLError.self) { try Batch(columns: [ids], count: 3, selection: SelectionVector([3])) }
    }

    @Test func emptyBatch() throws {
        let empty = try ColumnVector(type: .bigint, datums: [])
        let batch = try Batch(columns: [empty], count: 0, selection: SelectionVector([]))
        #expect(batch.activeCount == 0 && batch.compacted().count == 0)
        #expect(SelectionVector(all: 0).isEmpty && SelectionVector(all: 3).indices == [0, 1, 2])
    }
}
