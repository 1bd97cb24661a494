import Testing
@testable import Warehouse

@Suite struct ClientCopyTests {
    func parse(_ text: String) throws -> ClientCopy { try ClientCopy.parse(text).get() }

    @Test func optionsInBothSpellingsAreRead() throws {
        let modern = try parse(" sales (id, name) FROM 'data/s.csv' WITH (FORMAT csv, DELIMITER ',', HEADER, NULL 'NA')")
        #expect(modern.table == "sales")
        #expect(modern.columns == ["id", "name"])
        #expect(modern.file == "data/s.csv")
        #expect(modern.csv && modern.header && modern.delimiter == "," && modern.null == "NA")
        let old = try parse("venue from 'v.txt' with delimiter '|' null ''")
        #expect(!old.csv && old.delimiter == "|" && old.null == "" && !old.header)
        let text = try parse("t from 'f.tsv'")
        #expect(text.delimiter == "\t" && text.null == "\\N")
    }

    @Test func badCommandsSayWhy() {
        #expect(throws: ClientCopyError.self) { try parse("t to 'f.csv'") }
        #expect(throws: ClientCopyError.self) { try parse("t from 'f.csv' with (format parquet)") }
        #expect(throws: ClientCopyError.self) { try parse("t from 'f.csv' with (delimiter '||')") }
        #expect(throws: ClientCopyError.self) { try parse("t from 'f.csv' with (frobnicate)") }
    }

    @Test func csvFieldsHonourQuotesAndNulls() throws {
        let copy = try parse("t from 'f.csv' with (format csv, header)")
        let rows = copy.rows(of: "id,name,note\n1,\"Smith, Ann\",\n2,\"say \"\"hi\"\"\",\"\"\r\n")
        #expect(rows == [["1", "Smith, Ann", nil], ["2", "say \"hi\"", ""]])
    }

    @Test func textFieldsUseBackslashNForNull() throws {
        let copy = try parse("t from 'f.txt' with delimiter '|'")
        #expect(copy.rows(of: "1|a\\b|\\N\n2||x\n") == [["1", "a\\b", nil], ["2", "", "x"]])
    }

    @Test func insertsQuoteEveryValueForTheLexer() throws {
        let copy = try parse("t (a, b) from 'f.txt'")
        #expect(copy.inserts(for: [["it's", "a\\b"], [nil, "x"]])
                == [#"INSERT INTO t (a, b) VALUES ('it''s', 'a\\b'), (NULL, 'x')"#])
    }
}
