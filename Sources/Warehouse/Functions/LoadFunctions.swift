/// Functions whose value is the session's load state: `pg_last_copy_id()` (the query id of the
/// session's last COPY, -1 before any) and `pg_last_copy_count()` (rows it loaded).
enum LoadFunctions {
    static func session(lastCopy: (id: Int32, count: Int64)) -> [ScalarFunction] {
        [
            ScalarFunction(name: "pg_last_copy_id") { types throws(SQLError) in
                types.isEmpty ? .constant(.integer(lastCopy.id), returns: .integer) : nil
            },
            ScalarFunction(name: "pg_last_copy_count") { types throws(SQLError) in
                types.isEmpty ? .constant(.bigint(lastCopy.count), returns: .bigint) : nil
            },
        ]
    }
}
