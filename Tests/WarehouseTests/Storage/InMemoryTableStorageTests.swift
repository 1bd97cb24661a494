import Testing
@testable import Warehouse

@Suite struct InMemoryTableStorageTests {
    func batch(_ ids: [Int32], _ names: [String?]) throws -> Batch {
        try Batch(columns: [ColumnVector(type: .integer, storage: .int32(FixedWidthVector(values: ids))),
                            ColumnVector(type: .varchar(length: 10), storage: .string(StringVector(names)))],
                  count: ids.count)
    }

    @Test func appendsScansWithProjectionAndReplaces() throws {
        var storage = InMemoryTableStorage(columnCount: 2)
        try storage.append(batch([1, 2], ["a", nil]))
        var selected = try batch([3, 4, 5], ["c", "d", "e"])
        selected.selection = SelectionVector([0, 2])
        try storage.append(selected)
        #expect(storage.rowCount == 4)
        let names = storage.scan(projection: [1]).flatMap { $0.columns[0].datums }
        #expect(names == [.string("a"), .null, .string("c"), .string("e")])
        let ids = storage.scan(projection: [0]).flatMap { $0.columns[0].datums }
        #expect(ids == [.integer(1), .integer(2), .integer(3), .integer(5)])
        try storage.replaceContents(with: [batch([9], ["z"])])
        #expect(storage.rowCount == 1)
        #expect(storage.scan(projection: [1, 0]).first?.columns.map { $0.datum(at: 0) } == [.string("z"), .integer(9)])
    }

    @Test func aBatchOfTheWrongWidthIsRefused() throws {
        var storage = InMemoryTableStorage(columnCount: 3)
        #expect(throws: SQLError.self) { try storage.append(batch([1], ["a"])) }
        #expect(storage.rowCount == 0)
    }

    @Test func copiesAreIndependentSnapshots() throws {
        var original = InMemoryTableStorage(columnCount: 2)
        try original.append(batch([1], ["a"]))
        let snapshot = original
        try original.append(batch([2], ["b"]))
        #expect(snapshot.rowCount == 1)
        #expect(original.rowCount == 2)
    }
}
