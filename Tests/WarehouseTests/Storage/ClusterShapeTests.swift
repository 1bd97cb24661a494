import Testing
@testable import Warehouse

@Suite struct ClusterShapeTests {
    @Test func slicesFollowTheNodeType() throws {
        #expect(ClusterShape.scratch.sliceCount == 4)
        #expect(try ClusterShape(nodeType: "dc2.8xlarge", nodeCount: 2).sliceCount == 32)
        #expect(try ClusterShape(nodeType: "ra3.4xlarge", nodeCount: 3).firstSliceOfEachNode == [0, 4, 8])
        #expect(throws: SQLError.self) { try ClusterShape(nodeType: "dc9.huge", nodeCount: 2) }
        #expect(throws: SQLError.self) { try ClusterShape(nodeType: "dc2.large", nodeCount: 0) }
    }

    @Test func aDatabaseSpreadsRowsOverItsShapesSlices() throws {
        let database = Database(shape: try ClusterShape(nodeType: "ra3.4xlarge", nodeCount: 2))
        _ = try database.execute("CREATE TABLE t (n INT) DISTSTYLE EVEN; INSERT INTO t VALUES (1),(2),(3),(4),(5),(6),(7),(8),(9)")
        _ = try database.execute("CREATE TABLE d (n INT) DISTSTYLE ALL; INSERT INTO d VALUES (1),(2)")
        #expect(database.storedTable(named: "t")?.storage.rowsPerSlice == [2, 1, 1, 1, 1, 1, 1, 1])
        #expect(database.storedTable(named: "d")?.storage.rowsPerSlice == [2, 0, 0, 0, 2, 0, 0, 0])
    }
}
