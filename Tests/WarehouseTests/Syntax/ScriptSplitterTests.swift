import Testing
@testable import Warehouse

struct ScriptSplitterTests {
    private func texts(_ script: String) -> [String] { ScriptSplitter.split(script).map(\.text) }

    @Test func splitsOnSemicolonsOutsideQuotesCommentsAndParentheses() {
        let script = """
            select ';' as a; -- comment; here
            select "x;y" from t /* ; */ ;
            select $$;$$, $t$ ; $t$;;
            copy t from 's3://b' iam_role default; unload ('select 1; ') to 's3://b/'
            """
        #expect(texts(script) == [
            "select ';' as a",
            #"select "x;y" from t"#,
            "select $$;$$, $t$ ; $t$",
            "copy t from 's3://b' iam_role default",
            "unload ('select 1; ') to 's3://b/'",
        ])
    }

    @Test func parenthesesKeepASemicolonInside() {
        #expect(texts("select (1; 2); select 3") == ["select (1; 2)", "select 3"])
    }

    @Test func piecesKnowWhereTheyStart() {
        let pieces = ScriptSplitter.split("select 'é';\n  select 2;")
        #expect(pieces.map(\.location.byteOffset) == [0, 15])
        #expect(pieces.map(\.location.position) == [1, 15])
    }

    @Test func anUnterminatedQuoteTakesTheRestOfTheScript() {
        let script = "select 1; select 'abc; select 2"
        #expect(texts(script) == ["select 1", "select 'abc; select 2"])
        let pieces = ScriptSplitter.split("select 1;  'abc; x")
        #expect(pieces.last?.text == "'abc; x")
        #expect(pieces.last?.location.position == 12)
    }

    @Test func emptyScriptsHaveNoStatements() {
        #expect(texts("  ;; -- only a comment\n").isEmpty)
    }

    @Test func eachPieceParsesOnItsOwn() throws {
        let script = SQLCorpus.utility.prefix(20).joined(separator: ";\n")
        let pieces = ScriptSplitter.split(script)
        #expect(pieces.count == 20)
        for piece in pieces { #expect(try Parser.parse(piece.text).count == 1) }
    }
}
