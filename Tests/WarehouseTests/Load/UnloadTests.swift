import Testing
@testable import Warehouse

@Suite struct UnloadTests {
    let role = CopyFixture.role

    func fixture() throws -> CopyFixture {
        let fx = try CopyFixture("create table v (id int, name varchar(20), ok boolean)")
        try fx.run("insert into v values (1, 'a|b', true), (2, null, false), (3, 'say \"hi\"', null), (4, 'd', true), (5, 'e', false)")
        return fx
    }

    func text(_ fx: CopyFixture, _ url: String) -> String? {
        guard let location = S3Location(url), let bytes = fx.store.objects[location.bucket]?[location.key] else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func parallelOnWritesOneFilePerSliceNamedAsRedshift() throws {
        let fx = try fixture()
        let result = try fx.run("unload ('select id, name from v order by id') to 's3://out/venue_' \(role)")
        #expect(result.commandTag == "UNLOAD")
        #expect(result.notices.map(\.message) == ["UNLOAD completed, 5 record(s) unloaded successfully."])
        #expect(fx.store.objects["out"]?.keys.sorted() == ["venue_0000_part_00", "venue_0001_part_00", "venue_0002_part_00", "venue_0003_part_00"])
        let all = (0..<4).compactMap { text(fx, "s3://out/venue_000\($0)_part_00") }.joined()
        #expect(all == "1|a|b\n2|\n3|say \"hi\"\n4|d\n5|e\n")
    }

    @Test func parallelOffCsvHeaderAndNullAs() throws {
        let fx = try fixture()
        try fx.run("unload ('select id, name, ok from v where id <= 3 order by id') to 's3://out/x/' \(role) format as csv header parallel off null as 'NA'")
        #expect(fx.store.objects["out"]?.keys.sorted() == ["x/000"])
        #expect(text(fx, "s3://out/x/000") == "id,name,ok\n1,a|b,t\n2,NA,f\n3,\"say \"\"hi\"\"\",NA\n")
    }

    @Test func jsonLinesAndManifest() throws {
        let fx = try fixture()
        try fx.run("unload ('select id, name, ok from v where id in (2, 3) order by id') to 's3://out/j_' \(role) format json parallel off manifest")
        #expect(text(fx, "s3://out/j_000") == "{\"id\":2,\"name\":null,\"ok\":false}\n{\"id\":3,\"name\":\"say \\\"hi\\\"\",\"ok\":null}\n")
        let length = fx.store.objects["out"]?["j_000"]?.count ?? -1
        #expect(text(fx, "s3://out/j_manifest") == "{\n  \"entries\": [\n    {\"url\":\"s3://out/j_000\",\"meta\":{\"content_length\":\(length)}}\n  ]\n}\n")
    }

    @Test func existingFilesNeedAllowOverwrite() throws {
        let fx = try fixture()
        try fx.run("unload ('select id from v') to 's3://out/p_' \(role) parallel off")
        #expect(fx.failure("unload ('select id from v') to 's3://out/p_' \(role) parallel off").hasPrefix("Specified unload destination on S3 is not empty."))
        try fx.run("unload ('select id from v where id = 1') to 's3://out/p_' \(role) parallel off allowoverwrite")
        #expect(text(fx, "s3://out/p_000") == "1\n")
    }

    @Test func gzipRoundTripsThroughCopy() throws {
        let fx = try fixture()
        try fx.run("unload ('select id, name from v where id in (1, 4)') to 's3://out/g_' \(role) gzip parallel off delimiter ';'")
        #expect(fx.store.objects["out"]?.keys.sorted() == ["g_000.gz"])
        try fx.run("create table back (id int, name varchar(20))")
        try fx.run("copy back from 's3://out/g_' \(role) gzip delimiter ';'")
        #expect(try fx.rows("select id, name from back order by id") == [["1", "a|b"], ["4", "d"]])
    }

    @Test func maxFileSizeStartsNewParts() throws {
        var options = try UnloadOptions(Parser.parse("unload ('select 1') to 's3://b/p' iam_role default parallel off").first.map { statement in
            guard case .unload(let unload) = statement.kind else { return [] }
            return unload.options
        } ?? [])
        options.maxFileSize = 4
        let writer = UnloadWriter(options: options, names: ["n"], types: [.integer], slices: 4)
        let files = try writer.files([[.integer(10)], [.integer(20)], [.integer(30)]], prefix: "p")
        #expect(files.map(\.key) == ["p000", "p001", "p002"])
        #expect(files.map(\.rows) == [1, 1, 1])
    }

    @Test func badUnloadsSayWhy() throws {
        let fx = try fixture()
        #expect(fx.failure("unload ('select id from v') to 's3://out/a' \(role) maxfilesize 1 mb") == "MAXFILESIZE must be between 5 MB and 6.2 GB")
        #expect(fx.failure("unload ('delete from v') to 's3://out/a' \(role)") == "UNLOAD's query must be one SELECT statement")
        #expect(fx.failure("unload ('select id from v') to 's3://out/a' \(role) format json header") == "JSON cannot be used with HEADER")
        #expect(fx.failure("unload ('select id from v') to 's3://out/a' \(role) format parquet").contains("not supported"))
        #expect(fx.failure("unload ('select id from v') to 's3://out/a'").hasPrefix("Missing authorization"))
        #expect(fx.failure("unload ('select nope from v') to 's3://out/a' \(role)") == "column \"nope\" does not exist")
        #expect(fx.store.objects["out"] == nil)
    }
}
