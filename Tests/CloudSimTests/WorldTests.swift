@testable import CloudSim
import Foundation
import Testing

@Suite struct WorldTests {
    @Test func stateAndClockSurviveReopening() throws {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket keep")
        try world.file("f", "kept")
        _ = try world.json("s3api put-object --bucket keep --key k --body f")
        let advanced = try world.world.advance(by: 7_200)
        #expect(WorldTime.iso8601(advanced) == "2026-01-01T02:00:00Z")
        try world.reopen()
        #expect(WorldTime.iso8601(try world.world.now()) == "2026-01-01T02:00:00Z")
        _ = try world.json("s3api get-object --bucket keep --key k out")
        #expect(try world.read("out") == "kept")
        #expect(try world.json("s3api head-bucket --bucket keep")["BucketRegion"] == .string("us-east-1"))
    }

    @Test func worldTimeIsTheBaseClockPlusTheStoredOffset() throws {
        let world = try TestWorld()
        #expect(WorldTime.iso8601(try world.world.now()) == "2026-01-01T00:00:00Z")
        world.clock.advance(by: 30)
        try world.world.advance(by: 86_400)
        #expect(WorldTime.iso8601(try world.world.now()) == "2026-01-02T00:00:30Z")
        #expect(throws: WorldError.self) { try world.world.advance(by: -1) }
    }

    @Test func aFailedOperationChangesNothing() throws {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket atomic")
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try world.world.transaction { tx in
                _ = try S3BucketOperations.createBucket(OperationRequest(input: .object(["Bucket": .string("second")]), world: tx))
                _ = try S3ObjectOperations.putObject(OperationRequest(
                    input: .object(["Bucket": .string("atomic"), "Key": .string("k"), "Body": .blob(Data("x".utf8))]), world: tx))
                throw Boom()
            }
        }
        #expect(try world.json("s3api list-buckets")["Buckets"]?.listValue?.count == 1)
        #expect(try world.json("s3api list-objects-v2 --bucket atomic")["Contents"] == nil)
        #expect(try world.bodyFiles().isEmpty)
    }

    @Test(arguments: [("90s", 90.0), ("30m", 1_800.0), ("2h", 7_200.0), ("30d", 2_592_000.0)])
    func durations(_ text: String, _ seconds: Double) {
        #expect(WorldDuration(text)?.seconds == seconds)
    }

    @Test(arguments: ["", "2", "h", "-2h", "2w", "1.5h", "２h", "99999999999d"])
    func notDurations(_ text: String) {
        #expect(WorldDuration(text) == nil)
    }

    @Test func callerIdentityIsTheLearner() throws {
        let world = try TestWorld()
        #expect(try world.aws("sts get-caller-identity").stdout == """
            {
                "UserId": "AIDAQLEARNER7EXAMPLE",
                "Account": "123456789012",
                "Arn": "arn:aws:iam::123456789012:user/learner"
            }

            """)
    }

    @Test func theCatalogNamesServicesOperationsAndParameters() {
        #expect(Set(["iam", "s3", "s3api", "sts"]).isSubset(of: AWSCatalog.serviceNames))
        #expect(AWSCatalog.serviceNames == AWSCatalog.serviceNames.sorted())
        #expect(AWSCatalog.operationNames(of: "s3api").contains("list-objects-v2"))
        #expect(AWSCatalog.operationNames(of: "s3") == ["cp", "ls", "mb", "mv", "rb", "rm", "sync"])
        #expect(AWSCatalog.parameterNames(service: "s3api", operation: "list-objects-v2").contains("--no-fetch-owner"))
        #expect(AWSCatalog.parameterNames(service: "s3", operation: "rb") == ["--force"])
        #expect(AWSCatalog.operationNames(of: "nope").isEmpty)
    }
}
