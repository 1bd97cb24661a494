import Foundation
import Testing
@testable import CloudSim

@Suite("Glue jobs")
struct GlueJobTests {
    let world: TestWorld

    init() throws {
        world = try GlueFixtures.lake()
        try GlueFixtures.put(world, "scripts/clean.py", "print('clean')\n")
    }

    static let arguments = #"{"--source_database":"lake","--source_table":"people","--target_path":"s3://lake/processed/people/"}"#

    func createJob(role: String = "GlueRole", script: String = "s3://lake/scripts/clean.py", arguments: String = arguments) throws {
        try world.run("glue create-job --name clean --role \(role) --command Name=glueetl,ScriptLocation=\(script) "
                       + "--default-arguments '\(arguments)' --glue-version 4.0 --worker-type G.1X --number-of-workers 2")
    }

    /// Starts a run of `clean`, lets it finish and returns its `JobRun`.
    func finishedRun(_ extra: String = "") throws -> AWSValue? {
        let id = try world.json("glue start-job-run --job-name clean \(extra)")["JobRunId"]?.stringValue ?? ""
        #expect(id.hasPrefix("jr_") && id.count == 67)
        try world.world.advance(by: 600)
        return try world.json("glue get-job-run --job-name clean --run-id \(id)")["JobRun"]
    }

    func output() throws -> String {
        let keys = (try world.json("s3api list-objects-v2 --bucket lake --prefix processed/")["Contents"]?.listValue ?? [])
            .compactMap { $0["Key"]?.stringValue }
        #expect(keys.count == 1)
        #expect(keys.first?.wholeMatch(of: /processed\/people\/run-[0-9]+-part-r-00000/) != nil)
        try world.run("s3api get-object --bucket lake --key \(keys.first ?? "") out.txt")
        return try world.read("out.txt")
    }

    func catalogPeople(_ csv: String) throws {
        try GlueFixtures.put(world, "raw/people/year=2024/p.csv", csv)
        try GlueFixtures.crawl(world, paths: ["s3://lake/raw/people/"])
    }

    @Test func jobDefinitionsAreStoredWithGlueDefaults() throws {
        try createJob()
        let job = try world.json("glue get-job --job-name clean")["Job"]
        #expect(job?["Role"] == .string("GlueRole"))
        #expect(job?["Command"]?["ScriptLocation"] == .string("s3://lake/scripts/clean.py"))
        #expect(job?["MaxCapacity"] == .double(2))
        #expect(job?["Timeout"] == .integer(2880))
        #expect(job?["ExecutionProperty"]?["MaxConcurrentRuns"] == .integer(1))
        #expect(try world.aws("glue create-job --name clean --role GlueRole --command Name=glueetl").errorLine.contains("(AlreadyExistsException)"))
        #expect(try world.aws("glue create-job --name x --role GlueRole --command Name=glueetl --worker-type G.1X").errorLine
            == "An error occurred (InvalidInputException) when calling the CreateJob operation: Please set both Worker Type and Number of Workers.")
        try world.run("glue update-job --job-name clean --job-update Role=GlueRole,Command={Name=pythonshell,ScriptLocation=s3://lake/s.py},Timeout=10")
        let updated = try world.json("glue get-job --job-name clean")["Job"]
        #expect(updated?["Timeout"] == .integer(10))
        #expect(updated?["MaxCapacity"] == .double(0.0625))
        #expect(try world.json("glue get-jobs")["Jobs"]?.listValue?.count == 1)
        #expect(try world.json("glue delete-job --job-name clean")["JobName"] == .string("clean"))
        #expect(try world.aws("glue get-job --job-name clean").errorLine.contains("(EntityNotFoundException)"))
        #expect(try world.aws("glue start-job-run --job-name clean").errorLine
            == "An error occurred (EntityNotFoundException) when calling the StartJobRun operation: Failed to start job run due to missing metadata")
    }

    @Test func aRunMovesOnTheClockAndCopiesTheTable() throws {
        try catalogPeople("id,name,city\n1,ada,london\n2,alan,wilmslow\n")
        try createJob()
        let id = try world.json("glue start-job-run --job-name clean")["JobRunId"]?.stringValue ?? ""
        #expect(try world.aws("glue start-job-run --job-name clean").errorLine.contains("(ConcurrentRunsExceededException)"))
        func state() throws -> AWSValue? { try world.json("glue get-job-run --job-name clean --run-id \(id)")["JobRun"]?["JobRunState"] }
        #expect(try state() == .string("STARTING"))
        try world.world.advance(by: 10)
        #expect(try state() == .string("RUNNING"))
        try world.world.advance(by: 60)
        #expect(try state() == .string("RUNNING"))
        try world.world.advance(by: 1)
        let run = try world.json("glue get-job-run --job-name clean --run-id \(id)")["JobRun"]
        #expect(run?["JobRunState"] == .string("SUCCEEDED"))
        #expect(run?["ExecutionTime"] == .integer(61))
        #expect(try world.json("glue get-job-runs --job-name clean")["JobRuns"]?.listValue?.count == 1)
        #expect(try world.aws("glue get-job-run --job-name clean --run-id jr_nope").errorLine.contains("(EntityNotFoundException)"))
    }

    @Test func aRunTrimsAndDedupesIntoCSV() throws {
        try catalogPeople("id,name,city\n1, ada ,london\n1,ada,london\n2,alan,\"Wilmslow, UK\"\n")
        try createJob()
        let run = try finishedRun(#"--arguments '{"--trim":"true","--dedupe":"true"}'"#)
        #expect(run?["JobRunState"] == .string("SUCCEEDED"), "\(run?["ErrorMessage"] ?? .null)")
        #expect(try output() == "id,name,city,year\n1,ada,london,2024\n2,alan,\"Wilmslow, UK\",2024\n")
    }

    @Test func aRunWritesJSONLinesTypedByTheCatalog() throws {
        try catalogPeople("id,name,score\n1,ada,1.5\n2,,2\n")
        try createJob()
        let run = try finishedRun(#"--arguments '{"--target_format":"json"}'"#)
        #expect(run?["JobRunState"] == .string("SUCCEEDED"))
        #expect(try output() == #"{"id":1,"name":"ada","score":1.5,"year":"2024"}"# + "\n" + #"{"id":2,"score":2.0,"year":"2024"}"# + "\n")
    }

    @Test func aMissingScriptFailsTheRun() throws {
        try catalogPeople("id,name\n1,ada\n")
        try createJob(script: "s3://lake/scripts/none.py")
        let run = try finishedRun()
        #expect(run?["JobRunState"] == .string("FAILED"))
        #expect(run?["ErrorMessage"]?.stringValue?.contains("s3://lake/scripts/none.py does not exist") == true)
        #expect(run?["CompletedOn"] != nil)
    }

    @Test func aRoleGlueMayNotAssumeFailsTheRun() throws {
        try world.run("iam create-role --role-name NotGlue --assume-role-policy-document '\(IAMFixtures.redshiftTrust)'")
        try createJob(role: "NotGlue")
        let run = try finishedRun()
        #expect(run?["JobRunState"] == .string("FAILED"))
        #expect(run?["ErrorMessage"]?.stringValue?.contains("Please verify role's TrustPolicy") == true)
    }

    @Test func aJobWithoutTheDeclarativeArgumentsIsNotPretendedToRun() throws {
        try createJob(arguments: #"{"--job-bookmark-option":"job-bookmark-enable"}"#)
        let run = try finishedRun()
        #expect(run?["JobRunState"] == .string("FAILED"))
        #expect(run?["ErrorMessage"]?.stringValue?.contains("does not run job scripts") == true)
    }

    @Test func aMissingSourceTableOrTargetBucketFailsTheRun() throws {
        try createJob()
        #expect(try finishedRun()?["ErrorMessage"] == .string("EntityNotFoundException: Table people not found."))
        try catalogPeople("id,name\n1,ada\n")
        let elsewhere = #"--arguments '{"--target_path":"s3://nowhere/out/"}'"#
        #expect(try finishedRun(elsewhere)?["ErrorMessage"]?.stringValue?.contains("NoSuchBucket") == true)
    }

    @Test func aRoleThatMayNotWriteTheTargetFailsTheRun() throws {
        try catalogPeople("id,name\n1,ada\n")
        let readOnly = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::lake","arn:aws:s3:::lake/*"]}]}"#
        try world.run("iam put-role-policy --role-name GlueRole --policy-name lake --policy-document '\(readOnly)'")
        try createJob()
        let run = try finishedRun()
        #expect(run?["JobRunState"] == .string("FAILED"))
        #expect(run?["ErrorMessage"]?.stringValue?.contains("s3:PutObject") == true)
        #expect(try world.json("s3api list-objects-v2 --bucket lake --prefix processed/")["Contents"] == nil)
    }
}
