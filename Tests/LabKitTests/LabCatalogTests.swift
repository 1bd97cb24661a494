import Foundation
import Testing
@testable import LabKit

@Suite struct LabCatalogTests {
    static let valid = """
    id: 02-data-lake
    title: The data lake
    summary: Buckets.
    builds_on: 01-orientation
    steps:
      - id: raw-bucket
        title: The raw bucket
        exam_tasks: ["2.3"]
        instructions: |
          Make it.
        hints:
          - A nudge.
          - text: The concept.
            doc: https://docs.aws.amazon.com/AmazonS3/latest/userguide/create-bucket-overview.html
        checks:
          - id: exists
            expect: the raw bucket exists
            points: 2
            aws: s3api list-buckets
            path: Buckets[*].Name
            equals: raw-{account}
          - id: answer
            expect: you handed in the code
            submitted: InvalidBucketName
    """

    @Test func aValidLabParses() throws {
        let parsed = LabCatalog.parse(Self.valid, file: "lab.yaml", folder: "02-data-lake")
        #expect(parsed.problems.isEmpty)
        let lab = try #require(parsed.lab)
        #expect(lab.buildsOn == "01-orientation")
        #expect(lab.steps.map(\.id) == ["raw-bucket"])
        #expect(lab.steps[0].hints.count == 2)
        #expect(lab.steps[0].hints[1].doc != nil)
        #expect(lab.steps[0].checks.map(\.points) == [2, 1])
        #expect(lab.maxPoints == 3)
        #expect(lab.steps[0].checks[1].kind == .submitted(expected: .literal("InvalidBucketName")))
    }

    @Test(arguments: [
        ("id: 02-data-lake", "id: 03-other", "lab.yaml:1: id '03-other' must match its folder '02-data-lake'"),
        ("builds_on: 01-orientation", "builds_on: 05-glue-etl", "lab.yaml:4: builds_on '05-glue-etl' must be a lab that comes before"),
        ("    title: The raw bucket\n", "", "lab.yaml:6: missing 'title'"),
        ("id: raw-bucket", "id: Raw_Bucket", "step id 'Raw_Bucket' must be lower-case words joined by '-'"),
        ("exam_tasks: [\"2.3\"]", "exam_tasks: [\"9.9\"]", "exam task '9.9' is not a DEA-C01 task statement"),
        ("        equals: raw-{account}", "        equals: raw\n        exists: true", "needs exactly one of equals, contains, at_least, exists, error"),
        ("        path: Buckets[*].Name", "        path: Buckets[", "'Buckets[' is not a valid path"),
        ("        points: 2", "        points: -1", "'points' must be a whole number above 0"),
        ("        points: 2", "        pionts: 2", "unknown key 'pionts' in a check"),
        ("        doc: https://docs.aws", "        doc: http://example.com/x\n#", "a hint's doc must be a https://docs.aws.amazon.com/ page"),
        ("        submitted: InvalidBucketName", "        nothing: here", "a check needs 'aws', 'submitted', 'table', 'sql' or 'reference'"),
        ("      - id: answer", "      - id: exists", "check id 'exists' is used twice in the step"),
    ])
    func everyMistakeIsNamedWithFileAndLine(_ find: String, _ replace: String, _ message: String) {
        let text = Self.valid.replacingOccurrences(of: find, with: replace)
        #expect(text != Self.valid)
        let parsed = LabCatalog.parse(text, file: "lab.yaml", folder: "02-data-lake")
        #expect(parsed.lab == nil)
        #expect(parsed.problems.contains { $0.contains(message) }, "\(parsed.problems)")
        #expect(parsed.problems.allSatisfy { $0.hasPrefix("lab.yaml:") })
    }

    @Test func queryChecksReadTheirAnswerRules() throws {
        let text = Self.valid.replacingOccurrences(of: "        submitted: InvalidBucketName", with: """
                reference: select 1
                ordered: true
                tolerance: 0.5
                any_column_order: true
                requires: [window function, group by]
                forbids: [select *]
        """)
        let parsed = LabCatalog.parse(text, file: "lab.yaml", folder: "02-data-lake")
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        guard case .query(let reference, let rules)? = parsed.lab?.steps[0].checks[1].kind else {
            Issue.record("expected a query check")
            return
        }
        #expect(reference == "select 1")
        #expect(rules.ordered && rules.anyColumnOrder && rules.tolerance == 0.5)
        #expect(rules.requires == [.windowFunction, .groupBy])
        #expect(rules.forbids == [.selectStar])
        let bad = text.replacingOccurrences(of: "forbids: [select *]", with: "forbids: [cartesian product]")
        #expect(LabCatalog.parse(bad, file: "lab.yaml", folder: "02-data-lake").problems
            .contains { $0.contains("'cartesian product' is not a construct a check knows") })
    }

    @Test func clusterCostAnswersReadTheirClusterAndTolerance() throws {
        let text = Self.valid.replacingOccurrences(of: "        submitted: InvalidBucketName", with: """
                submitted:
                  cluster_cost: redshift-lab
                  tolerance: 0.01
        """)
        let parsed = LabCatalog.parse(text, file: "lab.yaml", folder: "02-data-lake")
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        #expect(parsed.lab?.steps[0].checks[1].kind == .submitted(expected: .clusterCost(cluster: "redshift-lab", tolerance: 0.01)))
        let bad = text.replacingOccurrences(of: "tolerance: 0.01", with: "tolerance: a cent")
        #expect(LabCatalog.parse(bad, file: "lab.yaml", folder: "02-data-lake").problems
            .contains { $0.contains("'tolerance' must be a number of dollars, 0 or more") })
    }

    @Test func sqlAnswersReadTheirQueryAndPattern() throws {
        let text = Self.valid.replacingOccurrences(of: "        submitted: InvalidBucketName", with: """
                submitted:
                  sql: EXPLAIN SELECT 1
                  match: "DS_[A-Z_]+"
        """)
        let parsed = LabCatalog.parse(text, file: "lab.yaml", folder: "02-data-lake")
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        #expect(parsed.lab?.steps[0].checks[1].kind == .submitted(expected: .sql(query: "EXPLAIN SELECT 1", match: "DS_[A-Z_]+")))
        let bad = text.replacingOccurrences(of: "DS_[A-Z_]+", with: "DS_[A-Z")
        #expect(LabCatalog.parse(bad, file: "lab.yaml", folder: "02-data-lake").problems
            .contains { $0.contains("'match' is not a regular expression") })
    }

    @Test func brokenYAMLIsReported() {
        #expect(LabCatalog.parse("id: [", file: "lab.yaml", folder: "x").problems.first?.hasPrefix("lab.yaml: not valid YAML") == true)
        #expect(LabCatalog.parse("", file: "lab.yaml", folder: "x").problems == ["lab.yaml:1: the file is empty"])
    }

    @Test func theProjectsLabsAllLoad() throws {
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("labs")
        let catalog = LabCatalog.load(content: content)
        #expect(catalog.problems.isEmpty, "\(catalog.problems)")
        #expect(catalog.labs.count >= 2)
        #expect(catalog.labs.map(\.id) == LabPlan.ids.filter { id in catalog.labs.contains { $0.id == id } })
    }
}
