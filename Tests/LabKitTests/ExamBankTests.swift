import Foundation
import Testing
@testable import LabKit

@Suite struct ExamBankTests {
    /// The project's own bank, `labs/exam/` at the repository root.
    static let bankDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("labs/exam")

    @Test func theProjectsBankIsValidLargeAndSpreadByDomainWeight() throws {
        let bank = try ExamBank.load(directory: Self.bankDirectory)
        #expect(bank.items.count >= 250)
        for domain in ExamDomain.allCases {
            let share = Double(bank.items(in: domain).count) / Double(bank.items.count) * 100
            #expect(abs(share - Double(domain.weight)) < 4, "domain \(domain.rawValue) is \(share)% of the bank")
            for task in domain.tasks.keys {
                #expect(bank.items(in: domain).contains { $0.task == task }, "no item covers task \(task)")
            }
        }
        let multiple = bank.items.filter { $0.select > 1 }.count
        #expect(multiple * 100 / bank.items.count >= 10)
    }

    @Test func aValidFileLoads() throws {
        let parsed = ExamBank.parse(ExamFixtures.validYAML, file: "t.yaml")
        #expect(parsed.problems.isEmpty)
        #expect(parsed.items.map(\.item.id) == ["ing-001"])
        #expect(parsed.items[0].item.correctIndices == [0])
    }

    @Test(arguments: [
        ("id: ing-001", "id: sto-001", "id must start with 'ing-' for domain 1"),
        ("task: \"1.1\"", "task: \"2.1\"", "task 2.1 is not a task of domain 1"),
        ("select: 1", "select: 2", "select 2 needs 5 options, found 4"),
        ("select: 1", "select: 4", "select must be 1, 2 or 3, found 4"),
        ("        correct: true\n", "        correct: false\n", "select is 1 but 0 option(s) are marked correct"),
        ("why: It names exact files.", "why: \"\"", "option 1 has no 'why' explanation"),
        ("text: Use a prefix.", "text: Use a manifest.", "two options have the same text"),
        ("source: https://docs.aws.amazon.com/redshift", "source: http://example.com/redshift",
         "source must be an https URL on docs.aws.amazon.com or aws.amazon.com"),
        ("lab: 08-loading", "lab: 13-spaceflight", "lab '13-spaceflight' is not a lab of the plan"),
        ("    difficulty: easy\n", "", "missing field 'difficulty'"),
        ("difficulty: easy", "difficulty: brutal", "field 'difficulty' is invalid"),
    ])
    func everyRuleIsEnforcedAndNamesFileLineAndItem(_ find: String, _ replace: String, _ message: String) {
        let yaml = ExamFixtures.validYAML.replacingOccurrences(of: find, with: replace)
        #expect(yaml != ExamFixtures.validYAML)
        let parsed = ExamBank.parse(yaml, file: "bad.yaml")
        #expect(parsed.items.isEmpty)
        #expect(parsed.problems.contains { $0.hasPrefix("bad.yaml:2: item ") && $0.contains(message) },
                "\(parsed.problems)")
    }

    @Test func malformedYAMLAndAMissingListAreReported() {
        #expect(ExamBank.parse("items: [", file: "x.yaml").problems.first?.hasPrefix("x.yaml: not valid YAML") == true)
        #expect(ExamBank.parse("questions: []", file: "x.yaml").problems == ["x.yaml: expected a top-level 'items:' list"])
    }

    @Test func duplicateIdsAcrossFilesRefuseTheWholeBank() throws {
        let tmp = TemporaryDirectory()
        try Data(ExamFixtures.validYAML.utf8).write(to: tmp.path("a.yaml"))
        try Data(ExamFixtures.validYAML.utf8).write(to: tmp.path("b.yaml"))
        #expect {
            try ExamBank.load(directory: tmp.url)
        } throws: { error in
            (error as? ExamBankError)?.problems == ["b.yaml:2: item ing-001: duplicate id, first used at a.yaml:2: item ing-001"]
        }
    }

    @Test func anEmptyFolderIsAnError() {
        let tmp = TemporaryDirectory()
        #expect(throws: ExamBankError.self) { try ExamBank.load(directory: tmp.url) }
    }

    @Test func domainsParseFromNumbersAndWords() {
        #expect(ExamDomain(argument: "3") == .operations)
        #expect(ExamDomain(argument: "security") == .security)
        #expect(ExamDomain(argument: "Ingestion") == .ingestion)
        #expect(ExamDomain(argument: "store") == .storeManagement)
        #expect(ExamDomain(argument: "5") == nil)
        #expect(ExamDomain(argument: "xx") == nil)
    }
}

@Suite struct HandsOnItemTests {
    static let yaml = """
    items:
      - id: sto-h9
        domain: 2
        task: "2.3"
        difficulty: easy
        stem: Read an archived object and hand in the error code.
        hands_on:
          setup:
            - aws s3 mb s3://h9-{account}
            - aws s3api put-object --bucket h9-{account} --key a.csv --storage-class GLACIER
          checks:
            - id: code
              expect: you handed in the code
              submitted: InvalidObjectState
          solution:
            - submit InvalidObjectState
        explanation: Archived objects must be restored first.
        source: https://docs.aws.amazon.com/AmazonS3/latest/userguide/restoring-objects.html
        lab: 02-data-lake
    """

    @Test func aHandsOnItemParsesAndVerifies() throws {
        let parsed = ExamBank.parse(Self.yaml, file: "h.yaml")
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        let item = try #require(parsed.items.first?.item)
        #expect(item.isHandsOn)
        #expect(item.handsOn?.setup.count == 2)
        #expect(item.handsOn?.solution == ["submit InvalidObjectState"])
        #expect(HandsOnVerifier.verify(item).isEmpty)
    }

    @Test(arguments: [
        ("    explanation: Archived objects must be restored first.\n", "", "a hands-on item needs an 'explanation'"),
        ("        - aws s3 mb s3://h9-{account}", "        - selec 1;", "setup line 'selec 1;' is neither an aws or clock command nor valid SQL"),
        ("      solution:\n        - submit InvalidObjectState\n", "", "missing 'solution'"),
        ("    difficulty: easy", "    difficulty: easy\n    select: 1", "a hands-on item has no select or options"),
        ("          submitted: InvalidObjectState", "          nonsense: true", "unknown key 'nonsense' in a check"),
    ])
    func mistakesAreNamed(_ find: String, _ replace: String, _ message: String) {
        let yaml = Self.yaml.replacingOccurrences(of: find, with: replace)
        #expect(yaml != Self.yaml)
        let parsed = ExamBank.parse(yaml, file: "h.yaml")
        #expect(parsed.items.isEmpty)
        #expect(parsed.problems.contains { $0.hasPrefix("h.yaml:") && $0.contains("item sto-h9") && $0.contains(message) },
                "\(parsed.problems)")
    }

    @Test func verificationCatchesAWrongSolutionAndACheckThatPassesAtTheStart() throws {
        var item = try #require(ExamBank.parse(Self.yaml, file: "h.yaml").items.first?.item)
        item.handsOn?.solution = ["submit NoSuchKey"]
        #expect(HandsOnVerifier.verify(item) == ["sto-h9/code fails after the solution: found your answer 'NoSuchKey'"])
        item.handsOn?.checks = [CheckSpec(id: "bucket", kind: .aws(command: "s3api list-buckets",
            assertion: JSONAssertion(path: try JSONPath(parsing: "Buckets[*].Name"), test: .equals("h9-{account}"))),
            expectation: "bucket", points: 1)]
        #expect(HandsOnVerifier.verify(item) == ["sto-h9/bucket already passes after the setup"])
    }

    @Test func mockExamsLeaveHandsOnItemsOut() throws {
        let handsOn = try #require(ExamBank.parse(Self.yaml, file: "h.yaml").items.first?.item)
        let bank = ExamBank(items: ExamFixtures.bank(perDomain: 20).items + [handsOn])
        var rng = SeededGenerator(seed: 5)
        #expect(!ExamDraw.exam(from: bank, total: 65, using: &rng).contains { $0.isHandsOn })
    }
}
