import CloudSim
import Foundation
import Testing
@testable import LabKit

@Suite struct CheckEvaluatorTests {
    let tmp = TemporaryDirectory()

    func world() throws -> World {
        try World(directory: tmp.path("cloud"), clock: ManualClock())
    }

    func aws(_ command: String, _ path: String, _ test: JSONAssertion.Test) throws -> CheckSpec {
        CheckSpec(id: "c", kind: .aws(command: command, assertion: JSONAssertion(path: try JSONPath(parsing: path), test: test)),
                  expectation: "the thing is so", points: 2)
    }

    @Test func pathsReachKeysIndicesAndEveryElement() throws {
        let json: Any = ["Rules": [["Days": 90, "Tags": ["a", "b"]], ["Days": 30, "Tags": []]]]
        #expect(try JSONPath(parsing: "Rules[*].Days").values(in: json).map(CheckEvaluator.render) == ["90", "30"])
        #expect(try JSONPath(parsing: "Rules[0].Tags[1]").values(in: json).map(CheckEvaluator.render) == ["b"])
        #expect(try JSONPath(parsing: "Rules[5].Days").values(in: json).isEmpty)
        #expect(try JSONPath(parsing: "").values(in: json).count == 1)
        for bad in ["Rules[", "Rules[x]", "a..b", ".", "Rules[-1]"] {
            #expect(throws: JSONPathError.self) { try JSONPath(parsing: bad) }
        }
    }

    @Test func booleansAreNotNumbers() throws {
        let values = try JSONSerialization.jsonObject(with: Data("[true, 1, 0, 2.5, false]".utf8)) as? [Any] ?? []
        #expect(values.map(CheckEvaluator.render) == ["true", "1", "0", "2.5", "false"])
    }

    @Test func awsChecksAssertOnTheWorldAndSayWhatTheyFound() throws {
        let world = try world()
        let context = CheckContext(world: world, submitted: nil)
        let exists = try aws("s3api list-buckets", "Buckets[*].Name", .equals("lab-raw-{account}"))
        #expect(CheckEvaluator.evaluate(exists, in: context) == .init(passed: false, found: "nothing at Buckets[*].Name"))
        _ = AWSCLI(world: world).run(["s3", "mb", "s3://lab-raw-123456789012"])
        _ = AWSCLI(world: world).run(["s3", "mb", "s3://other-bucket"])
        #expect(CheckEvaluator.evaluate(exists, in: context).passed)
        let count = try aws("s3api list-buckets", "Buckets", .atLeast(2))
        #expect(CheckEvaluator.evaluate(count, in: context).passed)
        let three = try aws("s3api list-buckets", "Buckets", .atLeast(3))
        #expect(!CheckEvaluator.evaluate(three, in: context).passed)
        let contains = try aws("s3api list-buckets", "Buckets[*].Name", .contains("raw"))
        #expect(CheckEvaluator.evaluate(contains, in: context).passed)
        let absent = try aws("s3api list-buckets", "Owner.Nope", .exists(false))
        #expect(CheckEvaluator.evaluate(absent, in: context).passed)
    }

    @Test func aFailingCommandIsReportedByItsErrorCode() throws {
        let context = CheckContext(world: try world(), submitted: nil)
        let encryption = try aws("s3api get-bucket-encryption --bucket missing-bucket", "ServerSideEncryptionConfiguration", .exists(true))
        #expect(CheckEvaluator.evaluate(encryption, in: context) == .init(passed: false, found: "the request failed with NoSuchBucket"))
        let expectError = try aws("s3api head-bucket --bucket missing-bucket", "", .error("NotFound"))
        let outcome = CheckEvaluator.evaluate(expectError, in: context)
        #expect(outcome.found.hasPrefix("the request failed"))
        let unterminated = try aws("s3api list-buckets --prefix 'oops", "", .exists(true))
        #expect(CheckEvaluator.evaluate(unterminated, in: context).found == "the check's command has an unterminated quote")
    }

    @Test func submittedAnswersCompareWithLiteralsOrTheWorld() throws {
        let world = try world()
        let literal = CheckSpec(id: "a", kind: .submitted(expected: .literal("InvalidBucketName")), expectation: "e", points: 1)
        #expect(CheckEvaluator.evaluate(literal, in: CheckContext(world: world, submitted: " invalidbucketname ")).passed)
        #expect(CheckEvaluator.evaluate(literal, in: CheckContext(world: world, submitted: nil)).found
                == "no answer handed in yet (type: submit <your answer>)")
        let fromWorld = CheckSpec(id: "b", kind: .submitted(expected: .aws(command: "sts get-caller-identity",
                                                                           path: try JSONPath(parsing: "Account"))),
                                  expectation: "e", points: 1)
        #expect(CheckEvaluator.evaluate(fromWorld, in: CheckContext(world: world, submitted: "123456789012")).passed)
        #expect(CheckEvaluator.evaluate(fromWorld, in: CheckContext(world: world, submitted: "999")) ==
                .init(passed: false, found: "your answer '999'"))
    }

    @Test func aClusterCostAnswerIsGradedAgainstTheBillWithinItsTolerance() throws {
        let world = try world()
        let cli = AWSCLI(world: world)
        #expect(cli.run(["redshift", "create-cluster", "--cluster-identifier", "wh", "--node-type", "dc2.large",
                         "--number-of-nodes", "2", "--master-username", "awsuser", "--master-user-password", "Lab-Passw0rd"]).exitCode == 0)
        _ = try world.advance(by: 3600)
        #expect(cli.run(["redshift", "delete-cluster", "--cluster-identifier", "wh", "--skip-final-cluster-snapshot"]).exitCode == 0)
        _ = try world.advance(by: 3600)
        let cost = try #require(try world.bill().clusters.first { $0.clusterID == "wh" }?.cost)
        #expect(cost > 0.3 && cost < 0.5)  // under an hour at $0.50 an hour: creating was free
        let spec = CheckSpec(id: "bill", kind: .submitted(expected: .clusterCost(cluster: "wh", tolerance: 0.01)),
                             expectation: "e", points: 1)
        func grade(_ answer: String) -> CheckEvaluator.Outcome {
            CheckEvaluator.evaluate(spec, in: CheckContext(world: world, submitted: answer))
        }
        #expect(grade(String(format: "%.2f", cost)).passed)
        #expect(grade(String(format: "$%.2f", cost)).passed)
        #expect(!grade(String(format: "%.2f", cost + 0.02)).passed)
        #expect(grade("about a dollar").found == "your answer 'about a dollar' is not a dollar amount such as 0.53")
        let other = CheckSpec(id: "bill", kind: .submitted(expected: .clusterCost(cluster: "nope", tolerance: 0.01)),
                              expectation: "e", points: 1)
        #expect(CheckEvaluator.evaluate(other, in: CheckContext(world: world, submitted: "0.40")).found
                == "your answer '0.40' cannot be checked: the bill has no priced line for nope")
    }

    @Test func manifestPlaceholdersSumTheSamplesCounts() throws {
        let datasets = tmp.path("datasets")
        try FileManager.default.createDirectory(at: datasets.appendingPathComponent("sample"), withIntermediateDirectories: true)
        try Data(#"{"sales":{"files":[{"sales":692},{"sales":623}]}}"#.utf8)
            .write(to: datasets.appendingPathComponent("sample/manifest.json"))
        #expect(LabText.expand("rows: {manifest:sales.files[0].sales + sales.files[1].sales}", datasets: datasets) == "rows: 1315")
        #expect(LabText.expand("{manifest:sales.files[1].sales} of {account}", datasets: datasets) == "623 of 123456789012")
        // A path that reaches nothing leaves the placeholder as written, so a check shows it instead of a made-up number.
        #expect(LabText.expand("{manifest:sales.files[7].sales}", datasets: datasets) == "{manifest:sales.files[7].sales}")
        #expect(LabText.expand("{manifest:sales.files[0].sales}") == "{manifest:sales.files[0].sales}")
    }

    @Test func resultsCarryPointsAndTheLearnersMessage() throws {
        let context = CheckContext(world: try world(), submitted: nil)
        let spec = CheckSpec(id: "raw", kind: .aws(command: "s3api list-buckets",
                                                   assertion: JSONAssertion(path: try JSONPath(parsing: "Buckets[*].Name"),
                                                                            test: .equals("lab-raw-{account}"))),
                             expectation: "a bucket lab-raw-{account} exists", points: 3)
        let result = CheckEvaluator.result(spec, in: context)
        #expect(result == CheckResult(checkID: "raw", passed: false, points: 0, maxPoints: 3,
                                      message: "✗ expected: a bucket lab-raw-123456789012 exists\n  found: nothing at Buckets[*].Name"))
    }
}
