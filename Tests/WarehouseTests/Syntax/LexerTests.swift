import Testing
@testable import Warehouse

struct LexerTests {
    private func kinds(_ text: String) throws -> [TokenKind] {
        try Lexer.tokenize(text).map(\.kind).dropLast()
    }

    @Test func foldsUnquotedWordsAndRecognisesKeywordsInAnyCase() throws {
        let tokens = try Lexer.tokenize("SeLeCt MyCol FROM t")
        #expect(tokens.map(\.kind) == [.word("select"), .word("mycol"), .word("from"), .word("t"), .endOfInput])
        #expect(tokens.map(\.keyword) == [.select, nil, .from, nil, nil])
        #expect(tokens[1].text == "MyCol")
    }

    @Test func quotedIdentifiersKeepCaseAndUnescapeDoubledQuotes() throws {
        #expect(try kinds(#""MyCol" "a""b" "select""#)
            == [.quotedIdentifier("MyCol"), .quotedIdentifier(#"a"b"#), .quotedIdentifier("select")])
        #expect(try Lexer.tokenize(#""select""#)[0].keyword == nil)
    }

    @Test func namesAreTruncatedTo127BytesOnACharacterBoundary() throws {
        let long = String(repeating: "a", count: 126) + "éz"
        #expect(try kinds(long) == [.word(String(repeating: "a", count: 126))])
        #expect(try kinds("\"" + String(repeating: "B", count: 200) + "\"")
            == [.quotedIdentifier(String(repeating: "B", count: 127))])
    }

    @Test func temporaryTableNamesStartWithHash() throws {
        #expect(try kinds("#Temp # x") == [.word("#temp"), .operator("#"), .word("x")])
    }

    @Test func hexAndControlEscapes() throws {
        #expect(try kinds(#"'\x4a\x4B\f\r\b\xzz'"#) == [.string("JK\u{0C}\r\u{08}xzz")])
    }

    @Test func stringLiteralsResolveDoubledQuotesAndBackslashEscapes() throws {
        #expect(try kinds(#"'it''s' 'a\tb' 'c\\d' 'q\'q' '\101\x42' E'\n' N'n'"#)
            == [.string("it's"), .string("a\tb"), .string(#"c\d"#), .string("q'q"), .string("AB"), .string("\n"),
                .string("n")])
    }

    @Test func dollarQuotedStringsTakeTheirBodyVerbatim() throws {
        #expect(try kinds(#"$$a 'b' \n$$ $x$ $$ inside $x$"#) == [.string(#"a 'b' \n"#), .string(" $$ inside ")])
    }

    @Test func numbersAreIntegersUnlessTheyHaveAPointOrExponent() throws {
        #expect(try kinds("42 3.14 .5 7. 1e10 2.5E-3 1e x")
            == [.integer("42"), .decimal("3.14"), .decimal(".5"), .decimal("7."), .decimal("1e10"),
                .decimal("2.5E-3"), .integer("1"), .word("e"), .word("x")])
    }

    @Test func multiCharacterOperatorsLexAsOneToken() throws {
        #expect(try kinds("a::int || <> != >= <= ~ !~ ~* !~* ~~ !~~ << >> - + * / % ^ = < >")
            == [.word("a"), .operator("::"), .word("int"), .operator("||"), .operator("<>"), .operator("!="),
                .operator(">="), .operator("<="), .operator("~"), .operator("!~"), .operator("~*"), .operator("!~*"),
                .operator("~~"), .operator("!~~"), .operator("<<"), .operator(">>"), .operator("-"), .operator("+"),
                .operator("*"), .operator("/"), .operator("%"), .operator("^"), .operator("="), .operator("<"),
                .operator(">")])
    }

    @Test func punctuation() throws {
        #expect(try kinds("( ) , ; . [ ] :")
            == [.punctuation("("), .punctuation(")"), .punctuation(","), .punctuation(";"), .punctuation("."),
                .punctuation("["), .punctuation("]"), .punctuation(":")])
    }

    @Test func commentsAreSkippedIncludingNestedBlockComments() throws {
        #expect(try kinds("a -- line\nb /* x /* y */ z */ c--end") == [.word("a"), .word("b"), .word("c")])
    }

    @Test func tokensCarryByteOffsetAndCharacterPosition() throws {
        let tokens = try Lexer.tokenize("select 'é€', x")
        #expect(tokens[1].location.byteOffset == 7)
        #expect(tokens[1].location.position == 8)
        #expect(tokens[3].location.byteOffset == 16)
        #expect(tokens[3].location.position == 14)
        #expect(tokens[4].isEndOfInput)
        #expect(tokens[4].location.position == 15)
    }

    @Test(arguments: [
        ("select 'abc", #"unterminated quoted string at or near "'abc""#, 8),
        ("select 1 /* abc /* x */", #"unterminated /* comment at or near "/* abc /* x */""#, 10),
        (#"select "abc"#, #"unterminated quoted identifier at or near ""abc""#, 8),
        ("select $$abc", #"unterminated dollar-quoted string at or near "$$abc""#, 8),
        ("select $q$abc$$", #"unterminated dollar-quoted string at or near "$q$abc$$""#, 8),
        (#"select """#, #"zero-length delimited identifier at or near """""#, 8),
        ("select 'é' || 'abc", #"unterminated quoted string at or near "'abc""#, 15),
    ])
    func unterminatedTokensReportPostgreSQLErrors(text: String, message: String, position: Int) {
        #expect(throws: SQLError(SQLState.syntaxError, message, position: position)) {
            try Lexer.tokenize(text)
        }
    }
}
