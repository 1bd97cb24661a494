/// An UNLOAD's options (reference 6.12) read and checked, in the form the writer uses.
struct UnloadOptions {
    enum Format {
        case delimited(delimiter: UInt8)
        case csv(delimiter: UInt8)
        case json
    }

    var credentials: LoadCredentials
    var format = Format.delimited(delimiter: UInt8(ascii: "|"))
    var header = false
    /// PARALLEL ON (the default): one file or more per slice; OFF: serial files.
    var parallel = true
    var maxFileSize = UnloadOptions.largestFile
    var manifest = false
    var allowOverwrite = false
    var gzip = false
    var addQuotes = false
    /// What a NULL is written as in text formats (empty by default).
    var nullText = ""
    var region: String?

    /// 6.2 GB, the default and the largest MAXFILESIZE.
    static let largestFile = 6_200 * 1_024 * 1_024
    static let smallestFile = 5 * 1_024 * 1_024

    static let accepted: Set<String> = [
        "IAM_ROLE", "CREDENTIALS", "ACCESS_KEY_ID", "SECRET_ACCESS_KEY", "SESSION_TOKEN", "FORMAT", "CSV", "DELIMITER",
        "HEADER", "PARALLEL", "MAXFILESIZE", "MANIFEST", "ALLOWOVERWRITE", "GZIP", "ADDQUOTES", "NULL", "REGION",
    ]

    init(_ written: [LoadOption]) throws(SQLError) {
        let options = try LoadOptionReader(written, command: "UNLOAD", accepted: Self.accepted)
        credentials = try LoadCredentials.from(options)
        var csv = options.has("CSV"), json = false
        if let format = options.option("FORMAT"), case .word(let name)? = format.arguments.first {
            switch name {
            case "csv": csv = true
            case "json": json = true
            default:
                throw SQLError(SQLState.featureNotSupported, "FORMAT AS \(name.uppercased()) is not supported for UNLOAD by this engine yet",
                               position: format.location.position)
            }
        }
        let delimiter = try options.string("DELIMITER").map { text throws(SQLError) -> UInt8 in
            guard text.utf8.count == 1, let byte = text.utf8.first, byte < 0x80 else {
                throw SQLError(SQLState.invalidParameterValue, "DELIMITER must be a single ASCII character")
            }
            return byte
        }
        if json {
            for other in ["DELIMITER", "HEADER", "ADDQUOTES", "NULL"] where options.has(other) {
                throw SQLError(SQLState.invalidParameterValue, "JSON cannot be used with \(other == "NULL" ? "NULL AS" : other)")
            }
            format = .json
        } else if csv {
            try options.forbid("CSV", with: ["ADDQUOTES"])
            format = .csv(delimiter: delimiter ?? UInt8(ascii: ","))
        } else {
            format = .delimited(delimiter: delimiter ?? UInt8(ascii: "|"))
        }
        header = options.has("HEADER")
        parallel = options.onOff("PARALLEL") ?? true
        if let option = options.option("MAXFILESIZE") {
            guard case .number(let text)? = option.arguments.first, let number = Double(text) else {
                throw SQLError(SQLState.syntaxError, "MAXFILESIZE needs a size", position: option.location.position)
            }
            let unit: Double = option.arguments.dropFirst().first == .word("gb") ? 1_024 * 1_024 * 1_024 : 1_024 * 1_024
            let bytes = number * unit
            guard bytes >= Double(Self.smallestFile), bytes <= Double(Self.largestFile) else {
                throw SQLError(SQLState.invalidParameterValue, "MAXFILESIZE must be between 5 MB and 6.2 GB",
                               position: option.location.position)
            }
            maxFileSize = Int(bytes)
        }
        if case .word("verbose")? = options.value("MANIFEST") {
            throw SQLError(SQLState.featureNotSupported, "MANIFEST VERBOSE is not supported by this engine yet")
        }
        manifest = options.has("MANIFEST")
        allowOverwrite = options.has("ALLOWOVERWRITE")
        gzip = options.has("GZIP")
        addQuotes = options.has("ADDQUOTES")
        nullText = try options.string("NULL") ?? ""
        region = try options.string("REGION")
    }
}
