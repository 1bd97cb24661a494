import CloudSim
import Foundation
import Testing
@testable import LabKit

@Suite struct SQLCheckTests {
    let tmp = TemporaryDirectory()

    func context(submitted: String? = nil, setup: [String]) throws -> CheckContext {
        let workspace = try Workspace.open(at: tmp.path("ws"), createdBy: "test")
        let database = try OpenDatabases.shared.database(for: workspace.root)
        for statement in setup { _ = try database.execute(statement) }
        return CheckContext(world: try World(workspace: workspace.root, clock: ManualClock()), submitted: submitted,
                            workspaceRoot: workspace.root)
    }

    func check(_ kind: CheckKind) -> CheckSpec { CheckSpec(id: "c", kind: kind, expectation: "e", points: 1) }

    @Test func tableDesignsAreComparedAttributeByAttribute() throws {
        let context = try self.context(setup: [
            "create table f (id bigint, d integer, amount decimal(12,2)) diststyle even sortkey (id)",
            "insert into f values (1, 20250101, 3.50)",
        ])
        let wanted = TableExpectation(name: "f", columns: [("id", "bigint"), ("d", "integer"), ("amount", "numeric(12,2)")],
                                      distStyle: "key", distKey: "id", sortKey: ["d"], minimumRows: 2)
        #expect(CheckEvaluator.evaluate(check(.table(wanted)), in: context).found
                == "table f: DISTSTYLE is EVEN; it has no DISTKEY; SORTKEY is (id); it holds 1 row(s)")
        let columnsOnly = TableExpectation(name: "f", columns: [("id", "bigint"), ("d", "integer"), ("amount", "numeric(12,2)")])
        #expect(CheckEvaluator.evaluate(check(.table(columnsOnly)), in: context).passed)
        let wrongType = TableExpectation(name: "f", columns: [("id", "integer")])
        #expect(CheckEvaluator.evaluate(check(.table(wrongType)), in: context).found
                == "table f: columns are (id bigint, d integer, amount numeric(12,2))")
        #expect(CheckEvaluator.evaluate(check(.table(TableExpectation(name: "nope"))), in: context).found == "there is no table nope")
    }

    @Test func sqlChecksAssertOnTheFirstValue() throws {
        let context = try self.context(setup: ["create table t (n integer)", "insert into t values (1), (2), (3)"])
        #expect(CheckEvaluator.evaluate(check(.sql(query: "select count(*) from t", test: .equals("3"))), in: context).passed)
        #expect(CheckEvaluator.evaluate(check(.sql(query: "select sum(n) from t", test: .atLeast(7))), in: context)
                == .init(passed: false, found: "the query returned 6"))
        #expect(CheckEvaluator.evaluate(check(.sql(query: "select x from t", test: .equals("1"))), in: context).found
                == "the query failed: column \"x\" does not exist")
    }

    @Test func handedInQueriesAreComparedWithTheReferenceOnTheLearnersData() throws {
        let setup = ["create table s (region varchar(10), amount integer)",
                     "insert into s values ('east', 10), ('west', 5), ('east', 1)"]
        let reference = "select region, sum(amount) from s group by region order by 2 desc"
        func outcome(_ query: String?, ordered: Bool) throws -> CheckEvaluator.Outcome {
            var rules = AnswerRules()
            rules.ordered = ordered
            return CheckEvaluator.evaluate(check(.query(reference: reference, rules: rules)),
                                           in: try self.context(submitted: query, setup: []))
        }
        _ = try context(setup: setup)
        #expect(try outcome("select region, sum(amount) as total from s group by 1 order by total desc", ordered: true).passed)
        #expect(try outcome("select region, sum(amount) from s group by region order by 1", ordered: false).passed)
        #expect(try outcome("select region, sum(amount) from s group by region order by 2", ordered: true).found
                == "the right rows, but not in the order the step asks for")
        #expect(try outcome("select region from s group by region", ordered: false).found
                == "your query returns 1 column(s); the expected answer has 2")
        #expect(try outcome("select region, count(*) from s group by region", ordered: false).found
                == "some rows differ from the expected answer")
        #expect(try outcome(nil, ordered: false).found.hasPrefix("no query handed in yet"))
        #expect(try outcome("delete from s", ordered: false).found == "hand in exactly one SELECT statement")
        #expect(try outcome("selec 1", ordered: false).found.hasPrefix("your query failed: syntax error"))
    }

    @Test func answerRulesAllowToleranceAndColumnOrderAndDemandConstructs() throws {
        _ = try context(setup: ["create table m (k varchar(5), v decimal(10,4))", "insert into m values ('a', 1.0000), ('b', 2.5000)"])
        func outcome(_ query: String, _ configure: (inout AnswerRules) -> Void) throws -> CheckEvaluator.Outcome {
            var rules = AnswerRules()
            configure(&rules)
            return CheckEvaluator.evaluate(check(.query(reference: "select k, v from m", rules: rules)),
                                           in: try self.context(submitted: query, setup: []))
        }
        #expect(try outcome("select k, v + 0.004 from m") { $0.tolerance = 0.01 }.passed)
        #expect(!(try outcome("select k, v + 0.004 from m") { _ in }).passed)
        #expect(try outcome("select v, k from m") { $0.anyColumnOrder = true }.passed)
        #expect(!(try outcome("select v, k from m") { _ in }).passed)
        #expect(try outcome("select * from m") { $0.forbids = [.selectStar] }.found
                == "your query uses select *, which the step rules out")
        #expect(try outcome("select k, v from m") { $0.requires = [.windowFunction] }.found
                == "your query does not use window function, which the step asks for")
        #expect(try outcome("select k, sum(v) over (partition by k) from m") { $0.requires = [.windowFunction] }.passed)
    }

    @Test func sortKeyStylesAndEncodingsAreChecked() throws {
        let context = try self.context(setup: [
            "create table e (d date encode az64, s varchar(10) encode bytedict, n integer) interleaved sortkey (d, s)",
        ])
        var wanted = TableExpectation(name: "e")
        wanted.sortKeyStyle = "compound"
        wanted.encodings = [("d", "az64"), ("s", "lzo"), ("n", "az64")]
        #expect(CheckEvaluator.evaluate(check(.table(wanted)), in: context).found
                == "table e: the sort key is interleaved; s is ENCODE bytedict; n is without an ENCODE")
        wanted.sortKeyStyle = "interleaved"
        wanted.encodings = [("d", "AZ64"), ("s", "bytedict")]
        #expect(CheckEvaluator.evaluate(check(.table(wanted)), in: context).passed)
    }
}
