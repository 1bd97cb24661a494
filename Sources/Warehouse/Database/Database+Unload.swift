/// UNLOAD: runs the query and writes its rows to the owner's object store as Redshift names
/// and formats the files, refusing a destination that already holds files unless ALLOWOVERWRITE.
extension Database {
    func runUnload(_ unload: Unload) throws -> StatementResult {
        let options = try UnloadOptions(unload.options)
        guard let destination = S3Location(unload.destination) else {
            throw SQLError(SQLState.invalidParameterValue, "Invalid S3 path '\(unload.destination)': expected s3://bucket/prefix")
        }
        let statements = try Parser.parse(unload.query)
        guard statements.count == 1, case .query(let query) = statements[0].kind else {
            throw SQLError(SQLState.featureNotSupported, "UNLOAD's query must be one SELECT statement")
        }
        let bound = try binder().bindQuery(query)
        let relation = try run(bound.plan)
        guard let store = objectStore else {
            throw SQLError(SQLState.featureNotSupported, "UNLOAD is not supported by this engine yet: this database has no S3 to write to")
        }
        _ = nextQueryID()
        let session = try store.open(options.credentials, region: options.region)
        if !options.allowOverwrite, !(try session.listKeys(bucket: destination.bucket, prefix: destination.key)).isEmpty {
            throw SQLError(SQLState.internalError, "Specified unload destination on S3 is not empty. Consider using a different "
                           + "bucket / prefix, manually removing the target files in S3, or using the ALLOWOVERWRITE option.")
        }
        let rows = relation.batches.flatMap { batch -> [[Datum]] in
            let compact = batch.compacted()
            return (0..<compact.count).map { row in compact.columns.map { $0.datum(at: row) } }
        }
        let writer = UnloadWriter(options: options, names: bound.names, types: relation.types, slices: Self.assumedSliceCount)
        let files = try writer.files(rows, prefix: destination.key)
        for file in files {
            try session.write(bucket: destination.bucket, key: file.key, bytes: file.bytes)
        }
        if options.manifest {
            try session.write(bucket: destination.bucket, key: destination.key + "manifest",
                              bytes: UnloadWriter.manifest(files, bucket: destination.bucket))
        }
        return StatementResult(commandTag: "UNLOAD",
                               notices: [Notice(severity: "INFO", "UNLOAD completed, \(rows.count) record(s) unloaded successfully.")])
    }
}
