import Testing
@testable import Warehouse

@Suite struct StringFunctionTests {
    @Test func lengthsCountCharacters() throws {
        #expect(try Functions.value("len", text("français")) == .integer(8))
        #expect(try Functions.value("octet_length", text("français")) == .integer(9))
        #expect(try Functions.value("length", text("cat   ")) == .integer(6))
        #expect(try Functions.value("len", Argument(type: .char(length: 10), values: [.string("cat")])) == .integer(3))
        #expect(try Functions.value("char_length", null(.varchar(length: 5))) == .null)
        #expect(try Functions.value("len", int(12345)) == .integer(5))
        #expect(try Functions.type("len", .varchar(length: 5)) == .integer)
    }

    @Test func caseMapping() throws {
        #expect(try Functions.text("upper", text("abc Éa")) == "ABC ÉA")
        #expect(try Functions.text("lower", text("ABC")) == "abc")
        #expect(try Functions.text("initcap", text("the SEA-world of 3rd ways")) == "The Sea-World Of 3rd Ways")
        #expect(try Functions.text("reverse", text("français")) == "siaçnarf")
        #expect(try Functions.type("upper", .char(length: 4)) == .varchar(length: 4))
    }

    @Test func trimming() throws {
        #expect(try Functions.text("btrim", text("  abc  ")) == "abc")
        #expect(try Functions.text("ltrim", text("  abc  ")) == "abc  ")
        #expect(try Functions.text("rtrim", text("  abc  ")) == "  abc")
        #expect(try Functions.text("btrim", text("xyzaxyzbxyzcxyz"), text("xyz")) == "axyzbxyzc")
        #expect(try Functions.text("trim", text("#é#x##"), text("#é")) == "x")
        #expect(try Functions.value("rtrim", text("abc"), null(.varchar(length: 3))) == .null)
    }

    @Test func substringsFollowPostgreSQLPositions() throws {
        #expect(try Functions.text("substring", text("caterpillar"), int(6), int(4)) == "pill")
        #expect(try Functions.text("substr", text("caterpillar"), int(6)) == "pillar")
        #expect(try Functions.text("substring", text("abc"), int(0), int(2)) == "a")
        #expect(try Functions.text("substring", text("abc"), int(-3), int(2)) == "")
        #expect(try Functions.text("substring", text("abc"), int(5), int(2)) == "")
        #expect(try Functions.text("substring", text("français"), int(5), int(2)) == "ça")
        #expect(throws: SQLError(SQLState.substringError, "negative substring length not allowed")) {
            try Functions.value("substring", text("abc"), int(1), int(-1))
        }
        #expect(try Functions.text("left", text("Redshift"), int(3)) == "Red")
        #expect(try Functions.text("right", text("Redshift"), int(5)) == "shift")
        #expect(try Functions.text("left", text("Redshift"), int(-5)) == "Red")
        #expect(try Functions.text("right", text("Redshift"), int(-3)) == "shift")
        #expect(try Functions.text("right", text("abc"), int(10)) == "abc")
    }

    @Test func positions() throws {
        #expect(try Functions.value("charindex", text("fish"), text("dogfish")) == .integer(4))
        #expect(try Functions.value("charindex", text("dog"), text("fish")) == .integer(0))
        #expect(try Functions.value("strpos", text("dogfish"), text("fish")) == .integer(4))
        #expect(try Functions.value("position", text("ç"), text("français")) == .integer(5))
        #expect(try Functions.value("strpos", text("abc"), text("")) == .integer(1))
    }

    @Test func splitReplaceTranslate() throws {
        #expect(try Functions.text("split_part", text("2008-03-05"), text("-"), int(2)) == "03")
        #expect(try Functions.text("split_part", text("abc~@~def~@~ghi"), text("~@~"), int(3)) == "ghi")
        #expect(try Functions.text("split_part", text("a,b"), text(","), int(5)) == "")
        #expect(throws: SQLError(SQLState.invalidParameterValue, "field position must be greater than zero")) {
            try Functions.value("split_part", text("a,b"), text(","), int(0))
        }
        #expect(try Functions.text("replace", text("Shows and Shows"), text("Shows"), text("Theatre")) == "Theatre and Theatre")
        #expect(try Functions.text("replace", text("abc"), text(""), text("x")) == "abc")
        #expect(try Functions.text("translate", text("mint tea"), text("inea"), text("osin")) == "most tin")
        #expect(try Functions.text("translate", text("abcabc"), text("ab"), text("x")) == "xcxc")
    }

    @Test func concatPadRepeat() throws {
        #expect(try Functions.text("concat", text("December 25, "), text("2008")) == "December 25, 2008")
        #expect(try Functions.value("concat", text("a"), null(.varchar(length: 1))) == .null)
        #expect(try Functions.type("concat", .varchar(length: 10), .char(length: 5)) == .varchar(length: 15))
        #expect(try Functions.text("lpad", text("hi"), int(5), text("xy")) == "xyxhi")
        #expect(try Functions.text("rpad", text("hi"), int(5)) == "hi   ")
        #expect(try Functions.text("lpad", text("hello"), int(3)) == "hel")
        #expect(try Functions.text("rpad", text("hi"), int(0), text("x")) == "")
        #expect(try Functions.text("repeat", text("ab"), int(3)) == "ababab")
        #expect(try Functions.text("replicate", text("ab"), int(-1)) == "")
        #expect(throws: TypeErrors.valueTooLong(.varchar(length: 65535))) {
            try Functions.value("repeat", text("abc"), int(30000))
        }
    }

    @Test func asciiAndChr() throws {
        #expect(try Functions.value("ascii", text("amazon")) == .integer(97))
        #expect(try Functions.value("ascii", text("")) == .integer(0))
        #expect(try Functions.text("chr", int(65)) == "A")
        #expect(try Functions.text("chr", int(233)) == "é")
        #expect(throws: SQLError(SQLState.programLimitExceeded, "null character not permitted")) {
            try Functions.value("chr", int(0))
        }
        #expect(throws: SQLError.self) { try Functions.value("chr", int(0x11_0000)) }
    }

    @Test func digestsMatchPublishedVectors() throws {
        #expect(try Functions.text("md5", text("")) == "d41d8cd98f00b204e9800998ecf8427e")
        #expect(try Functions.text("md5", text("Amazon Redshift")) == "f7415e33f972c03abd4f3fed36748f7a")
        #expect(try Functions.text("md5", text("The quick brown fox jumps over the lazy dog"))
            == "9e107d9d372bb6826bd81d3542a419d6")
        #expect(try Functions.text("md5", text(String(repeating: "a", count: 120))) == Self.md5OfA120)
        #expect(try Functions.text("sha1", text("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(try Functions.text("sha2", text("abc"), int(256))
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(try Functions.text("sha2", text("abc"), int(224)) == "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7")
        #expect(try Functions.text("sha2", text(""), int(0))
            == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(try Functions.text("sha2", text("abc"), int(384))
            == "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7")
        #expect(try Functions.text("sha2", text("abc"), int(512))
            == "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")
        #expect(try Functions.text("sha2", text(String(repeating: "a", count: 200)), int(512))
            == "4b11459c33f52a22ee8236782714c150a3b2c60994e9acee17fe68947a3e6789f31e7668394592da7bef827cddca88c4e6f86e4df7ed1ae6cba71f3e98faee9f")
        #expect(throws: SQLError.self) { try Functions.value("sha2", text("abc"), int(100)) }
        #expect(try Functions.value("md5", null(.varchar(length: 3))) == .null)
    }

    private static let md5OfA120 = "5f61c0ccad4cac44c75ff505e1f1e537"

    @Test func regexFunctions() throws {
        #expect(try Functions.value("regexp_count", text("abcdefghijklmnopqrstuvwxyz"), text("[a-z]{3}")) == .integer(8))
        #expect(try Functions.value("regexp_count", text("abcabc"), text("B"), int(1), text("i")) == .integer(2))
        #expect(try Functions.value("regexp_count", text("abcabc"), text("a"), int(2)) == .integer(1))
        #expect(try Functions.text("regexp_substr", text("This is a cat, this is a dog. This is a mouse."),
                                   text("this is a (\\w+)"), int(1), int(2), text("ie")) == "dog")
        #expect(try Functions.value("regexp_substr", text("abc"), text("x")) == .null)
        #expect(try Functions.text("regexp_substr", text("abc"), text("b"), int(10)) == "")
        #expect(try Functions.value("regexp_substr", text("a1b22c333"), text("[0-9]+"), int(1), int(3)) == .string("333"))
        #expect(try Functions.value("regexp_instr", text("Cats and dogs"), text("[[:alpha:]]+s")) == .integer(1))
        #expect(try Functions.value("regexp_instr", text("Cats and dogs"), text("d\\w+"), int(1), int(1), int(1)) == .integer(14))
        #expect(try Functions.value("regexp_instr", text("Cats and dogs"), text("z")) == .integer(0))
        #expect(try Functions.text("regexp_replace", text("DonecFri@example.com"), text("@.*\\.(org|gov|com)$")) == "DonecFri")
        #expect(try Functions.text("regexp_replace", text("2024-01-15"), text("(\\d+)-(\\d+)-(\\d+)"), text("\\3/\\2/\\1"))
            == "15/01/2024")
        #expect(try Functions.text("regexp_replace", text("aaa"), text("a"), text("b"), int(2)) == "abb")
        #expect(try Functions.value("regexp_replace", text("aaa"), null(.varchar(length: 3))) == .null)
        #expect(throws: SQLError.self) { try Functions.value("regexp_count", text("a"), text("(")) }
        #expect(throws: SQLError(SQLState.invalidParameterValue, "invalid regular expression option: \"z\"")) {
            try Functions.value("regexp_count", text("a"), text("a"), int(1), text("z"))
        }
        #expect(try Functions.type("regexp_count", .varchar(length: 3), .varchar(length: 3)) == .integer)
    }

    /// Character functions agree with Swift's own string handling on random mixed-script text.
    @Test func randomizedAgainstSwiftStrings() throws {
        var generator = SeededGenerator(state: 7)
        let alphabet = Array("abcXYZ -,éßç日本😀".unicodeScalars)
        let values = (0..<300).map { _ in
            String(String.UnicodeScalarView((0..<Int.random(in: 0...12, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }))
        }
        let input = column(.varchar(length: 200), values.map { .string($0) })
        let starts = (0..<300).map { _ in Int32.random(in: -3...14, using: &generator) }
        let lengths = (0..<300).map { _ in Int32.random(in: 0...14, using: &generator) }
        let lens = try Functions.call("len", [input]).values
        let reversed = try Functions.call("reverse", [input]).values
        let substrings = try Functions.call("substring", [input, column(.integer, starts.map { .integer($0) }),
                                                          column(.integer, lengths.map { .integer($0) })]).values
        let lefts = try Functions.call("left", [input, column(.integer, lengths.map { .integer($0) })]).values
        for index in values.indices {
            let scalars = Array(values[index].unicodeScalars)
            #expect(lens[index] == .integer(Int32(scalars.count)))
            #expect(reversed[index] == .string(String(String.UnicodeScalarView(scalars.reversed()))))
            let from = max(Int(starts[index]), 1), to = min(Int(starts[index]) + Int(lengths[index]), scalars.count + 1)
            let expected = from < to ? String(String.UnicodeScalarView(scalars[(from - 1)..<(to - 1)])) : ""
            #expect(substrings[index] == .string(expected))
            #expect(lefts[index] == .string(String(String.UnicodeScalarView(scalars.prefix(Int(lengths[index]))))))
        }
    }
}
