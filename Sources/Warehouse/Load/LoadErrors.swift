/// Redshift's errors for loads, with the DETAIL block psql shows for errors raised while
/// reading S3 (reference 6.2 and 6.9).
enum LoadErrors {
    /// An ERROR whose DETAIL is Redshift's dashed block.
    static func withDetail(_ message: String, code: Int32, context: String, query: Int32, location: String,
                           session: Int32) -> SQLError {
        let rule = "  -----------------------------------------------"
        let detail = ["", rule, "  error:  \(message)", "  code:      \(code)", "  context:   \(context)",
                      "  query:     \(query)", "  location:  \(location)", "  process:   padbmaster [pid=\(session)]", rule]
            .joined(separator: "\n")
        return SQLError(SQLState.internalError, message, detail: detail)
    }

    static func noSuchKey(_ location: S3Location, query: Int32, session: Int32) -> SQLError {
        withDetail("S3ServiceException:The specified key does not exist.,Status 404,Error NoSuchKey", code: 8001,
                   context: "S3 key being read : \(location)", query: query, location: "s3_utility.cpp:668", session: session)
    }

    static func noSuchPrefix(_ location: S3Location, query: Int32, session: Int32) -> SQLError {
        withDetail("The specified S3 prefix '\(location.key)' does not exist", code: 8001, context: "",
                   query: query, location: "s3_utility.cpp:568", session: session)
    }

    static func manifest(_ problem: String, _ location: S3Location, query: Int32, session: Int32) -> SQLError {
        withDetail("Problem reading manifest file - \(problem)", code: 8001, context: "\(location)", query: query,
                   location: "s3_utility.cpp:375", session: session)
    }

    static func failed(_ table: String, first: LoadErrorRecord, session: Int32) -> SQLError {
        withDetail("Load into table '\(table)' failed.  Check 'stl_load_errors' system table for details.",
                   code: first.errorCode, context: first.reason, query: first.query,
                   location: "load_error.cpp:21", session: session)
    }
}
