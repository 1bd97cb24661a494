import Testing
@testable import Warehouse

@Suite struct CopyTests {
    let role = CopyFixture.role

    @Test func delimitedDefaultPipeLoadsTypedRowsAndReportsInfo() throws {
        let fx = try CopyFixture("create table t (id int, name varchar(10), price decimal(8,2), day date, ok boolean)")
        fx.store.put("s3://b/data/t.txt", "1|ann|12.50|2024-01-31|t\n2|bob|3.999|2024-02-29|f\n")
        let result = try fx.run("copy t from 's3://b/data/t.txt' \(role)")
        #expect(result.commandTag == "COPY")
        #expect(result.notices == [Notice(severity: "INFO", "Load into table 't' completed, 2 record(s) loaded successfully.")])
        #expect(try fx.rows("select * from t order by id") == [["1", "ann", "12.50", "2024-01-31", "t"],
                                                               ["2", "bob", "3.99", "2024-02-29", "f"]])
        #expect(try fx.rows("select pg_last_copy_count(), pg_last_copy_id() > 0") == [["2", "t"]])
    }

    @Test func prefixMatchesStrayFilesLikeRedshift() throws {
        let fx = try CopyFixture("create table t (id int)")
        fx.store.put("s3://b/part", "1\n")
        fx.store.put("s3://b/part1", "2\n")
        fx.store.put("s3://b/part10", "3\n")
        fx.store.put("s3://b/part_old", "4\n")
        fx.store.put("s3://b/other", "5\n")
        try fx.run("copy t from 's3://b/part' \(role)")
        #expect(try fx.rows("select id from t order by id") == [["1"], ["2"], ["3"], ["4"]])
        #expect(try fx.rows("select count(*) from stl_load_commits where query = pg_last_copy_id()") == [["4"]])
    }

    @Test func missingPrefixAndUnknownSource() throws {
        let fx = try CopyFixture("create table t (id int)")
        #expect(fx.failure("copy t from 's3://b/nothing' \(role)") == "The specified S3 prefix 'nothing' does not exist")
        #expect(fx.failure("copy t from '/tmp/file' \(role)").contains("not supported by this engine yet"))
    }

    @Test func authorizationMustBeExactlyOneForm() throws {
        let fx = try CopyFixture("create table t (id int)")
        fx.store.put("s3://b/x", "1\n")
        #expect(fx.failure("copy t from 's3://b/x'").hasPrefix("Missing authorization"))
        #expect(fx.failure("copy t from 's3://b/x' \(role) credentials 'aws_iam_role=arn:aws:iam::1:role/r'")
            == "IAM_ROLE cannot be used with CREDENTIALS, ACCESS_KEY_ID, SECRET_ACCESS_KEY or SESSION_TOKEN")
        #expect(fx.failure("copy t from 's3://b/x' credentials 'aws_access_key_id=AK'").hasPrefix("Invalid credentials. Must be of the format"))
        #expect(fx.failure("copy t from 's3://b/x' credentials 'aws_iam_role=arn:aws:iam::123456789012:role/loader'") == "")
        #expect(try fx.rows("select count(*) from t") == [["1"]])
    }

    @Test func deniedRoleLoadsNothing() throws {
        let fx = try CopyFixture("create table t (id int)")
        fx.store.put("s3://b/x", "1\n")
        try fx.run("insert into t values (7)")
        #expect(fx.failure("copy t from 's3://b/x' iam_role 'arn:aws:iam::123456789012:role/other'").contains("is not authorized to assume IAM Role"))
        #expect(try fx.rows("select id from t") == [["7"]])
        #expect(fx.store.reads == 0)
    }

    @Test func manifestMandatoryAndOptionalEntries() throws {
        let fx = try CopyFixture("create table t (id int)")
        fx.store.put("s3://b/a.txt", "1\n")
        fx.store.put("s3://c/b.txt", "2\n")
        fx.store.put("s3://b/m.json", #"{"entries": [{"url":"s3://b/a.txt","mandatory":true}, {"url":"s3://c/b.txt"}, {"url":"s3://b/gone","mandatory":false}, {"url":"s3://b/a.txt"}]}"#)
        try fx.run("copy t from 's3://b/m.json' \(role) manifest")
        #expect(try fx.rows("select id from t order by id") == [["1"], ["1"], ["2"]])
        fx.store.put("s3://b/m2.json", #"{"entries": [{"url":"s3://b/a.txt"}, {"url":"s3://b/gone","mandatory":true}]}"#)
        #expect(fx.failure("copy t from 's3://b/m2.json' \(role) manifest")
            == "S3ServiceException:The specified key does not exist.,Status 404,Error NoSuchKey")
        #expect(fx.failure("copy t from 's3://b/none.json' \(role) manifest").hasPrefix("Problem reading manifest file - S3ServiceException"))
        fx.store.put("s3://b/bad.json", "{entries")
        #expect(fx.failure("copy t from 's3://b/bad.json' \(role) manifest").hasPrefix("Problem reading manifest file"))
        #expect(try fx.rows("select count(*) from t") == [["3"]])
    }

    @Test func csvQuotingHeaderAndQuoteAs() throws {
        let fx = try CopyFixture("create table t (id int, note varchar(30))")
        fx.store.put("s3://b/a.csv", "id,note\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,\n")
        try fx.run("copy t from 's3://b/a.csv' \(role) csv ignoreheader 1")
        #expect(try fx.rows("select id, note from t order by id") == [["1", "a, b"], ["2", "say \"hi\""], ["3", "two\nlines"], ["4", ""]])
        let fy = try CopyFixture("create table t (id int, note varchar(30))")
        fy.store.put("s3://b/a.csv", "1;%x;y%\n")
        try fy.run("copy t from 's3://b/a.csv' \(role) csv quote as '%' delimiter ';'")
        #expect(try fy.rows("select note from t") == [["x;y"]])
        fy.store.put("s3://b/bad.csv", "1;%x%y\n")
        #expect(fy.failure("copy t from 's3://b/bad.csv' \(role) csv quote '%' delimiter ';'").hasPrefix("Load into table 't' failed."))
        #expect(try fy.rows("select trim(err_reason), err_code from stl_load_errors") == [["Invalid quote formatting for CSV", "1214"]])
    }

    @Test func csvWithRemoveQuotesOrEscapeIsRefused() throws {
        let fx = try CopyFixture("create table t (id int)")
        #expect(fx.failure("copy t from 's3://b/x' \(role) csv removequotes") == "CSV cannot be used with REMOVEQUOTES")
        #expect(fx.failure("copy t from 's3://b/x' \(role) csv escape") == "CSV cannot be used with ESCAPE")
        #expect(fx.failure("copy t from 's3://b/x' \(role) json 'auto' delimiter ','") == "JSON cannot be used with DELIMITER")
        #expect(fx.failure("copy t from 's3://b/x' \(role) fixedwidth 'a:1' delimiter ','") == "FIXEDWIDTH cannot be used with DELIMITER")
        #expect(fx.failure("copy t from 's3://b/x' \(role) gzip gzip") == "conflicting or redundant options")
        #expect(fx.failure("copy t from 's3://b/x' \(role) zstd").contains("ZSTD is not supported"))
        #expect(fx.failure("copy t from 's3://b/x' \(role) delimiter 'ab'") == "DELIMITER must be a single ASCII character")
        #expect(fx.failure("copy t from 's3://b/x' \(role) maxerror 100001").hasPrefix("MAXERROR argument must be an integer"))
    }

    @Test func delimiterEscapeRemoveQuotesAndNullAs() throws {
        let fx = try CopyFixture("create table t (a varchar(20), b varchar(20))")
        fx.store.put("s3://b/e.txt", "x\\,y,z\\\\\nline\\\nbreak,\\N\n")
        try fx.run("copy t from 's3://b/e.txt' \(role) delimiter ',' escape")
        #expect(try fx.rows("select a, b from t order by a") == [["line\nbreak", "NULL"], ["x,y", "z\\"]])
        let fy = try CopyFixture("create table t (a varchar(20), b varchar(20))")
        fy.store.put("s3://b/q.txt", "\"a|b\"|\"c\"\n\\N|nil\n")
        try fy.run("copy t from 's3://b/q.txt' \(role) removequotes null as 'nil'")
        #expect(try fy.rows("select a, b from t order by a") == [["\\N", "NULL"], ["a|b", "c"]])
        fy.store.put("s3://b/unmatched.txt", "\"abc|d\n")
        #expect(fy.failure("copy t from 's3://b/unmatched.txt' \(role) removequotes").hasPrefix("Load into table 't' failed."))
    }

    /// Fields wholly in quotes are read in place; any other quoting takes the general reader.
    @Test func removeQuotesReadsEveryQuotingTheSameWay() throws {
        let fx = try CopyFixture("create table t (a varchar(20), b varchar(20))")
        fx.store.put("s3://b/q.txt", "\"ab\"cd|\"x\"\n\"q\"|\"nil\"\r\ne\"f|g\n\"\"|h")
        try fx.run("copy t from 's3://b/q.txt' \(role) removequotes null as 'nil'")
        #expect(try fx.rows("select a, b from t order by a") == [["", "h"], ["abcd", "x"], ["e\"f", "g"], ["q", "nil"]])
    }

    @Test func emptyAndBlankAsNullAndDefaultNull() throws {
        let fx = try CopyFixture("create table t (id int, a varchar(5), b varchar(5))")
        fx.store.put("s3://b/n.txt", "1||  \n|\\N|x\n")
        try fx.run("copy t from 's3://b/n.txt' \(role)")
        #expect(try fx.rows("select id, a, b from t order by b") == [["1", "", "  "], ["NULL", "NULL", "x"]])
        try fx.run("truncate t")
        try fx.run("copy t from 's3://b/n.txt' \(role) emptyasnull blanksasnull")
        #expect(try fx.rows("select id, a, b from t order by id") == [["1", "NULL", "NULL"], ["NULL", "NULL", "x"]])
    }

    @Test func fixedWidthAndFillRecord() throws {
        let fx = try CopyFixture("create table t (id int, name varchar(10), city varchar(10))")
        fx.store.put("s3://b/f.txt", "001ann  oslo \n002béa  rome \n003cy\n")
        #expect(fx.failure("copy t from 's3://b/f.txt' \(role) fixedwidth 'id:3,name:5,city:5'").hasPrefix("Load into table"))
        try fx.run("copy t from 's3://b/f.txt' \(role) fixedwidth 'id:3,name:5,city:5' fillrecord")
        #expect(try fx.rows("select id, name, city from t order by id") == [["1", "ann  ", "oslo "], ["2", "béa  ", "rome "], ["3", "cy", ""]])
        #expect(fx.failure("copy t from 's3://b/f.txt' \(role) fixedwidth 'id:x'").hasPrefix("Invalid FIXEDWIDTH specification"))
    }

    @Test func jsonAutoIgnoreCaseAndPaths() throws {
        let fx = try CopyFixture("create table t (id int, name varchar(20), tags varchar(50))")
        fx.store.put("s3://b/j/1.json", #"{"id": 1, "name": "ann", "tags": ["a", "b"]} {"id": 2, "Name": "bob", "extra": true}"# + "\n{\"id\": null, \"name\": \"\"}")
        try fx.run("copy t from 's3://b/j/' \(role) json 'auto'")
        #expect(try fx.rows("select id, name, tags from t order by id") == [["1", "ann", "[\"a\", \"b\"]"], ["2", "NULL", "NULL"], ["NULL", "", "NULL"]])
        try fx.run("truncate t")
        try fx.run("copy t from 's3://b/j/' \(role) format as json 'auto ignorecase'")
        #expect(try fx.rows("select name from t where id = 2") == [["bob"]])
        fx.store.put("s3://b/paths.json", #"{"jsonpaths": ["$.k.id", "$['who']", "$.list[1]"]}"#)
        fx.store.put("s3://b/p/1.json", #"{"k": {"id": 9}, "who": "zed", "list": [1, "two"]}"#)
        try fx.run("truncate t")
        try fx.run("copy t from 's3://b/p/' \(role) json 's3://b/paths.json'")
        #expect(try fx.rows("select id, name, tags from t") == [["9", "zed", "two"]])
        fx.store.put("s3://b/p/2.json", #"{"k": {"id": 8}, "who": "amy", "list": [1]}"#)
        try fx.run("truncate t")
        try fx.run("copy t from 's3://b/p/' \(role) json 's3://b/paths.json' maxerror 2")
        #expect(try fx.rows("select trim(err_reason) from stl_load_errors where query = pg_last_copy_id()")
            == [["Invalid JSONPath format: Not an array or index out of range."]])
        fx.store.objects["b"]?["p/2.json"] = nil
        fx.store.put("s3://b/short.json", #"{"jsonpaths": ["$.a"]}"#)
        #expect(fx.failure("copy t from 's3://b/p/' \(role) json 's3://b/short.json'")
            == "Number of jsonpaths and the number of columns should match. JSONPath size: 1, Number of columns in table or column list: 3")
        fx.store.put("s3://b/bad/1.json", "{\"id\": 1,}\n{\"id\": 3}\n")
        try fx.run("truncate t")
        try fx.run("copy t from 's3://b/bad/' \(role) json 'auto' maxerror 5")
        #expect(try fx.rows("select id from t") == [["3"]])
        #expect(try fx.rows("select err_code, line_number from stl_load_errors where query = pg_last_copy_id()") == [["1224", "1"]])
    }

    @Test func datesAndTimesInEveryFormat() throws {
        let fx = try CopyFixture("create table t (d date, ts timestamp)")
        fx.store.put("s3://b/d1", "2024-03-01|2024-03-01 10:20:30.5\n")
        try fx.run("copy t from 's3://b/d1' \(role)")
        fx.store.put("s3://b/d2", "03/02/2024|1709374830\n")
        try fx.run("copy t from 's3://b/d2' \(role) dateformat 'MM/DD/YYYY' timeformat 'epochsecs'")
        fx.store.put("s3://b/d3", "March 3, 2024 11:00|2024-03-03T10:20:30Z\n")
        try fx.run("copy t from 's3://b/d3' \(role) dateformat 'auto' timeformat 'auto'")
        #expect(try fx.rows("select d, ts from t order by d") == [
            ["2024-03-01", "2024-03-01 10:20:30.5"], ["2024-03-02", "2024-03-02 10:20:30"], ["2024-03-03", "2024-03-03 10:20:30"]])
        fx.store.put("s3://b/bad", "2024-02-30|2024-01-01 00:00:00\n00/00/00|x\n")
        #expect(fx.failure("copy t from 's3://b/bad' \(role) maxerror 1").hasPrefix("Load into table 't' failed."))
        #expect(try fx.rows("select err_code, trim(err_reason) from stl_load_errors order by line_number limit 1")
            == [["1205", "Invalid date format - Invalid digit encountered"]])
        try fx.run("copy t from 's3://b/bad' \(role) acceptanydate")
        #expect(try fx.rows("select count(*) from t where d is null") == [["2"]])
        #expect(fx.failure("copy t from 's3://b/bad' \(role) dateformat 'epochsecs'") == "Invalid DATEFORMAT format 'epochsecs'")
    }

    @Test func truncateColumnsAcceptInvCharsAndUTF8Errors() throws {
        let fx = try CopyFixture("create table t (a varchar(4), c char(3))")
        fx.store.put("s3://b/s", "abcdefg|xy\n")
        #expect(fx.failure("copy t from 's3://b/s' \(role)").hasPrefix("Load into table"))
        #expect(try fx.rows("select trim(colname), trim(type), trim(col_length), err_code, trim(err_reason) from stl_load_errors")
            == [["a", "varchar", "4", "1204", "String length exceeds DDL length"]])
        try fx.run("copy t from 's3://b/s' \(role) truncatecolumns")
        #expect(try fx.rows("select a, c from t") == [["abcd", "xy "]])
        fx.store.put("s3://b/u", [0x61, 0xFF, 0x62, 0x7C, 0x78, 0x0A])
        #expect(fx.failure("copy t from 's3://b/u' \(role)").hasPrefix("Load into table"))
        #expect(try fx.rows("select err_code, trim(err_reason) from stl_load_errors where query = pg_last_copy_id()")
            == [["1220", "String contains invalid or unsupported UTF8 codepoints. Bad UTF8 hex sequence: ff (error 3)"]])
        try fx.run("copy t from 's3://b/u' \(role) acceptinvchars as '^'")
        #expect(try fx.rows("select a from t where c = 'x'") == [["a^b"]])
        fx.store.put("s3://b/m", "ok|é\n")
        #expect(fx.failure("copy t from 's3://b/m' \(role)").hasPrefix("Load into table"))
        #expect(try fx.rows("select err_code from stl_load_errors where query = pg_last_copy_id()") == [["1220"]])
    }

    @Test func trimBlanksCharPaddingAndMultibyteText() throws {
        let fx = try CopyFixture("create table t (id int, v varchar(6), c char(4))")
        fx.store.put("s3://b/s", "1|ab  \t|x\n2|héllo|yz\n3|abcdef   |abcd  \n")
        try fx.run("copy t from 's3://b/s' \(role)")
        #expect(try fx.rows("select id, '[' || v || ']', octet_length(v), '[' || c || ']' from t order by id")
            == [["1", "[ab  \t]", "5", "[x]"], ["2", "[héllo]", "6", "[yz]"], ["3", "[abcdef]", "6", "[abcd]"]])
        #expect(try fx.rows("select octet_length(c::varchar(10)) from t where id = 1") == [["1"]])
        try fx.run("truncate t")
        try fx.run("copy t from 's3://b/s' \(role) trimblanks")
        #expect(try fx.rows("select id, '[' || v || ']', octet_length(v) from t order by id")
            == [["1", "[ab]", "2"], ["2", "[héllo]", "6"], ["3", "[abcdef]", "6"]])
        fx.store.put("s3://b/long", "4|abcdefg|x\n")
        #expect(fx.failure("copy t from 's3://b/long' \(role) trimblanks").hasPrefix("Load into table"))
        #expect(try fx.rows("select trim(err_reason) from stl_load_errors where query = pg_last_copy_id()")
            == [["String length exceeds DDL length"]])
    }

    @Test func maxErrorToleratesUpToTheLimit() throws {
        let fx = try CopyFixture("create table t (id int)")
        fx.store.put("s3://b/m", "1\nx\n2\ny\n3\n")
        #expect(fx.failure("copy t from 's3://b/m' \(role)") == "Load into table 't' failed.  Check 'stl_load_errors' system table for details.")
        #expect(try fx.rows("select count(*) from t") == [["0"]])
        #expect(fx.failure("copy t from 's3://b/m' \(role) maxerror 2").hasPrefix("Load into table 't' failed."))
        let result = try fx.run("copy t from 's3://b/m' \(role) maxerror 3")
        #expect(result.notices.map(\.message) == ["Load into table 't' completed, 3 record(s) loaded successfully.",
            "Load into table 't' completed, 2 record(s) could not be loaded.  Check 'stl_load_errors' system table for details."])
        #expect(try fx.rows("select id from t order by id") == [["1"], ["2"], ["3"]])
        #expect(try fx.rows("select pg_last_copy_count()") == [["3"]])
    }

    @Test func stlLoadErrorsColumnByColumn() throws {
        let fx = try CopyFixture("create table sales (id int not null, qty smallint, price numeric(6,2))")
        fx.store.put("s3://b/s.txt", "1|2|3.5\n2|abc|1.00\n")
        _ = fx.failure("copy sales from 's3://b/s.txt' \(role)")
        let result = try fx.run("select * from stl_load_errors order by starttime desc")
        #expect(result.columns.map(\.name) == ["userid", "slice", "tbl", "starttime", "session", "query", "filename", "line_number",
            "colname", "type", "col_length", "position", "raw_line", "raw_field_value", "err_code", "err_reason",
            "is_partial", "start_offset", "copy_job_id"])
        #expect(result.columns[6].type == .char(length: 256))
        let row = try #require(result.rows.first)
        #expect(row[0] == .integer(100))
        #expect(row[1] == .integer(0))
        #expect(row[2] == .integer(SystemRelations.tableID(schema: "public", name: "sales")))
        #expect(row[5] == .integer(try #require(fx.rows("select pg_last_copy_id()").first.flatMap { Int32($0[0]) })))
        #expect(row[6].text.trimmingCharacters(in: .whitespaces) == "s3://b/s.txt")
        #expect(row[6].text.count == 256)
        #expect(row[7] == .bigint(2))
        #expect(row[8].text.trimmingCharacters(in: .whitespaces) == "qty")
        #expect(row[9].text.trimmingCharacters(in: .whitespaces) == "int2")
        #expect(row[10].text.trimmingCharacters(in: .whitespaces) == "0")
        #expect(row[11] == .integer(0))
        #expect(row[12].text.trimmingCharacters(in: .whitespaces) == "2|abc|1.00")
        #expect(row[13].text.trimmingCharacters(in: .whitespaces) == "abc")
        #expect(row[14] == .integer(1207))
        #expect(row[15].text.trimmingCharacters(in: .whitespaces) == "Invalid digit, Value 'a', Pos 0, Type: Short")
        #expect(Array(row[16...]) == [.integer(0), .bigint(0), .bigint(0)])
        #expect(try fx.rows("select count(*) from pg_catalog.stl_load_errors where tbl > 0") == [["1"]])
        #expect(try fx.rows("select count(*) from sales") == [["0"]])
    }

    @Test func aDecimalsSecondPointIsTheInvalidDigit() throws {
        let fx = try CopyFixture("create table t (price decimal(10,2))")
        fx.store.put("s3://b/p", "150.8.9\n$9.50\n")
        try fx.run("copy t from 's3://b/p' \(role) maxerror 10")
        let errors = try fx.rows("select position, trim(err_reason) from stl_load_errors order by line_number")
        #expect(errors == [["5", "Invalid digit, Value '.', Pos 5, Type: Decimal"], ["0", "Invalid digit, Value '$', Pos 0, Type: Decimal"]],
                "\(errors)")
    }

    @Test func fieldCountErrorsAndNotNull() throws {
        let fx = try CopyFixture("create table t (a int not null, b int)")
        fx.store.put("s3://b/c", "1|2|3\n4\n|5\n6|7\n")
        try fx.run("copy t from 's3://b/c' \(role) maxerror 10")
        #expect(try fx.rows("select a, b from t") == [["6", "7"]])
        #expect(try fx.rows("select err_code, trim(err_reason), line_number from stl_load_errors order by line_number") == [
            ["1202", "Extra column(s) found", "1"], ["1214", "Delimiter not found", "2"], ["1213", "Missing data for not-null field", "3"]])
    }

    @Test func columnListDefaultsIdentityAndExplicitIDs() throws {
        let fx = try CopyFixture("create table t (id bigint identity(1,1), a int, note varchar(10) default 'none')")
        fx.store.put("s3://b/a", "5\n6\n")
        try fx.run("copy t (a) from 's3://b/a' \(role)")
        #expect(try fx.rows("select id, a, note from t order by id") == [["1", "5", "none"], ["2", "6", "none"]])
        fx.store.put("s3://b/ids", "100|7|x\n")
        try fx.run("copy t from 's3://b/ids' \(role) explicit_ids")
        #expect(try fx.rows("select id, note from t where a = 7") == [["100", "x"]])
        #expect(fx.failure("copy t (id, a) from 's3://b/ids' \(role)") == "cannot set an identity column to a value")
        #expect(fx.failure("copy t (zz) from 's3://b/ids' \(role)") == "column \"zz\" of relation \"t\" does not exist")
    }

    @Test func noLoadIgnoreBlankLinesAndOptionsWithoutEffect() throws {
        let fx = try CopyFixture("create table t (a int, b int)")
        fx.store.put("s3://b/x", "1|1\n\n2|2\n")
        #expect(fx.failure("copy t from 's3://b/x' \(role)").hasPrefix("Load into table"))
        let checked = try fx.run("copy t from 's3://b/x' \(role) ignoreblanklines noload")
        #expect(checked.notices.first?.message == "Load into table 't' completed, 0 record(s) loaded successfully.")
        #expect(try fx.rows("select count(*) from t") == [["0"]])
        try fx.run("copy t from 's3://b/x' \(role) ignoreblanklines compupdate off statupdate on region 'us-east-1' comprows 1000")
        #expect(try fx.rows("select count(*) from t") == [["2"]])
    }

    @Test func decimalsTruncateUnlessRoundecAndNumericErrors() throws {
        let fx = try CopyFixture("create table t (d decimal(5,2), f float8)")
        fx.store.put("s3://b/d", "20.259|1.5e3\n")
        try fx.run("copy t from 's3://b/d' \(role)")
        try fx.run("copy t from 's3://b/d' \(role) roundec")
        #expect(try fx.rows("select d, f from t order by d") == [["20.25", "1500"], ["20.26", "1500"]])
        try fx.run("create table wide (d decimal(38,2))")
        fx.store.put("s3://b/w", String(repeating: "9", count: 36) + ".999\n-0.5\n.25\n")
        try fx.run("copy wide from 's3://b/w' \(role)")
        #expect(try fx.rows("select d from wide order by d") == [["-0.50"], ["0.25"], [String(repeating: "9", count: 36) + ".99"]])
        fx.store.put("s3://b/w2", String(repeating: "9", count: 37) + "\n")
        #expect(fx.failure("copy wide from 's3://b/w2' \(role)").hasPrefix("Load into table 'wide' failed."))
        fx.store.put("s3://b/o", "12345.6|x\n")
        _ = fx.failure("copy t from 's3://b/o' \(role)")
        #expect(try fx.rows("select err_code from stl_load_errors where query = pg_last_copy_id()") == [["1204"]])
    }

    @Test func copyInsideTransactionRollsBack() throws {
        let fx = try CopyFixture("create table t (a int)")
        fx.store.put("s3://b/x", "1\n2\n")
        try fx.run("begin")
        try fx.run("copy t from 's3://b/x' \(role)")
        #expect(try fx.rows("select count(*) from t") == [["2"]])
        try fx.run("rollback")
        #expect(try fx.rows("select count(*) from t") == [["0"]])
    }

    @Test func withoutObjectStoreCopyIsRefused() throws {
        let database = Database()
        _ = try database.execute("create table t (a int)")
        #expect(throws: SQLError.self) { try database.execute("copy t from 's3://b/x' \(role)") }
    }
}
