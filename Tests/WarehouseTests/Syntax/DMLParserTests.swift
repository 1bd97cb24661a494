import Testing
@testable import Warehouse

struct DMLParserTests {
    private typealias A = AST

    @Test func insertForms() throws {
        #expect(try Parse.statement("insert into t (a, b) values (1, default), (2, 'x')")
            == .insert(Insert(table: A.name("t"), columns: [A.id("a"), A.id("b")],
                              source: .values([[A.int(1), A.expr(.defaultValue)], [A.int(2), A.str("x")]]))))
        #expect(try Parse.statement("insert into t default values")
            == .insert(Insert(table: A.name("t"), columns: [], source: .defaultValues)))
        let query = A.query(.select(A.select([A.item(A.col("a"))], from: [A.table("u")])))
        #expect(try Parse.statement("insert into t (select a from u)")
            == .insert(Insert(table: A.name("t"), columns: [], source: .query(query))))
    }

    @Test func updateWithAliasFromAndWhere() throws {
        #expect(try Parse.statement("update t x set a = u.a, b = default from u where x.id = u.id")
            == .update(Update(table: A.name("t"), alias: A.id("x"),
                              assignments: [Assignment(column: A.id("a"), value: A.col("u", "a")),
                                            Assignment(column: A.id("b"), value: A.expr(.defaultValue))],
                              from: [A.table("u")], whereClause: A.bin(.equal, A.col("x", "id"), A.col("u", "id")))))
    }

    @Test func deleteWithAndWithoutFrom() throws {
        #expect(try Parse.statement("delete from t using u where t.id = u.id")
            == .delete(Delete(table: A.name("t"), alias: nil, using: [A.table("u")],
                              whereClause: A.bin(.equal, A.col("t", "id"), A.col("u", "id")))))
        #expect(try Parse.statement("delete t") == .delete(Delete(table: A.name("t"), alias: nil, using: [], whereClause: nil)))
    }

    @Test func mergeWithClausesAndRemoveDuplicates() throws {
        let condition = A.bin(.equal, A.col("t", "id"), A.col("s", "id"))
        #expect(try Parse.statement("""
            merge into target t using source s on t.id = s.id
            when matched then update set a = s.a
            when not matched then insert (id, a) values (s.id, s.a)
            """) == .merge(Merge(target: A.name("target"), targetAlias: A.id("t"), source: A.table("source", alias: "s"),
                                 condition: condition, clauses: A.clauses(
                                     .matchedUpdate([Assignment(column: A.id("a"), value: A.col("s", "a"))]),
                                     .notMatchedInsert(columns: [A.id("id"), A.id("a")], values: [A.col("s", "id"), A.col("s", "a")])),
                                 removeDuplicates: false)))
        #expect(try Parse.statement("merge into target t using source s on t.id = s.id remove duplicates")
            == .merge(Merge(target: A.name("target"), targetAlias: A.id("t"), source: A.table("source", alias: "s"),
                            condition: condition, clauses: [], removeDuplicates: true)))
        #expect(try Parse.statement("merge into target t using source s on t.id = s.id when matched then delete")
            == .merge(Merge(target: A.name("target"), targetAlias: A.id("t"), source: A.table("source", alias: "s"),
                            condition: condition, clauses: A.clauses(.matchedDelete), removeDuplicates: false)))
    }
}
