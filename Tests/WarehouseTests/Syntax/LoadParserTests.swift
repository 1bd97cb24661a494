import Testing
@testable import Warehouse

struct LoadParserTests {
    private typealias A = AST

    private func options(_ sql: String) throws -> [LoadOption] {
        switch try Parse.statement(sql) {
        case .copy(let copy): copy.options
        case .unload(let unload): unload.options
        default: []
        }
    }

    private func option(_ name: String, _ arguments: OptionValue...) -> LoadOption {
        LoadOption(name: name, arguments: arguments, location: A.here)
    }

    @Test func copyKeepsItsOptionsInOrderAsRedshiftSpellsThem() throws {
        let kind = try Parse.statement("""
            COPY sales (a, b) FROM 's3://bucket/sales/' IAM_ROLE 'arn:aws:iam::123456789012:role/R'
            FORMAT AS CSV QUOTE AS '"' DELIMITER ',' IGNOREHEADER AS 1 NULL AS '\\\\N' REGION 'us-west-2' GZIP
            DATEFORMAT 'auto' TIMEFORMAT AS 'epochsecs' MAXERROR 10 ACCEPTINVCHARS MANIFEST COMPUPDATE OFF
            """)
        #expect(kind == .copy(Copy(table: A.name("sales"), columns: [A.id("a"), A.id("b")], source: "s3://bucket/sales/",
                                   options: [
                                       option("IAM_ROLE", .string("arn:aws:iam::123456789012:role/R")),
                                       option("FORMAT", .word("csv")), option("QUOTE", .string("\"")),
                                       option("DELIMITER", .string(",")), option("IGNOREHEADER", .number("1")),
                                       option("NULL", .string(#"\N"#)), option("REGION", .string("us-west-2")),
                                       option("GZIP"), option("DATEFORMAT", .string("auto")),
                                       option("TIMEFORMAT", .string("epochsecs")), option("MAXERROR", .number("10")),
                                       option("ACCEPTINVCHARS"), option("MANIFEST"), option("COMPUPDATE", .word("off")),
                                   ])))
    }

    @Test func optionArgumentsThatAreOptional() throws {
        #expect(try options("copy t from 's3://b/p' iam_role default json 'auto ignorecase' acceptinvchars as '^' compupdate")
            == [option("IAM_ROLE", .word("default")), option("JSON", .string("auto ignorecase")),
                option("ACCEPTINVCHARS", .string("^")), option("COMPUPDATE")])
        #expect(try options("copy t from 's3://b/p' format as json 's3://b/paths' fixedwidth 'a:1'")
            == [option("FORMAT", .word("json"), .string("s3://b/paths")), option("FIXEDWIDTH", .string("a:1"))])
    }

    @Test func unloadWithItsOptions() throws {
        let kind = try Parse.statement("""
            unload ('select * from venue where venuestate=''NV''') to 's3://b/venue_' iam_role default
            format as parquet partition by (a, b) include parallel off maxfilesize 100 mb manifest verbose cleanpath
            """)
        #expect(kind == .unload(Unload(query: "select * from venue where venuestate='NV'", destination: "s3://b/venue_",
                                       options: [
                                           option("IAM_ROLE", .word("default")), option("FORMAT", .word("parquet")),
                                           option("PARTITION BY", .word("a"), .word("b")), option("INCLUDE"),
                                           option("PARALLEL", .word("off")),
                                           option("MAXFILESIZE", .number("100"), .word("mb")),
                                           option("MANIFEST", .word("verbose")), option("CLEANPATH"),
                                       ])))
    }

    @Test func optionsRememberWhereTheyStart() throws {
        let parsed = try options("copy t from 'x' gzip  maxerror 5")
        #expect(parsed.map(\.location.position) == [17, 23])
    }
}
