import CloudSim
import Foundation
import MotoSupport
import Testing

/// The Data Catalog operations through the real AWS CLI against `moto_server` and through
/// `lab aws`: same exit statuses, error codes and JSON shapes.
@Suite(.enabled(if: MotoServer.isAvailable, Comment(rawValue: MotoServer.skipReason)))
struct GlueMotoDifferentialTests {
    /// Members real Glue sends that moto 5.2.1 leaves out (moto also keeps names' case, so the
    /// commands use lower-case names).
    static let sinceMoto: Set<String> = ["CreateTableDefaultPermissions", "UpdateTime", "LastAccessTime", "Retention", "CreatedBy",
                                         "IsRegisteredWithLakeFormation", "CatalogId"]

    @Test func catalogShapesMatchTheRealCLIAgainstMoto() throws {
        let moto = try MotoServer()
        let world = try TestWorld()
        let table = #"{"Name":"sales","StorageDescriptor":{"Columns":[{"Name":"id","Type":"bigint"}],"Location":"s3://b/sales/"},"PartitionKeys":[{"Name":"year","Type":"string"}],"Parameters":{"classification":"csv"},"TableType":"EXTERNAL_TABLE"}"#
        let commands = [
            "glue create-database --database-input Name=lake",
            "glue get-database --name lake",
            "glue get-database --name nope",
            "glue get-databases",
            "glue create-table --database-name lake --table-input '\(table)'",
            "glue get-table --database-name lake --name sales",
            "glue get-table --database-name lake --name nope",
            "glue get-tables --database-name lake",
            #"glue create-partition --database-name lake --table-name sales --partition-input '{"Values":["2024"],"StorageDescriptor":{"Location":"s3://b/sales/year=2024/"}}'"#,
            #"glue batch-create-partition --database-name lake --table-name sales --partition-input-list '[{"Values":["2024"]},{"Values":["2025"]}]'"#,
            "glue get-partition --database-name lake --table-name sales --partition-values 2030",
            "glue get-partitions --database-name lake --table-name sales",
            "glue delete-table --database-name lake --name sales",
        ]
        let differential = MotoDifferentialTests()
        for command in commands {
            let words = try ShellWords.split(command)
            let real = try moto.aws(words)
            let lab = world.cli.run(words)
            #expect(lab.exitCode == real.exitCode, "exit status of \(command)")
            #expect(differential.errorCode(lab.stderr) == differential.errorCode(real.stderr), "error code of \(command)")
            #expect(try differential.shape(lab.stdout, dropping: Self.sinceMoto) == differential.shape(real.stdout, dropping: Self.sinceMoto),
                    "JSON shape of \(command)")
        }
    }
}
