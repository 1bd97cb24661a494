/// STL_LOAD_ERRORS: one row per rejected row of every COPY, with Redshift's columns and types
/// (blank-padded CHAR columns, so learners `trim()` them as on a real cluster).
struct STLLoadErrors: SystemRelation {
    let name = "stl_load_errors"
    let columns = [
        SystemColumn("userid", .integer), SystemColumn("slice", .integer), SystemColumn("tbl", .integer),
        SystemColumn("starttime", .timestamp), SystemColumn("session", .integer), SystemColumn("query", .integer),
        SystemColumn("filename", .char(length: 256)), SystemColumn("line_number", .bigint),
        SystemColumn("colname", .char(length: 127)), SystemColumn("type", .char(length: 10)),
        SystemColumn("col_length", .char(length: 10)), SystemColumn("position", .integer),
        SystemColumn("raw_line", .char(length: 1024)), SystemColumn("raw_field_value", .char(length: 1024)),
        SystemColumn("err_code", .integer), SystemColumn("err_reason", .char(length: 100)),
        SystemColumn("is_partial", .integer), SystemColumn("start_offset", .bigint), SystemColumn("copy_job_id", .bigint),
    ]

    func rows(in state: SystemState) throws -> [ColumnVector] {
        try SystemRelations.vectors(columns, state.loads.errors.map { error in
            [.integer(error.userID), .integer(error.slice), .integer(error.tableID), .timestamp(error.startTime),
             .integer(error.session), .integer(error.query), .string(CharColumn.fit(error.filename, 256)),
             .bigint(error.lineNumber), .string(CharColumn.fit(error.columnName, 127)), .string(CharColumn.fit(error.type, 10)),
             .string(CharColumn.fit(error.columnLength, 10)), .integer(error.position),
             .string(CharColumn.fit(error.rawLine, 1024)), .string(CharColumn.fit(error.rawFieldValue, 1024)),
             .integer(error.errorCode), .string(CharColumn.fit(error.reason, 100)), .integer(0), .bigint(0), .bigint(0)]
        })
    }
}

/// STL_LOAD_COMMITS: one row per file each COPY committed.
struct STLLoadCommits: SystemRelation {
    let name = "stl_load_commits"
    let columns = [
        SystemColumn("userid", .integer), SystemColumn("query", .integer), SystemColumn("slice", .integer),
        SystemColumn("name", .char(length: 256)), SystemColumn("filename", .char(length: 256)),
        SystemColumn("byte_offset", .integer), SystemColumn("lines_scanned", .integer), SystemColumn("errors", .integer),
        SystemColumn("curtime", .timestamp), SystemColumn("status", .integer), SystemColumn("file_format", .char(length: 16)),
        SystemColumn("is_partial", .integer), SystemColumn("start_offset", .bigint), SystemColumn("copy_job_id", .bigint),
    ]

    func rows(in state: SystemState) throws -> [ColumnVector] {
        try SystemRelations.vectors(columns, state.loads.commits.map { commit in
            [.integer(commit.userID), .integer(commit.query), .integer(commit.slice), .string(CharColumn.fit(commit.name, 256)),
             .string(CharColumn.fit(commit.filename, 256)), .integer(commit.byteOffset), .integer(commit.linesScanned),
             .integer(commit.errors), .timestamp(commit.currentTime), .integer(commit.status),
             .string(CharColumn.fit(commit.fileFormat, 16)), .integer(0), .bigint(0), .bigint(0)]
        })
    }
}

/// Text for a system table's CHAR(n) column: CHAR holds single-byte characters only, so each
/// multibyte character shows as `.` (as STL_LOAD_ERRORS shows them), and the text is cut to n.
enum CharColumn {
    static func fit(_ text: String, _ length: Int) -> String {
        var result = ""
        for scalar in text.unicodeScalars.prefix(length) {
            result.unicodeScalars.append(scalar.isASCII ? scalar : ".")
        }
        return result
    }
}
