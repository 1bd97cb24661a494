@testable import CloudSim
import Testing

@Suite struct JSONTests {
    @Test func writesAsPythonJSONDumpsWithIndentFour() {
        let value = AWSValue.object([
            "Name": .string("b"), "Empty": .list([]), "None": .object([]), "Null": .null,
            "Flags": .list([.bool(true), .integer(3), .double(1.0)]), "Text": .string("é \"q\" \n\u{01}"),
        ])
        #expect(JSONWriter.write(value) == """
            {
                "Name": "b",
                "Empty": [],
                "None": {},
                "Null": null,
                "Flags": [
                    true,
                    3,
                    1.0
                ],
                "Text": "é \\"q\\" \\n\\u0001"
            }
            """)
    }

    @Test func readingKeepsMemberOrderAndIntegerness() throws {
        let value = try JSONReader.parse(#"{"b": 1, "a": [1.5, "x", null, false], "c": {"d": -2e3}}"#)
        #expect(value.members?.map(\.name) == ["b", "a", "c"])
        #expect(value["b"] == .integer(1))
        #expect(value["a"] == .list([.double(1.5), .string("x"), .null, .bool(false)]))
        #expect(value["c"]?["d"] == .double(-2000))
        #expect(try JSONReader.parse(#""\u00e9\ud83d\ude00""#) == .string("é😀"))
    }

    @Test func syntaxErrorsUsePythonsWords() {
        #expect(throws: JSONReader.SyntaxError(description: "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)")) {
            try JSONReader.parse("{bad")
        }
        #expect(throws: JSONReader.SyntaxError(description: "Expecting ',' delimiter: line 1 column 9 (char 8)")) {
            try JSONReader.parse("{\"a\": 1 2}")
        }
        #expect(throws: JSONReader.SyntaxError(description: "Extra data: line 2 column 2 (char 9)")) {
            try JSONReader.parse("{\"a\": 1\n}x")
        }
        #expect(throws: JSONReader.SyntaxError(description: "Expecting value: line 1 column 1 (char 0)")) {
            try JSONReader.parse("")
        }
        #expect(throws: JSONReader.SyntaxError(description: "Extra data: line 1 column 4 (char 3)")) {
            try JSONReader.parse("[1]x")
        }
        #expect(throws: JSONReader.SyntaxError(description: "Unterminated string starting at: line 1 column 1 (char 0)")) {
            try JSONReader.parse("\"abc")
        }
    }
}
