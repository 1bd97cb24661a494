@testable import CloudSim
import Foundation
import Testing

@Suite struct ShorthandParserTests {
    private let files = LocalFiles(workingDirectory: URL(fileURLWithPath: "/"))

    private func parse(_ text: String) throws -> String {
        JSONWriter.compact(try ShorthandParser.parse(text, files: files))
    }

    @Test func keyValuePairs() throws {
        #expect(try parse("Key=k,Value=v") == #"{"Key": "k", "Value": "v"}"#)
        #expect(try parse("Key = k , Value=v ") == #"{"Key": "k", "Value": "v"}"#)
    }

    @Test func aCommaSeparatedValueIsAListUntilTheNextKey() throws {
        #expect(try parse("a=b,c,d=e") == #"{"a": ["b", "c"], "d": "e"}"#)
        #expect(try parse("a=b,c") == #"{"a": ["b", "c"]}"#)
    }

    @Test func explicitListsAndNestedStructures() throws {
        #expect(try parse("Objects=[{Key=a},{Key=b,VersionId=1}],Quiet=true")
            == #"{"Objects": [{"Key": "a"}, {"Key": "b", "VersionId": "1"}], "Quiet": "true"}"#)
        #expect(try parse("Filter={Prefix=raw/},Status=Enabled") == #"{"Filter": {"Prefix": "raw/"}, "Status": "Enabled"}"#)
        #expect(try parse("a=[]") == #"{"a": []}"#)
    }

    @Test func quotesAndEscapedCommas() throws {
        #expect(try parse(#"a="x,y""#) == #"{"a": "x,y"}"#)
        #expect(try parse(#"a=x\,y"#) == #"{"a": "x,y"}"#)
        #expect(try parse(#"a='say "hi"'"#) == #"{"a": "say \"hi\""}"#)
    }

    @Test func anEmptyValueIsAnEmptyString() throws {
        #expect(try parse("a=") == #"{"a": ""}"#)
    }

    @Test func syntaxErrorsPointAtTheInput() {
        #expect(throws: ShorthandParser.ParseError(description: "Expected: '=', received: 'EOF' for input:\nBlockPublicAcls\n               ^")) {
            try ShorthandParser.parse("BlockPublicAcls", files: files)
        }
        #expect(throws: ShorthandParser.ParseError(description: "Expected: ',', received: '}' for input:\na=b}\n   ^")) {
            try ShorthandParser.parse("a=b}", files: files)
        }
    }

    @Test func aRepeatedKeyIsRefused() {
        #expect(throws: ShorthandParser.ParseError.self) { try ShorthandParser.parse("a=1,a=2", files: files) }
    }
}
