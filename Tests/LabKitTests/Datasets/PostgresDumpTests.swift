import Foundation
import Testing
@testable import LabKit

@Suite struct PostgresDumpTests {
    @Test func theGeneratedCatalogReadsAsOneTableWithItsColumnsAndRows() throws {
        let dataset = try GeneratedDataset()
        let dump = try PostgresDump.read(contentsOf: dataset.url(ProductSource.path))
        #expect(dump.tables.count == 1)
        let table = try #require(dump.table("products"))
        #expect(table.columns.map(\.name) == ["product_id", "sku", "product_name", "category", "subcategory", "brand",
                                              "description", "unit_cost", "list_price", "is_active", "created_at"])
        #expect(table.columns[2] == .init(name: "product_name", type: "character varying(200)", nullable: false))
        #expect(table.columns[6] == .init(name: "description", type: "text", nullable: true))
        #expect(table.columns[7].type == "numeric(10,2)")
        #expect(table.columns[9] == .init(name: "is_active", type: "boolean", nullable: false))
        #expect(table.columns[10].type == "timestamp without time zone")
        #expect(table.rows.count == dataset.manifest.products.products)
        #expect(table.rows.map { $0[0] } == (1...table.rows.count).map { String($0) })
        #expect(table.rows.filter { $0[6] == nil }.count == dataset.manifest.products.nullDescriptions)
        for row in table.rows {
            #expect(row.count == 11)
            #expect(row[9] == "t" || row[9] == "f")
            let cost = try #require(Double(row[7] ?? "")), price = try #require(Double(row[8] ?? ""))
            #expect(cost > 0 && cost < price)
        }
    }

    @Test func theDumpHasPgDumpsStatementsInOrder() throws {
        let dataset = try GeneratedDataset()
        let text = try dataset.text(ProductSource.path)
        let markers = ["SET client_encoding = 'UTF8';", "CREATE TABLE public.products (", "COPY public.products (product_id,",
                       ") FROM stdin;", "\n\\.\n", "ADD CONSTRAINT products_pkey PRIMARY KEY (product_id);",
                       "-- PostgreSQL database dump complete"]
        let positions = markers.map { text.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test func copyTextEscapesRoundTripAndNullIsBackslashN() {
        for value in ["plain", "tab\there", "line\nbreak", "back\\slash", "cr\rhere", "\\N"] {
            #expect(PostgresDump.unescapeCopyText(PostgresDump.escapeCopyText(value)) == value)
        }
        #expect(PostgresDump.unescapeCopyText("\\N") == nil)
        #expect(PostgresDump.unescapeCopyText("a\\101\\x42") == "aAB")
    }

    @Test func aCopyListInAnotherOrderFillsTheDeclaredColumns() throws {
        let dump = try PostgresDump.parse("""
            CREATE TABLE "Sales"."Regions" (
                id integer PRIMARY KEY,
                name text DEFAULT 'x'::text,
                CONSTRAINT positive CHECK ((id > 0))
            );
            COPY "Sales"."Regions" (name, id) FROM stdin;
            West\t1
            \\N\t2
            \\.
            """)
        let table = try #require(dump.table("Regions", schema: "Sales"))
        #expect(table.columns == [.init(name: "id", type: "integer", nullable: false), .init(name: "name", type: "text", nullable: true)])
        #expect(table.rows == [["1", "West"], ["2", nil]])
    }

    @Test(arguments: [
        ("CREATE TABLE t (a int);\nINSERT INTO t VALUES (1);\n", "dump:2: INSERT statements are not read"),
        ("CREATE TABLE t (a int);\nCOPY t (a) FROM stdin;\n1\n", "dump:2: the COPY data has no end marker"),
        ("CREATE TABLE t (a int);\nCOPY t (a) FROM stdin;\n1\t2\n\\.\n", "dump:3: COPY row has 2 field(s), but the COPY names 1"),
        ("COPY u (a) FROM stdin;\n\\.\n", "dump:1: COPY into public.u, which the dump does not create"),
        ("CREATE TABLE t (a int);\nCOPY t (b) FROM stdin;\n\\.\n", "dump:2: COPY names column b, which public.t does not have"),
        ("CREATE TABLE t (a int)\n", "dump:1: the last statement has no closing semicolon"),
    ])
    func malformedDumpsAreRefusedWithTheLine(_ text: String, _ message: String) {
        #expect {
            try PostgresDump.parse(text)
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }

    @Test func aMissingFileSaysSo() {
        #expect(throws: PostgresDumpError.self) {
            try PostgresDump.read(contentsOf: URL(fileURLWithPath: "/nonexistent/products.sql"))
        }
    }
}
