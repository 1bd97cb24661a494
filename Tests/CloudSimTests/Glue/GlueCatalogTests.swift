import Foundation
import Testing
@testable import CloudSim

@Suite("Glue Data Catalog")
struct GlueCatalogTests {
    let world: TestWorld

    init() throws {
        world = try GlueFixtures.lake()
    }

    static let tableInput = #"{"Name":"Sales","StorageDescriptor":{"Columns":[{"Name":"id","Type":"bigint"}],"Location":"s3://lake/raw/sales/"},"PartitionKeys":[{"Name":"year","Type":"string"}],"Parameters":{"classification":"csv"},"TableType":"EXTERNAL_TABLE"}"#

    @Test func databasesAreStoredInLowerCaseAndListed() throws {
        try world.run("glue create-database --database-input Name=Analytics,Description=reports")
        let database = try world.json("glue get-database --name analytics")["Database"]
        #expect(database?["Name"] == .string("analytics"))
        #expect(database?["Description"] == .string("reports"))
        #expect(database?["CatalogId"] == .string("123456789012"))
        #expect(database?["CreateTime"] == .double(1_767_225_600))
        let names = try world.json("glue get-databases")["DatabaseList"]?.listValue?.compactMap { $0["Name"]?.stringValue }
        #expect(names == ["analytics", "lake"])
        let page = try world.json("glue get-databases --max-results 1")
        #expect(page["DatabaseList"]?.listValue?.count == 1)
        #expect(page["NextToken"]?.stringValue != nil)
    }

    @Test func databaseErrorsAreAWSs() throws {
        #expect(try world.aws("glue create-database --database-input Name=LAKE").errorLine
            == "An error occurred (AlreadyExistsException) when calling the CreateDatabase operation: Database already exists.")
        #expect(try world.aws("glue get-database --name xyz").errorLine
            == "An error occurred (EntityNotFoundException) when calling the GetDatabase operation: Database xyz not found.")
        #expect(try world.aws("glue delete-database --name xyz").errorLine.contains("(EntityNotFoundException)"))
        #expect(try world.aws("glue update-database --name xyz --database-input Name=xyz").errorLine.contains("(EntityNotFoundException)"))
    }

    @Test func updateAndDeleteADatabaseWithItsTables() throws {
        try world.run("glue update-database --name lake --database-input Name=lake,Description=raw,LocationUri=s3://lake/")
        let database = try world.json("glue get-database --name lake")["Database"]
        #expect(database?["Description"] == .string("raw"))
        #expect(database?["LocationUri"] == .string("s3://lake/"))
        try world.run("glue create-table --database-name lake --table-input '\(Self.tableInput)'")
        try world.run("glue delete-database --name lake")
        try world.run("glue create-database --database-input Name=lake")
        #expect(try GlueFixtures.tableNames(world) == [])
    }

    @Test func tablesKeepTheirDefinition() throws {
        try world.run("glue create-table --database-name lake --table-input '\(Self.tableInput)'")
        let table = try GlueFixtures.table(world, "SALES")
        #expect(table?["Name"] == .string("sales"))
        #expect(table?["DatabaseName"] == .string("lake"))
        #expect(table?["StorageDescriptor"]?["Location"] == .string("s3://lake/raw/sales/"))
        #expect(table?["PartitionKeys"]?.listValue?.first?["Name"] == .string("year"))
        #expect(table?["Parameters"]?["classification"] == .string("csv"))
        #expect(table?["TableType"] == .string("EXTERNAL_TABLE"))
        #expect(table?["VersionId"] == .string("0"))
        #expect(try world.aws("glue create-table --database-name lake --table-input '\(Self.tableInput)'").errorLine
            == "An error occurred (AlreadyExistsException) when calling the CreateTable operation: Table already exists.")
    }

    @Test func tableErrorsNameWhatIsMissing() throws {
        #expect(try world.aws("glue get-table --database-name nodb --name t").errorLine
            == "An error occurred (EntityNotFoundException) when calling the GetTable operation: Database nodb not found.")
        #expect(try world.aws("glue get-table --database-name lake --name t").errorLine
            == "An error occurred (EntityNotFoundException) when calling the GetTable operation: Table t not found.")
        #expect(try world.aws("glue delete-table --database-name lake --name t").errorLine.contains("(EntityNotFoundException)"))
        #expect(try world.aws("glue create-table --database-name nodb --table-input Name=t").errorLine
            == "An error occurred (EntityNotFoundException) when calling the CreateTable operation: Database nodb not found.")
        #expect(try world.aws(#"glue create-table --database-name lake --table-input '{"Name":"t","PartitionKeys":[{"Name":"a"},{"Name":"A"}]}'"#)
            .errorLine.contains("(InvalidInputException)"))
    }

    @Test func updateTableRaisesTheVersionAndDeleteRemovesIt() throws {
        try world.run("glue create-table --database-name lake --table-input '\(Self.tableInput)'")
        try world.world.advance(by: 60)
        try world.run(#"glue update-table --database-name lake --table-input '{"Name":"sales","Description":"two","TableType":"EXTERNAL_TABLE"}'"#)
        let table = try GlueFixtures.table(world, "sales")
        #expect(table?["Description"] == .string("two"))
        #expect(table?["VersionId"] == .string("1"))
        #expect(table?["CreateTime"] == .double(1_767_225_600))
        #expect(table?["UpdateTime"] == .double(1_767_225_660))
        try world.run("glue create-table --database-name lake --table-input Name=other")
        #expect(try world.json("glue get-tables --database-name lake --expression 'sal.*'")["TableList"]?.listValue?.count == 1)
        try world.run("glue delete-table --database-name lake --name sales")
        #expect(try GlueFixtures.tableNames(world) == ["other"])
    }

    @Test func partitionsAreCreatedOnceAndFoundByValues() throws {
        try world.run("glue create-table --database-name lake --table-input '\(Self.tableInput)'")
        try world.run(#"glue create-partition --database-name lake --table-name sales --partition-input '{"Values":["2024"],"StorageDescriptor":{"Location":"s3://lake/raw/sales/year=2024/"}}'"#)
        #expect(try world.aws(#"glue create-partition --database-name lake --table-name sales --partition-input '{"Values":["2024"]}'"#).errorLine
            == "An error occurred (AlreadyExistsException) when calling the CreatePartition operation: Partition already exists.")
        let batch = try world.json(#"glue batch-create-partition --database-name lake --table-name sales --partition-input-list '[{"Values":["2024"]},{"Values":["2025"]},{"Values":["2026","x"]}]'"#)
        let errors = batch["Errors"]?.listValue ?? []
        #expect(errors.map { $0["ErrorDetail"]?["ErrorCode"] } == [.string("AlreadyExistsException"), .string("InvalidInputException")])
        let partition = try world.json("glue get-partition --database-name lake --table-name sales --partition-values 2024")["Partition"]
        #expect(partition?["StorageDescriptor"]?["Location"] == .string("s3://lake/raw/sales/year=2024/"))
        let values = try world.json("glue get-partitions --database-name lake --table-name sales")["Partitions"]?.listValue?.map { $0["Values"] }
        #expect(values == [.list([.string("2024")]), .list([.string("2025")])])
        try world.run("glue delete-partition --database-name lake --table-name sales --partition-values 2024")
        #expect(try world.aws("glue get-partition --database-name lake --table-name sales --partition-values 2024").errorLine
            == "An error occurred (EntityNotFoundException) when calling the GetPartition operation: Cannot find partition.")
        #expect(try world.aws("glue delete-partition --database-name lake --table-name sales --partition-values 2024").errorLine
            .contains("(EntityNotFoundException)"))
        #expect(try world.aws("glue get-partitions --database-name lake --table-name none").errorLine
            == "An error occurred (EntityNotFoundException) when calling the GetPartitions operation: Table none not found.")
    }

    @Test func partitionPagesFollowTheToken() throws {
        try world.run("glue create-table --database-name lake --table-input '\(Self.tableInput)'")
        for year in 2020...2024 {
            try world.run("glue create-partition --database-name lake --table-name sales --partition-input Values=\(year)")
        }
        let first = try world.json("glue get-partitions --database-name lake --table-name sales --max-results 2")
        #expect(first["Partitions"]?.listValue?.count == 2)
        let token = first["NextToken"]?.stringValue ?? ""
        let second = try world.json("glue get-partitions --database-name lake --table-name sales --max-results 2 --next-token \(token)")
        #expect(second["Partitions"]?.listValue?.first?["Values"] == .list([.string("2022")]))
        #expect(try world.json("glue get-partitions --database-name lake --table-name sales")["Partitions"]?.listValue?.count == 5)
    }

    @Test func namesLongerThan255CharactersAreRefused() throws {
        let name = String(repeating: "a", count: 256)
        #expect(try world.aws("glue create-database --database-input Name=\(name)").errorLine
            == "An error occurred (InvalidInputException) when calling the CreateDatabase operation: 1 validation error detected: "
            + "Value '\(name)' at 'databaseInput.name' failed to satisfy constraint: Member must have length less than or equal to 255")
    }
}
