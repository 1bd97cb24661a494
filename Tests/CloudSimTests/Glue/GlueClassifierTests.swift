import Foundation
import Testing
@testable import CloudSim

@Suite("Glue classifiers")
struct GlueClassifierTests {
    @Test func delimitedTextHonoursQuotesAndLineEnds() {
        let text = DelimitedText("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\r\n\n3,4", delimiter: ",")
        #expect(text.records == [["a", "b"], ["x, y", "say \"hi\"\nthere"], ["3", "4"]])
        #expect(text.quoted)
        #expect(!DelimitedText("a,b\n1,2\n", delimiter: ",").quoted)
    }

    @Test(arguments: [
        ("42", GlueType.bigint), ("-7", .bigint), ("99999999999999999999", .double), ("3.25", .double), ("1e3", .double),
        ("TRUE", .boolean), ("2024-02-29", .date), ("2023-02-29", .string), ("2024-13-01", .string),
        ("2024-01-02 03:04:05", .timestamp), ("2024-01-02T03:04:05.123", .timestamp), ("abc", .string), ("12abc", .string),
    ])
    func csvValuesAreTypedAsGlueTypesThem(text: String, type: GlueType) {
        #expect(GlueType.ofText(text) == type)
    }

    @Test func emptyValuesCarryNoEvidence() {
        #expect(GlueType.ofText("  ") == nil)
        #expect([GlueType.ofText(""), GlueType.ofText("1"), GlueType.ofText("2.5")].reduce(nil, GlueType.unify) == .double)
        #expect(GlueType.unify(.bigint, .boolean) == .string)
        #expect(GlueType.array(nil).hiveName == "array<string>")
    }

    @Test func aSingleColumnOrSingleRowIsNotCSV() {
        #expect(CSVClassifier.classify("a\nb\nc\n", size: 6) == nil)
        #expect(CSVClassifier.classify("a,b\n", size: 4) == nil)
        #expect(CSVClassifier.classify("a,b\n1,2,3\n", size: 10) == nil)
    }

    @Test func aHeaderNeedsANonStringColumnBelowIt() throws {
        let typed = try #require(CSVClassifier.classify("Name,Age\nada,36\n", size: 16))
        #expect(typed.format == .csv(delimiter: ",", header: true))
        #expect(typed.columns.map(\.name) == ["name", "age"])
        let numbers = try #require(CSVClassifier.classify("1,2\n3,4\n", size: 8))
        #expect(numbers.format == .csv(delimiter: ",", header: false))
        #expect(numbers.columns.map(\.name) == ["col0", "col1"])
    }

    @Test func jsonNeedsAnObjectOnEveryLine() {
        #expect(JSONClassifier.classify("{\"a\":1}\nnot json\n", size: 17) == nil)
        #expect(JSONClassifier.classify("[1,2]", size: 5) == nil)
        #expect(JSONClassifier.classify("{\"a\": {\"b\": [1, 2.5]}}", size: 20)?.columns.first?.type?.hiveName == "struct<b:array<double>>")
    }

    @Test func parquetAndBinaryObjectsAreNotClassified() {
        #expect(Crawl.classify(Data("PAR1....".utf8)) == nil)
        #expect(Crawl.classify(Data([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe])) == nil)
    }

    @Test func exclusionGlobsFollowGluesSyntax() throws {
        let oneLevel = try #require(ExclusionPattern("*.tmp"))
        #expect(oneLevel.matches("a.tmp"))
        #expect(!oneLevel.matches("dir/a.tmp"))
        let anyLevel = try #require(ExclusionPattern("**.tmp"))
        #expect(anyLevel.matches("dir/a.tmp"))
        let either = try #require(ExclusionPattern("{logs,tmp}/**"))
        #expect(either.matches("logs/x/y.csv"))
        #expect(!either.matches("data/x.csv"))
    }

    @Test func tableNamesAreLowerCaseWithUnderscores() {
        #expect(TableLayout.sanitize("Sales-Data.2024") == "sales_data_2024")
        #expect(TableLayout.sanitize("year=2017") == "year_2017")
    }
}
