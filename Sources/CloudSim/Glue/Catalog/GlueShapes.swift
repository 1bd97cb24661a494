/// The Data Catalog's request structures, as botocore's `glue/2017-03-31/service-2.json`
/// declares them (the members a catalog of S3 data uses).
enum GlueShapes {
    static let parameters = Shape.map(.string)

    static let column = Shape.structure([
        .required("Name", .string(minLength: 1)),
        .optional("Type", .string),
        .optional("Comment", .string),
        .optional("Parameters", parameters),
    ])

    static let storageDescriptor = Shape.structure([
        .optional("Columns", .list(column)),
        .optional("Location", .string),
        .optional("AdditionalLocations", .list(.string)),
        .optional("InputFormat", .string),
        .optional("OutputFormat", .string),
        .optional("Compressed", .boolean),
        .optional("NumberOfBuckets", .integer()),
        .optional("SerdeInfo", .structure([
            .optional("Name", .string),
            .optional("SerializationLibrary", .string),
            .optional("Parameters", parameters),
        ])),
        .optional("BucketColumns", .list(.string)),
        .optional("SortColumns", .list(.structure([.required("Column", .string), .required("SortOrder", .integer())]))),
        .optional("Parameters", parameters),
        .optional("StoredAsSubDirectories", .boolean),
    ])

    static let databaseInput = Shape.structure([
        .required("Name", .string(minLength: 1)),
        .optional("Description", .string),
        .optional("LocationUri", .string(minLength: 1)),
        .optional("Parameters", parameters),
    ])

    static let tableInput = Shape.structure([
        .required("Name", .string(minLength: 1)),
        .optional("Description", .string),
        .optional("Owner", .string),
        .optional("Retention", .integer(min: 0)),
        .optional("StorageDescriptor", storageDescriptor),
        .optional("PartitionKeys", .list(column)),
        .optional("ViewOriginalText", .string),
        .optional("ViewExpandedText", .string),
        .optional("TableType", .string),
        .optional("Parameters", parameters),
    ])

    static let partitionInput = Shape.structure([
        .optional("Values", .list(.string)),
        .optional("StorageDescriptor", storageDescriptor),
        .optional("Parameters", parameters),
    ])

    static let catalogID = ShapeMember.optional("CatalogId", .string(minLength: 1))
}
