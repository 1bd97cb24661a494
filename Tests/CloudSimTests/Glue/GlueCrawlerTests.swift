import Foundation
import Testing
@testable import CloudSim

@Suite("Glue crawlers")
struct GlueCrawlerTests {
    let world: TestWorld

    init() throws {
        world = try GlueFixtures.lake()
    }

    static let sales = "id,name,price,paid,day\n1,apple,1.5,true,2024-01-02\n2,pear,2,false,2024-01-03\n"

    @Test func aCrawlRunsOnTheClockAndReportsItsLastCrawl() throws {
        try GlueFixtures.put(world, "raw/sales/s.csv", Self.sales)
        try world.run(#"glue create-crawler --name c --role GlueRole --database-name lake --targets '{"S3Targets":[{"Path":"s3://lake/raw/sales/"}]}'"#)
        #expect(try world.json("glue get-crawler --name c")["Crawler"]?["State"] == .string("READY"))
        try world.run("glue start-crawler --name c")
        #expect(try world.aws("glue start-crawler --name c").errorLine
            == "An error occurred (CrawlerRunningException) when calling the StartCrawler operation: Crawler with name c has already started")
        #expect(try world.aws("glue delete-crawler --name c").errorLine.contains("(CrawlerRunningException)"))
        try world.world.advance(by: 59)
        #expect(try world.json("glue get-crawler --name c")["Crawler"]?["State"] == .string("RUNNING"))
        #expect(try world.aws("glue get-table --database-name lake --name sales").exitCode == 255)
        try world.world.advance(by: 2)
        let crawler = try world.json("glue get-crawler --name c")["Crawler"]
        #expect(crawler?["State"] == .string("STOPPING"))
        #expect(crawler?["LastCrawl"]?["Status"] == .string("SUCCEEDED"))
        try world.world.advance(by: 15)
        #expect(try world.json("glue get-crawler --name c")["Crawler"]?["State"] == .string("READY"))
        let metrics = try world.json("glue get-crawler-metrics --crawler-name-list c")["CrawlerMetricsList"]?.listValue?.first
        #expect(metrics?["TablesCreated"] == .integer(1))
        #expect(metrics?["LastRuntimeSeconds"] == .double(61))
    }

    @Test func csvWithAHeaderGetsNamedTypedColumns() throws {
        try GlueFixtures.put(world, "raw/sales/s.csv", Self.sales)
        try GlueFixtures.crawl(world, paths: ["s3://lake/raw/sales/"])
        let table = try GlueFixtures.table(world, "sales")
        #expect(GlueFixtures.columns(table) == ["id:bigint", "name:string", "price:double", "paid:boolean", "day:date"])
        #expect(table?["Parameters"]?["classification"] == .string("csv"))
        #expect(table?["Parameters"]?["skip.header.line.count"] == .string("1"))
        #expect(table?["Parameters"]?["recordCount"] == .string("2"))
        #expect(table?["StorageDescriptor"]?["SerdeInfo"]?["Parameters"]?["field.delim"] == .string(","))
        #expect(table?["TableType"] == .string("EXTERNAL_TABLE"))
        #expect(table?["StorageDescriptor"]?["Location"] == .string("s3://lake/raw/sales/"))
    }

    @Test func anAllStringCSVHasNoHeader() throws {
        try GlueFixtures.put(world, "raw/names/n.csv", "first,last\nada,lovelace\nalan,turing\n")
        try GlueFixtures.crawl(world, paths: ["s3://lake/raw/names/"])
        let table = try GlueFixtures.table(world, "names")
        #expect(GlueFixtures.columns(table) == ["col0:string", "col1:string"])
        #expect(table?["Parameters"]?["skip.header.line.count"] == nil)
        #expect(table?["Parameters"]?["recordCount"] == .string("3"))
    }

    @Test func delimitersAreDetected() throws {
        try GlueFixtures.put(world, "raw/pipes/p.txt", "id|city|amount\n1|Paris, FR|3.5\n2|Oslo|4\n")
        try GlueFixtures.put(world, "raw/tabs/t.tsv", "id\tok\n1\ttrue\n2\tfalse\n")
        try GlueFixtures.put(world, "raw/semis/s.csv", "a;b\n1;2024-01-01 10:00:00\n2;2024-01-02 11:30:00\n")
        try GlueFixtures.crawl(world, paths: ["s3://lake/raw/pipes/", "s3://lake/raw/tabs/", "s3://lake/raw/semis/"])
        let pipes = try GlueFixtures.table(world, "pipes")
        #expect(GlueFixtures.columns(pipes) == ["id:bigint", "city:string", "amount:double"])
        #expect(pipes?["Parameters"]?["delimiter"] == .string("|"))
        #expect(GlueFixtures.columns(try GlueFixtures.table(world, "tabs")) == ["id:bigint", "ok:boolean"])
        #expect(GlueFixtures.columns(try GlueFixtures.table(world, "semis")) == ["a:bigint", "b:timestamp"])
    }

    @Test func jsonLinesGiveStructsAndArrays() throws {
        try GlueFixtures.put(world, "raw/customers/c.json",
                             #"{"Id":1,"tags":["a"],"addr":{"city":"X","zip":1}}"# + "\n" + #"{"Id":2,"score":2.5,"addr":{"zip":2.5}}"# + "\n")
        try GlueFixtures.crawl(world, paths: ["s3://lake/raw/customers/"])
        let table = try GlueFixtures.table(world, "customers")
        #expect(GlueFixtures.columns(table) == ["id:bigint", "tags:array<string>", "addr:struct<city:string,zip:double>", "score:double"])
        #expect(table?["Parameters"]?["classification"] == .string("json"))
        #expect(table?["StorageDescriptor"]?["SerdeInfo"]?["SerializationLibrary"] == .string("org.openx.data.jsonserde.JsonSerDe"))
    }

    @Test func hiveFoldersBecomeNamedPartitionKeys() throws {
        for month in ["01", "02"] {
            try GlueFixtures.put(world, "raw/sales/year=2024/month=\(month)/s.csv", Self.sales)
        }
        try GlueFixtures.crawl(world, paths: ["s3://lake/raw/sales/"])
        let table = try GlueFixtures.table(world, "sales")
        #expect(table?["PartitionKeys"]?.listValue?.compactMap { $0["Name"]?.stringValue } == ["year", "month"])
        let partitions = try world.json("glue get-partitions --database-name lake --table-name sales")["Partitions"]?.listValue ?? []
        #expect(partitions.map { $0["Values"] } == [.list([.string("2024"), .string("01")]), .list([.string("2024"), .string("02")])])
        #expect(partitions.first?["StorageDescriptor"]?["Location"] == .string("s3://lake/raw/sales/year=2024/month=01/"))
        #expect(try world.json("glue get-crawler-metrics")["CrawlerMetricsList"]?.listValue?.first?["TablesCreated"] == .integer(1))
    }

    @Test func plainFoldersBecomePartitionN() throws {
        try GlueFixtures.put(world, "raw/events/2024/05/e.json", #"{"id":1}"#)
        try GlueFixtures.put(world, "raw/events/2024/06/e.json", #"{"id":2}"#)
        try GlueFixtures.crawl(world, paths: ["s3://lake/raw/events/"], extra: "--table-prefix Raw_")
        let table = try GlueFixtures.table(world, "raw_events")
        #expect(table?["PartitionKeys"]?.listValue?.compactMap { $0["Name"]?.stringValue } == ["partition_0", "partition_1"])
        let values = try world.json("glue get-partitions --database-name lake --table-name raw_events")["Partitions"]?.listValue?.map { $0["Values"] }
        #expect(values == [.list([.string("2024"), .string("05")]), .list([.string("2024"), .string("06")])])
    }

    @Test func incompatibleSchemasSplitIntoTables() throws {
        try GlueFixtures.put(world, "raw/mixed/year=2017/data1.json", #"{"a":1,"b":2}"#)
        try GlueFixtures.put(world, "raw/mixed/year=2018/data2.json", #"{"c":1,"d":2}"#)
        try GlueFixtures.put(world, "raw/files/orders.csv", Self.sales)
        try GlueFixtures.put(world, "raw/files/people.json", #"{"name":"x"}"#)
        try GlueFixtures.crawl(world, paths: ["s3://lake/raw/mixed/", "s3://lake/raw/files/"])
        #expect(try GlueFixtures.tableNames(world) == ["orders_csv", "people_json", "year_2017", "year_2018"])
        #expect(GlueFixtures.columns(try GlueFixtures.table(world, "year_2018")) == ["c:bigint", "d:bigint"])
    }

    @Test func exclusionsLeaveObjectsOut() throws {
        try GlueFixtures.put(world, "raw/sales/s.csv", Self.sales)
        try GlueFixtures.put(world, "raw/sales/tmp/x.json", #"{"z":1}"#)
        try world.run(#"glue create-crawler --name c --role GlueRole --database-name lake --targets '{"S3Targets":[{"Path":"s3://lake/raw/sales/","Exclusions":["tmp/**"]}]}'"#)
        try GlueFixtures.crawl(world, paths: [])
        #expect(try GlueFixtures.tableNames(world) == ["sales"])
    }

    @Test func reCrawlsFollowTheSchemaChangePolicy() throws {
        try GlueFixtures.put(world, "raw/people/a.json", #"{"id":1,"name":"a"}"#)
        try GlueFixtures.put(world, "raw/gone/g.json", #"{"x":1}"#)
        try GlueFixtures.crawl(world, paths: ["s3://lake/raw/people/", "s3://lake/raw/gone/"],
                               extra: "--schema-change-policy UpdateBehavior=LOG,DeleteBehavior=LOG")
        try GlueFixtures.put(world, "raw/people/b.json", #"{"id":2,"name":"b","email":"e"}"#)
        try world.run("s3api delete-object --bucket lake --key raw/gone/g.json")
        try GlueFixtures.crawl(world, paths: [])
        #expect(GlueFixtures.columns(try GlueFixtures.table(world, "people")) == ["id:bigint", "name:string"])
        #expect(try GlueFixtures.tableNames(world) == ["gone", "people"])

        try world.run("glue update-crawler --name c --schema-change-policy UpdateBehavior=UPDATE_IN_DATABASE,DeleteBehavior=DEPRECATE_IN_DATABASE")
        try GlueFixtures.crawl(world, paths: [])
        let people = try GlueFixtures.table(world, "people")
        #expect(GlueFixtures.columns(people) == ["id:bigint", "name:string", "email:string"])
        #expect(people?["VersionId"] == .string("1"))
        #expect(try GlueFixtures.table(world, "gone")?["Parameters"]?["DEPRECATED_BY_CRAWLER"] == .string("c"))
        let metrics = try world.json("glue get-crawler-metrics")["CrawlerMetricsList"]?.listValue?.first
        #expect(metrics?["TablesUpdated"] == .integer(1))

        try world.run("glue update-crawler --name c --schema-change-policy DeleteBehavior=DELETE_FROM_DATABASE")
        try GlueFixtures.crawl(world, paths: [])
        #expect(try GlueFixtures.tableNames(world) == ["people"])
        #expect(try world.json("glue get-crawler-metrics")["CrawlerMetricsList"]?.listValue?.first?["TablesDeleted"] == .integer(1))
    }

    @Test func aRoleThatMayNotReadTheBucketFailsTheCrawl() throws {
        try GlueFixtures.put(world, "raw/sales/s.csv", Self.sales)
        try world.run("iam create-role --role-name Bare --assume-role-policy-document '\(GlueFixtures.glueTrust)'")
        try world.run(#"glue create-crawler --name c --role Bare --database-name lake --targets '{"S3Targets":[{"Path":"s3://lake/raw/sales/"}]}'"#)
        try GlueFixtures.crawl(world, paths: [])
        let last = try world.json("glue get-crawler --name c")["Crawler"]?["LastCrawl"]
        #expect(last?["Status"] == .string("FAILED"))
        #expect(last?["ErrorMessage"]?.stringValue?.contains("s3:ListBucket") == true)
        #expect(try GlueFixtures.tableNames(world) == [])
    }

    @Test func aRoleGlueMayNotAssumeFailsTheCrawl() throws {
        try world.run("iam create-role --role-name NotGlue --assume-role-policy-document '\(IAMFixtures.redshiftTrust)'")
        try world.run(#"glue create-crawler --name c --role NotGlue --database-name lake --targets '{"S3Targets":[{"Path":"s3://lake/raw/"}]}'"#)
        try GlueFixtures.crawl(world, paths: [])
        let message = try world.json("glue get-crawler --name c")["Crawler"]?["LastCrawl"]?["ErrorMessage"]?.stringValue ?? ""
        #expect(message.contains("Please verify role's TrustPolicy"))
    }

    @Test func crawlerDefinitionErrors() throws {
        #expect(try world.aws(#"glue create-crawler --name c --role Missing --targets '{"S3Targets":[{"Path":"s3://lake/"}]}'"#).errorLine
            .contains("(InvalidInputException)"))
        #expect(try world.aws(#"glue create-crawler --name c --role GlueRole --targets '{"S3Targets":[]}'"#).errorLine
            .contains("(InvalidInputException)"))
        try world.run(#"glue create-crawler --name c --role GlueRole --targets '{"S3Targets":[{"Path":"s3://lake/"}]}'"#)
        #expect(try world.aws(#"glue create-crawler --name c --role GlueRole --targets '{"S3Targets":[{"Path":"s3://lake/"}]}'"#).errorLine
            .contains("(AlreadyExistsException)"))
        #expect(try world.aws("glue get-crawler --name nope").errorLine
            == "An error occurred (EntityNotFoundException) when calling the GetCrawler operation: Crawler entry with name nope does not exist")
        #expect(try world.aws("glue stop-crawler --name c").errorLine.contains("(CrawlerNotRunningException)"))
        #expect(try world.aws("glue update-crawler --name c --schema-change-policy UpdateBehavior=NOPE").errorLine.contains("(InvalidInputException)"))
        try world.run("glue update-crawler --name c --description lake --table-prefix p_")
        let crawler = try world.json("glue get-crawler --name c")["Crawler"]
        #expect(crawler?["Version"] == .integer(2))
        #expect(crawler?["TablePrefix"] == .string("p_"))
        #expect(try world.json("glue get-crawlers")["Crawlers"]?.listValue?.count == 1)
        try world.run("glue delete-crawler --name c")
        #expect(try world.aws("glue delete-crawler --name c").errorLine.contains("(EntityNotFoundException)"))
    }

    @Test func stoppingACrawlCancelsIt() throws {
        try GlueFixtures.put(world, "raw/sales/s.csv", Self.sales)
        try world.run(#"glue create-crawler --name c --role GlueRole --database-name lake --targets '{"S3Targets":[{"Path":"s3://lake/raw/sales/"}]}'"#)
        try world.run("glue start-crawler --name c")
        try world.run("glue stop-crawler --name c")
        #expect(try world.aws("glue stop-crawler --name c").errorLine.contains("(CrawlerStoppingException)"))
        try world.world.advance(by: 600)
        let crawler = try world.json("glue get-crawler --name c")["Crawler"]
        #expect(crawler?["State"] == .string("READY"))
        #expect(crawler?["LastCrawl"]?["Status"] == .string("CANCELLED"))
        #expect(try GlueFixtures.tableNames(world) == [])
    }

    @Test func aDeprecatedTableWhoseDataReturnsIsRestored() throws {
        try GlueFixtures.put(world, "raw/gone/g.json", #"{"x":1}"#)
        try GlueFixtures.crawl(world, paths: ["s3://lake/raw/gone/"])
        try world.run("s3api delete-object --bucket lake --key raw/gone/g.json")
        try GlueFixtures.crawl(world, paths: [])
        #expect(try GlueFixtures.table(world, "gone")?["Parameters"]?["DEPRECATED_BY_CRAWLER"] == .string("c"))
        try GlueFixtures.put(world, "raw/gone/g.json", #"{"x":1}"#)
        try GlueFixtures.crawl(world, paths: [])
        #expect(try GlueFixtures.table(world, "gone")?["Parameters"]?["DEPRECATED_BY_CRAWLER"] == nil)
    }
}
