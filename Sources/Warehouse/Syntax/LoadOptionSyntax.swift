/// How each COPY / UNLOAD option is written: whether `AS` may follow its name and which
/// arguments it takes. One table serves both commands; which options suit which command (and
/// which combinations conflict) is the loader's business, not the grammar's.
struct LoadOptionSyntax {
    /// One argument position.
    enum Slot {
        case string
        case number
        /// One of these lower-case words.
        case word(Set<String>)
        /// A string, or one of these words (`IAM_ROLE default`).
        case stringOrWord(Set<String>)
    }

    var allowsAs: Bool
    var required: [Slot]
    var optional: [Slot]

    private static let flag = LoadOptionSyntax(allowsAs: false, required: [], optional: [])
    private static let string = LoadOptionSyntax(allowsAs: true, required: [.string], optional: [])
    private static let number = LoadOptionSyntax(allowsAs: true, required: [.number], optional: [])
    private static let size = LoadOptionSyntax(allowsAs: true, required: [.number], optional: [.word(["mb", "gb"])])
    private static let onOff = LoadOptionSyntax(allowsAs: false, required: [],
                                                optional: [.word(["on", "off", "true", "false"])])
    private static let optionalString = LoadOptionSyntax(allowsAs: true, required: [], optional: [.string])

    /// The options of reference sections 6.4–6.7 and 6.12 (plus SHAPEFILE's SIMPLIFY and UNLOAD's
    /// KMS_KEY_ID), by upper-case name.
    static let options: [String: LoadOptionSyntax] = {
        var table: [String: LoadOptionSyntax] = [:]
        for name in ["GZIP", "BZIP2", "LZOP", "ZSTD", "EMPTYASNULL", "BLANKSASNULL", "ACCEPTANYDATE",
                     "TRUNCATECOLUMNS", "FILLRECORD", "TRIMBLANKS", "REMOVEQUOTES", "ESCAPE", "EXPLICIT_IDS",
                     "ROUNDEC", "IGNOREBLANKLINES", "IGNOREALLERRORS", "NOLOAD", "HEADER", "ALLOWOVERWRITE",
                     "CLEANPATH", "ADDQUOTES", "CSV", "PARQUET", "ORC", "INCLUDE"] {
            table[name] = flag
        }
        for name in ["CREDENTIALS", "ACCESS_KEY_ID", "SECRET_ACCESS_KEY", "SESSION_TOKEN", "MASTER_SYMMETRIC_KEY",
                     "DELIMITER", "QUOTE", "FIXEDWIDTH", "REGION", "DATEFORMAT", "TIMEFORMAT", "EXTENSION", "NULL",
                     "KMS_KEY_ID"] {
            table[name] = string
        }
        for name in ["IGNOREHEADER", "MAXERROR", "COMPROWS", "READRATIO"] { table[name] = number }
        for name in ["MAXFILESIZE", "ROWGROUPSIZE"] { table[name] = size }
        for name in ["STATUPDATE", "PARALLEL"] { table[name] = onOff }
        for name in ["JSON", "AVRO", "ACCEPTINVCHARS"] { table[name] = optionalString }
        table["COMPUPDATE"] = LoadOptionSyntax(allowsAs: false, required: [],
                                               optional: [.word(["preset", "on", "off", "true", "false"])])
        table["IAM_ROLE"] = LoadOptionSyntax(allowsAs: false, required: [.stringOrWord(["default"])], optional: [])
        table["FORMAT"] = LoadOptionSyntax(allowsAs: true,
                                           required: [.word(["csv", "json", "parquet", "orc", "avro", "shapefile"])],
                                           optional: [.string])
        table["ENCODING"] = LoadOptionSyntax(allowsAs: true, required: [.word(["utf8", "utf16", "utf16le", "utf16be"])],
                                             optional: [])
        table["ENCRYPTED"] = LoadOptionSyntax(allowsAs: false, required: [], optional: [.word(["auto"])])
        table["SIMPLIFY"] = LoadOptionSyntax(allowsAs: false, required: [], optional: [.word(["auto"]), .number])
        table["MANIFEST"] = LoadOptionSyntax(allowsAs: false, required: [], optional: [.word(["verbose"])])
        return table
    }()
}
