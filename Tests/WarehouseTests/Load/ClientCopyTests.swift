import Foundation
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

    /// The fields of `text` as rows, NULLs as nil.
    func rows(_ copy: ClientCopy, _ text: String, columns: [String]? = nil) throws -> [[String?]] {
        try Data(text.utf8).withUnsafeBytes { raw in try copy.fields(of: raw.bindMemory(to: UInt8.self), columns: columns) }
            .flatMap { batch in (0..<(batch.first?.count ?? 0)).map { row in batch.map { $0[row] } } }
    }

    @Test func csvFieldsHonourQuotesAndNulls() throws {
        let copy = try parse("t from 'f.csv' with (format csv, header)")
        #expect(try rows(copy, "id,name,note\n1,\"Smith, Ann\",\n2,\"say \"\"hi\"\"\",\"\"\r\n")
                == [["1", "Smith, Ann", nil], ["2", "say \"hi\"", ""]])
    }

    @Test func textFieldsUseBackslashNForNull() throws {
        let copy = try parse("t from 'f.txt' with delimiter '|'")
        #expect(try rows(copy, "1|a\\b|\\N\n2||x\n") == [["1", "a\\b", nil], ["2", "", "x"]])
    }

    @Test func linesWithTheWrongNumberOfFieldsAreRefusedInPostgresWords() throws {
        let copy = try parse("t from 'f.txt' with delimiter '|'")
        #expect(throws: SQLError.self) { try rows(copy, "1|2|3\n", columns: ["a", "b"]) }
        do {
            _ = try rows(copy, "1|2\n3\n", columns: ["a", "b"])
            Issue.record("a short line was accepted")
        } catch let error as SQLError {
            #expect(error.message == "missing data for column \"b\"")
        }
    }

    @Test func rowsFillBatchesOfThePreferredSize() throws {
        let copy = try parse("t from 'f.txt'")
        let text = (1...(Batch.preferredRowCount + 5)).map { "\($0)\tx" }.joined(separator: "\n")
        let batches = try Data(text.utf8).withUnsafeBytes { raw in try copy.fields(of: raw.bindMemory(to: UInt8.self)) }
        #expect(batches.map { $0[0].count } == [Batch.preferredRowCount, 5])
        #expect(batches[1][0][4] == "\(Batch.preferredRowCount + 5)")
    }

    @Test func theCommandReadsBackAsTheSameCopy() throws {
        for text in ["t (a, b) from 'f.csv' with (format csv, delimiter '|', header, null 'NA')", "t from 'f.txt'",
                     "s.t from 'dir/f' with delimiter ','"] {
            let copy = try parse(text)
            let again = try parse(#require(copy.command))
            #expect(again.table == copy.table && again.columns == copy.columns && again.file == copy.file)
            #expect(again.csv == copy.csv && again.delimiter == copy.delimiter && again.null == copy.null && again.header == copy.header)
        }
        var quoted = try parse("t from 'f'")
        quoted.null = "'"
        #expect(quoted.command == nil)
    }
}

@Suite struct DatabaseCopyTests {
    func load(_ database: Database, _ command: String, _ text: String) throws -> Int {
        try database.copy(ClientCopy.parse(command).get(), from: Data(text.utf8))
    }

    @Test func fieldsConvertToTheColumnTypesAndUnlistedColumnsGetDefaults() throws {
        let database = Database()
        _ = try database.execute("create table t (id int identity(1,1), d date, amount decimal(6,2), note char(3) default 'x', name varchar(5))")
        #expect(try load(database, "t (d, amount, name) from 'f' with (format csv, delimiter '|')",
                         "2024-02-29|12.5|ann\n1999-12-31||\"b|c\"\n") == 2)
        let rows = try database.execute("select id, d, amount, note, name from t order by id")[0].rows
        #expect(rows.map { $0.map(\.text) } == [["1", "2024-02-29", "12.50", "x  ", "ann"], ["2", "1999-12-31", "", "x  ", "b|c"]])
    }

    @Test func aBadValueLoadsNothingAndSaysWhy() throws {
        let database = Database()
        _ = try database.execute("create table t (id int, name varchar(3))")
        for (text, message) in [("1|ab\n2|abcd\n", "value too long for type character varying(3)"),
                                ("1|ab\nx|y\n", "invalid input syntax for integer: \"x\"")] {
            do {
                _ = try load(database, "t from 'f' with delimiter '|'", text)
                Issue.record("\(text) loaded")
            } catch let error as SQLError {
                #expect(error.message == message)
            }
            #expect(try database.execute("select count(*) from t")[0].rows[0][0].text == "0")
        }
    }
}
