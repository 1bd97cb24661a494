import Testing
@testable import Warehouse

@Suite struct JoinOrderingTests {
    /// A TPC-H Q5 shape: `region` (3 rows) and `nation` (30) lead; then `supplier` joins on its
    /// key to `fact` (50 rows a supplier), not to `person` on the 30-valued nation key (100
    /// people a nation, so every supplier times every person of its nation).
    @Test func joinsFollowKeysWithManyDistinctValuesBeforeKeysWithFew() throws {
        let database = Database()
        _ = try database.execute("""
            create table digits (d int);
            insert into digits values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);
            create table region (r_key int, r_name varchar(10));
            create table nation (n_key int, n_region int);
            create table supplier (s_key int, s_nation int);
            create table person (p_key int, p_nation int);
            create table fact (f_supplier int, f_person int);
            insert into region values (0, 'a'), (1, 'b'), (2, 'c');
            insert into nation select x.d * 10 + y.d, (x.d * 10 + y.d) % 3 from digits x, digits y where x.d < 3;
            insert into supplier select n_key * 3 + d, n_key from nation, digits where d < 3;
            insert into person select n_key * 100 + x.d * 10 + y.d, n_key from nation, digits x, digits y;
            insert into fact select s_key, p_key from supplier, person where p_key % 60 = s_key % 60
            """)
        let sql = """
            select count(*) from person, fact, supplier, nation, region
            where p_key = f_person and f_supplier = s_key and p_nation = s_nation
              and s_nation = n_key and n_region = r_key and r_name = 'a'
            """
        guard case .query(let query) = try Parser.parseStatement(sql).kind else { throw SQLError(SQLState.syntaxError, "not a query") }
        let plan = JoinOrdering(catalog: database.catalog).optimize(PredicatePushdown.optimize(try database.binder().bindQuery(query).plan))
        #expect(tables(plan) == ["region", "nation", "supplier", "fact", "person"])
        let written = "select count(*) from region, nation, supplier, fact, person where p_key = f_person and f_supplier = s_key "
            + "and p_nation = s_nation and s_nation = n_key and n_region = r_key and r_name = 'a'"
        #expect(try database.execute(sql)[0].rows[0][0].text == database.execute(written)[0].rows[0][0].text)
    }

    /// The scanned tables of the first inner-join tree, left to right.
    func tables(_ plan: LogicalPlan) -> [String] {
        switch plan {
        case .scan(let scan): [scan.table]
        case .join(let join): tables(join.left) + tables(join.right)
        case .project(let input, _), .filter(let input, _), .aggregate(let input, _, _): tables(input)
        default: []
        }
    }
}
