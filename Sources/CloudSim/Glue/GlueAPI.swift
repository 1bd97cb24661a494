/// `aws glue`: the Data Catalog (databases, tables, partitions), crawlers and ETL jobs, declared
/// as botocore's `glue/2017-03-31/service-2.json` declares them (the members the labs use) with
/// the paginators of its `paginators-1.json`. Glue has no waiters: crawls and job runs move on
/// the world clock (`lab clock advance`).
enum GlueAPI {
    static let service = Service(name: "glue", operations: catalogOperations + crawlerOperations + jobOperations)

    static let catalogOperations: [Operation] = [
        Operation("CreateDatabase", input: [GlueShapes.catalogID, .required("DatabaseInput", GlueShapes.databaseInput)],
                  perform: DatabaseOperations.create),
        Operation("GetDatabase", input: [GlueShapes.catalogID, .required("Name", .string(minLength: 1))],
                  perform: DatabaseOperations.get),
        Operation("GetDatabases", input: [GlueShapes.catalogID] + GluePaging.inputMembers,
                  pagination: GluePaging.pagination("DatabaseList"), perform: DatabaseOperations.list),
        Operation("UpdateDatabase", input: [GlueShapes.catalogID, .required("Name", .string(minLength: 1)),
                                            .required("DatabaseInput", GlueShapes.databaseInput)],
                  perform: DatabaseOperations.update),
        Operation("DeleteDatabase", input: [GlueShapes.catalogID, .required("Name", .string(minLength: 1))],
                  perform: DatabaseOperations.delete),
        Operation("CreateTable", input: [GlueShapes.catalogID, .required("DatabaseName", .string(minLength: 1)),
                                         .optional("TableInput", GlueShapes.tableInput)],
                  perform: TableOperations.create),
        Operation("GetTable", input: [GlueShapes.catalogID, .required("DatabaseName", .string(minLength: 1)),
                                      .required("Name", .string(minLength: 1))],
                  perform: TableOperations.get),
        Operation("GetTables", input: [GlueShapes.catalogID, .required("DatabaseName", .string(minLength: 1)),
                                       .optional("Expression", .string)] + GluePaging.inputMembers,
                  pagination: GluePaging.pagination("TableList"), perform: TableOperations.list),
        Operation("UpdateTable", input: [GlueShapes.catalogID, .required("DatabaseName", .string(minLength: 1)),
                                         .optional("TableInput", GlueShapes.tableInput)],
                  perform: TableOperations.update),
        Operation("DeleteTable", input: [GlueShapes.catalogID, .required("DatabaseName", .string(minLength: 1)),
                                         .required("Name", .string(minLength: 1))],
                  perform: TableOperations.delete),
        Operation("CreatePartition", input: [GlueShapes.catalogID, .required("DatabaseName", .string(minLength: 1)),
                                             .required("TableName", .string(minLength: 1)),
                                             .required("PartitionInput", GlueShapes.partitionInput)],
                  perform: PartitionOperations.create),
        Operation("BatchCreatePartition", input: [GlueShapes.catalogID, .required("DatabaseName", .string(minLength: 1)),
                                                  .required("TableName", .string(minLength: 1)),
                                                  .required("PartitionInputList", .list(GlueShapes.partitionInput))],
                  perform: PartitionOperations.batchCreate),
        Operation("GetPartition", input: [GlueShapes.catalogID, .required("DatabaseName", .string(minLength: 1)),
                                          .required("TableName", .string(minLength: 1)),
                                          .required("PartitionValues", .list(.string))],
                  perform: PartitionOperations.get),
        Operation("GetPartitions", input: [GlueShapes.catalogID, .required("DatabaseName", .string(minLength: 1)),
                                           .required("TableName", .string(minLength: 1))] + GluePaging.inputMembers,
                  pagination: GluePaging.pagination("Partitions"), perform: PartitionOperations.list),
        Operation("DeletePartition", input: [GlueShapes.catalogID, .required("DatabaseName", .string(minLength: 1)),
                                             .required("TableName", .string(minLength: 1)),
                                             .required("PartitionValues", .list(.string))],
                  perform: PartitionOperations.delete),
    ]

    static let s3Target = Shape.structure([.optional("Path", .string), .optional("Exclusions", .list(.string))])

    static let crawlerMembers: [ShapeMember] = [
        .optional("DatabaseName", .string),
        .optional("Description", .string),
        .optional("Targets", .structure([.optional("S3Targets", .list(s3Target))])),
        .optional("TablePrefix", .string),
        .optional("SchemaChangePolicy", .structure([.optional("UpdateBehavior", .string), .optional("DeleteBehavior", .string)])),
    ]

    static let crawlerOperations: [Operation] = [
        Operation("CreateCrawler", input: [.required("Name", .string(minLength: 1)), .required("Role", .string)]
                  + crawlerMembers.map { $0.name == "Targets" ? .required("Targets", $0.shape) : $0 },
                  perform: CrawlerOperations.create),
        Operation("GetCrawler", input: [.required("Name", .string(minLength: 1))], perform: CrawlerOperations.get),
        Operation("GetCrawlers", input: GluePaging.inputMembers, pagination: GluePaging.pagination("Crawlers"),
                  perform: CrawlerOperations.list),
        Operation("UpdateCrawler", input: [.required("Name", .string(minLength: 1)), .optional("Role", .string)] + crawlerMembers,
                  perform: CrawlerOperations.update),
        Operation("DeleteCrawler", input: [.required("Name", .string(minLength: 1))], perform: CrawlerOperations.delete),
        Operation("StartCrawler", input: [.required("Name", .string(minLength: 1))], perform: CrawlerOperations.start),
        Operation("StopCrawler", input: [.required("Name", .string(minLength: 1))], perform: CrawlerOperations.stop),
        Operation("GetCrawlerMetrics", input: [.optional("CrawlerNameList", .list(.string))] + GluePaging.inputMembers,
                  pagination: GluePaging.pagination("CrawlerMetricsList"), perform: CrawlerOperations.metrics),
    ]

    static let jobMembers: [ShapeMember] = [
        .optional("Description", .string),
        .optional("Role", .string),
        .optional("ExecutionProperty", .structure([.optional("MaxConcurrentRuns", .integer(min: 1))])),
        .optional("Command", .structure([.optional("Name", .string), .optional("ScriptLocation", .string),
                                         .optional("PythonVersion", .string)])),
        .optional("DefaultArguments", .map(.string)),
        .optional("MaxRetries", .integer(min: 0)),
        .optional("Timeout", .integer(min: 1)),
        .optional("MaxCapacity", .double),
        .optional("GlueVersion", .string),
        .optional("NumberOfWorkers", .integer()),
        .optional("WorkerType", .string),
        .optional("ExecutionClass", .string),
    ]

    static let jobOperations: [Operation] = [
        Operation("CreateJob", input: [.required("Name", .string(minLength: 1))]
                  + jobMembers.map { ["Role", "Command"].contains($0.name) ? .required($0.name, $0.shape) : $0 },
                  perform: JobOperations.create),
        Operation("GetJob", input: [.required("JobName", .string(minLength: 1))], perform: JobOperations.get),
        Operation("GetJobs", input: GluePaging.inputMembers, pagination: GluePaging.pagination("Jobs"), perform: JobOperations.list),
        Operation("UpdateJob", input: [.required("JobName", .string(minLength: 1)), .required("JobUpdate", .structure(jobMembers))],
                  perform: JobOperations.update),
        Operation("DeleteJob", input: [.required("JobName", .string(minLength: 1))], perform: JobOperations.delete),
        Operation("StartJobRun", input: [.required("JobName", .string(minLength: 1)), .optional("Arguments", .map(.string))],
                  perform: JobRunOperations.start),
        Operation("GetJobRun", input: [.required("JobName", .string(minLength: 1)), .required("RunId", .string(minLength: 1))],
                  perform: JobRunOperations.get),
        Operation("GetJobRuns", input: [.required("JobName", .string(minLength: 1))] + GluePaging.inputMembers,
                  pagination: GluePaging.pagination("JobRuns"), perform: JobRunOperations.list),
    ]
}
