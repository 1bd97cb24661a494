import Foundation
import Testing

@Suite struct GuidedLabTests {
    let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-labs-\(UUID().uuidString)")

    func lab(_ arguments: [String], input: String = "") throws -> LabProcess.Result {
        try LabProcess.run(arguments + ["--workspace", workspace.path], input: input, environment: ["LAB_LEARNER": "ana"])
    }

    @Test func everyLabsReferenceSolutionPassesItsChecks() throws {
        let result = try LabProcess.run(["dev", "verify"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("✓ 01-orientation"))
        #expect(result.stdout.contains("✓ 02-data-lake"))
        #expect(result.stdout.contains("✓ exam: 9 hands-on item(s) answerable"))
        #expect(result.stdout.contains("✓ 03-iam-and-network"))
        #expect(result.stdout.contains("✓ 04-catalog-and-crawlers"))
        #expect(result.stdout.contains("✓ 05-glue-etl"))
        #expect(result.stdout.contains("✓ 06-cluster"))
        #expect(result.stdout.contains("✓ 07-star-schema"))
        #expect(result.stdout.contains("✓ 08-loading"))
        #expect(result.stdout.contains("✓ 09-analytics"))
        #expect(result.stdout.contains("✓ 10-performance"))
        #expect(result.stdout.contains("✓ 11-monitoring-and-security"))
        #expect(result.stdout.contains("✓ 12-cost-and-cleanup"))
        #expect(!result.stdout.contains("✗"))
    }

    @Test func aLearnerFinishesTheOrientationLabAtTheREPL() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let script = """
        status
        check
        hint
        aws sts get-caller-identity
        submit 123456789012
        check
        aws s3api create-bucket --bucket Lab_Sandbox
        submit InvalidBucketName
        check
        aws s3 mb s3://lab-sandbox-123456789012
        check
        aws s3api put-object --bucket lab-sandbox-123456789012 --key notes/hello.txt
        check
        labs
        """
        let result = try lab([], input: script)
        #expect(result.stdout.contains("step 1 of 4: Who are you in this world?"))
        #expect(result.stdout.contains("found: no answer handed in yet"))
        #expect(result.stdout.contains("Hint 1 of 3 (a nudge)"))
        #expect(result.stdout.components(separatedBy: "Step passed").count - 1 == 4)
        #expect(result.stdout.contains("That completes lab 01-orientation."))
        #expect(result.stdout.contains("4/4 steps  complete"))
        #expect(result.stderr.contains("InvalidBucketName"))
        #expect(result.status == 1)

        let graded = try lab(["check", "01-orientation", "--json"])
        #expect(graded.status == 0)
        #expect(graded.stdout.contains("\"passed\" : true"))
        #expect(graded.stdout.contains("\"score\" : 20"))

        let report = try lab(["progress", "export", "--format", "csv"])
        #expect(report.stdout.contains("ana,01-orientation,whoami,account-id,t,5,5,3,1,"))
    }

    @Test func aTableDesignIsGradedFromTheREPLsOwnDatabase() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let script = """
        goto 07-star-schema
        reset
        \\c redshift-lab
        create table sales_fact (sale_id bigint, customer_key integer, product_key integer, date_key integer,
          quantity integer, unit_price decimal(10,2), total_amount decimal(12,2), discount_amount decimal(10,2))
          diststyle even sortkey (date_key);
        check
        drop table sales_fact;
        create table sales_fact (sale_id bigint distkey, customer_key integer, product_key integer, date_key integer sortkey,
          quantity integer, unit_price decimal(10,2), total_amount decimal(12,2), discount_amount decimal(10,2));
        check
        """
        let result = try lab([], input: script)
        #expect(result.stdout.contains("✗ expected: sales_fact is distributed by key on sale_id"))
        #expect(result.stdout.contains("found: table sales_fact: DISTSTYLE is EVEN; it has no DISTKEY"))
        #expect(result.stdout.contains("Step passed (10/10 points)."))
        #expect(result.stdout.contains("step 2 of 3: Dimensions on every node"))
    }

    @Test func checkingAnUnstartedLabFailsWithReasons() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let result = try lab(["check", "02-data-lake"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("three-buckets: not yet"))
        #expect(result.stdout.contains("✗ expected: the raw bucket redshift-lab-raw-123456789012 exists"))
        #expect(result.stdout.contains("found: the request failed with NoSuchBucket"))
        #expect(result.stdout.contains("02-data-lake: 0/"))
        let unknown = try lab(["check", "99-nothing"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no lab '99-nothing'"))
    }

    @Test func resetBuildsTheStartingWorldOfALab() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let result = try lab([], input: "goto 02-data-lake\nreset lab\naws s3 ls\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("lab-sandbox-123456789012"))
        #expect(result.stdout.contains("step 1 of 5: Raw, processed, archive"))
    }
}
