import Testing
@testable import Warehouse

@Suite struct CatalogTests {
    func table(_ schema: String, _ name: String) -> StoredTable {
        Catalog().newTable(TableDefinition(schema: schema, name: name, columns: [TableColumn(name: "a", type: .integer)]))
    }

    @Test func lookupFollowsTheSearchPathAndQualifiedNamesGoStraightToTheirSchema() throws {
        var catalog = Catalog()
        #expect(try catalog.createSchema("s", ifNotExists: false))
        try catalog.addTable(table("s", "t"))
        try catalog.addTable(table("public", "t"))
        #expect(catalog.lookup(schema: nil, name: "t", searchPath: ["s", "public"])?.schema == "s")
        #expect(catalog.lookup(schema: nil, name: "t", searchPath: ["public"])?.schema == "public")
        #expect(catalog.lookup(schema: "s", name: "t", searchPath: ["public"])?.schema == "s")
        #expect(catalog.lookup(schema: nil, name: "t", searchPath: ["nowhere"]) == nil)
    }

    @Test func duplicatesAndMissingObjectsAreRedshiftsErrors() throws {
        var catalog = Catalog()
        try catalog.addTable(table("public", "t"))
        #expect(throws: CatalogErrors.relationExists("t")) { try catalog.addTable(table("public", "t")) }
        #expect(throws: CatalogErrors.noSchema("x")) { try catalog.addTable(table("x", "t")) }
        #expect(throws: CatalogErrors.schemaExists("public")) { _ = try catalog.createSchema("public", ifNotExists: false) }
        #expect(try !catalog.createSchema("public", ifNotExists: true))
        #expect(throws: CatalogErrors.noRelation("u")) { _ = try catalog.table(schema: "public", name: "u") }
    }

    @Test func aSchemaWithObjectsDropsOnlyWithCascade() throws {
        var catalog = Catalog()
        _ = try catalog.createSchema("s", ifNotExists: false)
        try catalog.addTable(table("s", "t"))
        #expect(throws: CatalogErrors.dependents("schema s")) { _ = try catalog.dropSchema("s", ifExists: false, cascade: false) }
        #expect(try catalog.dropSchema("s", ifExists: false, cascade: true))
        #expect(try !catalog.dropSchema("s", ifExists: true, cascade: false))
        #expect(catalog.lookup(schema: "s", name: "t", searchPath: []) == nil)
    }

    @Test func viewsAreFoundByTheRelationsTheyRead() throws {
        var catalog = Catalog()
        let query = try #require({ () throws -> Query? in
            if case .query(let query) = try Parser.parseStatement("select a from t join u using (a)").kind { return query }
            return nil
        }())
        try catalog.addView(ViewDefinition(schema: "public", name: "v", columnNames: ["a"], query: query,
                                           withNoSchemaBinding: false), replace: false)
        #expect(catalog.viewsReferring(to: "u").map(\.name) == ["v"])
        #expect(catalog.viewsReferring(to: "w").isEmpty)
    }
}
