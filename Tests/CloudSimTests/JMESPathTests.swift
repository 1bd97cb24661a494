@testable import CloudSim
import Testing

/// `--query` expressions, checked against what the real CLI prints for the same response.
@Suite struct JMESPathTests {
    private let response = try! JSONReader.parse("""
        {"Contents": [{"Key": "a.txt", "Size": 8}, {"Key": "b.txt", "Size": 3}, {"Key": "c.csv", "Size": 12}],
         "Owner": {"DisplayName": "learner", "ID": "x"}, "Prefix": ""}
        """)

    private func query(_ expression: String) throws -> String {
        JSONWriter.compact(try JMESPath.parse(expression).search(response))
    }

    @Test func fieldsIndexesAndSlices() throws {
        #expect(try query("Prefix") == #""""#)
        #expect(try query("Contents[0].Key") == #""a.txt""#)
        #expect(try query("Contents[-1].Size") == "12")
        #expect(try query("Contents[5]") == "null")
        #expect(try query("Contents[-2:].Key") == #"["b.txt", "c.csv"]"#)
        #expect(try query("Contents[::2].Key") == #"["a.txt", "c.csv"]"#)
        #expect(try query("nothing.here") == "null")
    }

    @Test func projectionsAndMultiSelects() throws {
        #expect(try query("Contents[].Key") == #"["a.txt", "b.txt", "c.csv"]"#)
        #expect(try query("Contents[*].[Key, Size]") == #"[["a.txt", 8], ["b.txt", 3], ["c.csv", 12]]"#)
        #expect(try query("Contents[].{K: Key}") == #"[{"K": "a.txt"}, {"K": "b.txt"}, {"K": "c.csv"}]"#)
        #expect(try query("Owner.*") == #"["learner", "x"]"#)
        #expect(try query("[Prefix, Owner.ID]") == #"["", "x"]"#)
        #expect(try query("Contents[].Key | [0]") == #""a.txt""#)
    }

    @Test func filtersAndLogic() throws {
        #expect(try query("Contents[?Size > `5`].Key") == #"["a.txt", "c.csv"]"#)
        #expect(try query("Contents[?Key == 'b.txt'].Size") == "[3]")
        #expect(try query("Contents[?!(Size < `5`) && ends_with(Key, '.csv')].Key") == #"["c.csv"]"#)
        #expect(try query("Missing || Prefix || 'fallback'") == #""fallback""#)
    }

    @Test func functions() throws {
        #expect(try query("length(Contents)") == "3")
        #expect(try query("sum(Contents[].Size)") == "23")
        #expect(try query("max_by(Contents, &Size).Key") == #""c.csv""#)
        #expect(try query("sort_by(Contents, &Size)[].Key") == #"["b.txt", "a.txt", "c.csv"]"#)
        #expect(try query("join(', ', Contents[].Key)") == #""a.txt, b.txt, c.csv""#)
        #expect(try query("keys(Owner)") == #"["DisplayName", "ID"]"#)
        #expect(try query("contains(Contents[].Key, 'b.txt')") == "true")
    }

    @Test func malformedExpressionsAreReportedAsJMESPathReportsThem() {
        #expect(throws: JMESPath.ParseError(description: "Invalid jmespath expression: Incomplete expression:\n\"Buckets[\"\n         ^")) {
            try JMESPath.parse("Buckets[")
        }
        #expect(throws: JMESPath.ParseError(description: "Bad jmespath expression: Unknown token $:\na $\n  ^")) {
            try JMESPath.parse("a $")
        }
    }

    @Test func theCLIAppliesTheQueryBeforePrinting() throws {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket query-b")
        #expect(try world.aws("s3api list-buckets --query Buckets[].Name --output text").stdout == "query-b\n")
        #expect(try world.aws("s3api delete-bucket --bucket query-b --query x").stdout == "null\n")
        let bad = try world.aws("s3api list-buckets --query 'foo('")
        #expect(bad.exitCode == 255)
        #expect(bad.stderr == "\nBad value for --query foo(: Invalid jmespath expression: Incomplete expression:\n\"foo(\"\n     ^\n")
    }
}
