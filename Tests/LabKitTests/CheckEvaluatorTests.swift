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
