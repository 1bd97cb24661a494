import Testing
@testable import Warehouse

@Suite struct HashAndCastKernelTests {
    @Test func equalValuesHashEqual() throws {
        let chars = try ColumnVector(type: .char(length: 6), datums: [.string("abc"), .string("abd"), .null])
        let varchars = try ColumnVector(type: .varchar(length: 6), datums: [.string("abc  "), .string("abd"), .null])
        #expect(try HashKernel.hash([chars]) == HashKernel.hash([varchars]))
        let hashes = try HashKernel.hash([chars])
        #expect(hashes[0] != hashes[1] && hashes[2] != hashes[0])
        let doubles = try ColumnVector(type: .doublePrecision, datums: [.double(0), .double(-0.0), .double(.nan), .double(-.nan)])
        let doubleHashes = try HashKernel.hash([doubles])
        #expect(doubleHashes[0] == doubleHashes[1] && doubleHashes[2] == doubleHashes[3])
    }

    @Test func multiColumnHashesDependOnEveryColumnAndOrder() throws {
        let a = try ColumnVector(type: .integer, datums: [.integer(1), .integer(2)])
        let b = try ColumnVector(type: .integer, datums: [.integer(2), .integer(1)])
        let ab = try HashKernel.hash([a, b]), ba = try HashKernel.hash([b, a])
        #expect(ab[0] == ba[1] && ab[1] == ba[0] && ab[0] != ab[1])
        #expect(try HashKernel.hash([a, b], selection: SelectionVector([1])) == [ab[1]])
        #expect(try HashKernel.hash([]) == [])
        #expect(throws: SQLError.self) { try HashKernel.hash([a, ColumnVector(type: .integer, datums: [])]) }
    }

    /// Pinned values: stored data and slice placement depend on hashes never changing.
    @Test func hashIsStableAcrossRunsAndVersions() throws {
        let values = try ColumnVector(type: .bigint, datums: [.bigint(42)])
        let texts = try ColumnVector(type: .varchar(length: 9), datums: [.string("redshift")])
        #expect(try HashKernel.hash([values]) == [15_227_819_475_686_212_150])
        #expect(try HashKernel.hash([values, texts]) == [15_200_518_607_316_454_091])
    }

    @Test func vectorCastsRespectSelectionAndNulls() throws {
        let texts = try ColumnVector(type: .varchar(length: 10), datums: [.string("1"), .string("oops"), .null, .string(" 7")])
        #expect(throws: TypeErrors.invalidInput(.integer, "oops")) { try CastKernel.cast(texts, to: .integer) }
        let selected = try CastKernel.cast(texts, to: .integer, selection: SelectionVector([0, 2, 3]))
        #expect(selected.type == .integer)
        #expect(selected.datums == [.integer(1), .null, .null, .integer(7)])
        let same = try CastKernel.cast(texts, to: .varchar(length: 10))
        #expect(same.datums == texts.datums)
    }
}
