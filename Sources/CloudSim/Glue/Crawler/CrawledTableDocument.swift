import Foundation

/// The catalog documents a crawler writes for a table it inferred: the formats, SerDe and
/// parameters real crawlers record for CSV and JSON data (reference §12.1).
struct CrawledTableDocument {
    let name: String
    let location: String
    let layout: TableLayout.Table
    let crawlerName: String

    private var schema: InferredSchema { layout.schema }

    var columns: AWSValue {
        .list(schema.columns.map { .object(["Name": .string($0.name), "Type": .string($0.type?.hiveName ?? "string")]) })
    }

    var partitionKeys: AWSValue {
        .list(layout.partitionKeys.map { .object(["Name": .string($0), "Type": .string("string")]) })
    }

    var serdeInfo: AWSValue {
        switch schema.format {
        case .csv(let delimiter, _) where schema.quoted:
            return .object(["SerializationLibrary": .string("org.apache.hadoop.hive.serde2.OpenCSVSerde"),
                            "Parameters": GlueDocument.map([("quoteChar", "\""), ("separatorChar", String(delimiter))])])
        case .csv(let delimiter, _):
            return .object(["SerializationLibrary": .string("org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe"),
                            "Parameters": GlueDocument.map([("field.delim", String(delimiter))])])
        case .json:
            return .object(["SerializationLibrary": .string("org.openx.data.jsonserde.JsonSerDe"),
                            "Parameters": GlueDocument.map([("paths", schema.columns.map(\.name).sorted().joined(separator: ","))])])
        }
    }

    /// The table parameters, sorted by name as Glue returns them.
    var parameters: AWSValue {
        var pairs: [(String, String)] = [
            ("CrawlerSchemaDeserializerVersion", "1.0"),
            ("CrawlerSchemaSerializerVersion", "1.0"),
            ("UPDATED_BY_CRAWLER", crawlerName),
            ("averageRecordSize", String(schema.size / max(schema.recordCount, 1))),
            ("classification", schema.format.classification),
            ("compressionType", "none"),
            ("objectCount", String(schema.objectCount)),
            ("recordCount", String(schema.recordCount)),
            ("sizeKey", String(schema.size)),
            ("typeOfData", "file"),
        ]
        if case .csv(let delimiter, let header) = schema.format {
            pairs += [("areColumnsQuoted", String(schema.quoted)), ("columnsOrdered", "true"), ("delimiter", String(delimiter))]
            if header { pairs.append(("skip.header.line.count", "1")) }
        }
        return GlueDocument.map(pairs.sorted { $0.0 < $1.0 })
    }

    func storageDescriptor(location: String) -> AWSValue {
        .object([
            "Columns": columns,
            "Location": .string(location),
            "InputFormat": .string("org.apache.hadoop.mapred.TextInputFormat"),
            "OutputFormat": .string("org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat"),
            "Compressed": .bool(false),
            "NumberOfBuckets": .integer(-1),
            "SerdeInfo": serdeInfo,
            "BucketColumns": .list([]),
            "SortColumns": .list([]),
            "Parameters": parameters,
            "StoredAsSubDirectories": .bool(false),
        ])
    }

    /// The `TableInput`-like document `GlueTable.document` completes.
    var tableInput: AWSValue {
        .object([
            "Name": .string(name),
            "Owner": .string("owner"),
            "Retention": .integer(0),
            "StorageDescriptor": storageDescriptor(location: location),
            "PartitionKeys": partitionKeys,
            "TableType": .string("EXTERNAL_TABLE"),
            "Parameters": parameters,
        ])
    }

    func partitionInput(_ partition: TableLayout.Partition) -> AWSValue {
        .object([
            "Values": .list(partition.values.map(AWSValue.string)),
            "StorageDescriptor": storageDescriptor(location: location + partition.folder + "/"),
            "Parameters": parameters,
        ])
    }

    /// What a schema change is judged on: columns, partition keys, format and SerDe.
    static func signature(of document: AWSValue) -> AWSValue {
        let parameters = GlueDocument.stringMap(document["Parameters"])
            .filter { ["classification", "delimiter", "skip.header.line.count"].contains($0.0) }
        return .list([document["StorageDescriptor"]?["Columns"] ?? .null, document["PartitionKeys"] ?? .null,
                      document["StorageDescriptor"]?["SerdeInfo"] ?? .null, GlueDocument.map(parameters)])
    }
}
