/// A COPY's options read and checked against each other (reference 6.5–6.7), in the form the
/// loader uses: bytes for delimiters and quotes, parsed templates for date formats.
/// COMPUPDATE, COMPROWS and STATUPDATE are checked and accepted but change nothing: storage
/// keeps no column encodings yet and ANALYZE has no statistics to compute. REGION names the
/// Region the object store must find the buckets in.
struct CopyOptions: Sendable {
    enum Format: Sendable {
        /// Text with one record per line and a one-byte field delimiter (pipe by default).
        case delimited(delimiter: UInt8)
        case csv(delimiter: UInt8, quote: UInt8)
        /// Column widths in characters, in column order.
        case fixedWidth([Int])
        case json(JSONMapping)

        var fileFormatName: String {
            if case .json = self { return "JSON" }
            return "Text"
        }
    }

    enum JSONMapping: Sendable {
        /// Top-level keys matched to column names (`'auto'`, `'auto ignorecase'`).
        case auto(ignoreCase: Bool)
        /// One JSONPath expression per column, read from this S3 object.
        case paths(S3Location)
    }

    enum Compression: Sendable { case none, gzip, bzip2 }

    var format: Format = .delimited(delimiter: UInt8(ascii: "|"))
    var compression = Compression.none
    var credentials: LoadCredentials
    var manifest = false
    var region: String?
    var ignoreHeader = 0
    /// Fields equal to this text are NULL; `\N` unless NULL AS says otherwise (CSV too).
    var nullText: [UInt8] = Array("\\N".utf8)
    var emptyAsNull = false
    var blanksAsNull = false
    var dateFormat = TemporalFormat.standard
    var timeFormat = TemporalFormat.standard
    var acceptInvalidCharacters: UInt8?
    var truncateColumns = false
    var fillRecord = false
    var removeQuotes = false
    var escape = false
    var acceptAnyDate = false
    var ignoreBlankLines = false
    var trimBlanks = false
    var roundDecimals = false
    var explicitIDs = false
    var noLoad = false
    /// Errors tolerated before the load fails (`MAXERROR`); 0 fails on the first.
    var maxError = 0

    static let accepted: Set<String> = [
        "IAM_ROLE", "CREDENTIALS", "ACCESS_KEY_ID", "SECRET_ACCESS_KEY", "SESSION_TOKEN", "MANIFEST", "REGION",
        "FORMAT", "CSV", "QUOTE", "DELIMITER", "FIXEDWIDTH", "JSON", "GZIP", "BZIP2", "ZSTD", "ENCODING",
        "IGNOREHEADER", "NULL", "EMPTYASNULL", "BLANKSASNULL", "DATEFORMAT", "TIMEFORMAT", "ACCEPTINVCHARS",
        "TRUNCATECOLUMNS", "FILLRECORD", "REMOVEQUOTES", "ESCAPE", "ACCEPTANYDATE", "IGNOREBLANKLINES", "TRIMBLANKS",
        "ROUNDEC", "EXPLICIT_IDS", "MAXERROR", "IGNOREALLERRORS", "NOLOAD", "COMPUPDATE", "COMPROWS", "STATUPDATE",
    ]

    init(_ written: [LoadOption]) throws(SQLError) {
        let options = try LoadOptionReader(written, command: "COPY", accepted: Self.accepted)
        credentials = try LoadCredentials.from(options)
        manifest = options.has("MANIFEST")
        region = try options.string("REGION")
        try readFormat(options)
        if options.has("GZIP") { compression = .gzip }
        if options.has("BZIP2") { compression = .bzip2 }
        if options.has("ZSTD") {
            throw SQLError(SQLState.featureNotSupported, "ZSTD is not supported by this engine yet (no zstd library on this machine)")
        }
        if [options.has("GZIP"), options.has("BZIP2")].filter({ $0 }).count > 1 {
            throw SQLError(SQLState.invalidParameterValue, "GZIP cannot be used with BZIP2")
        }
        if case .word(let encoding)? = options.value("ENCODING"), encoding != "utf8" {
            throw SQLError(SQLState.featureNotSupported, "ENCODING \(encoding.uppercased()) is not supported by this engine yet")
        }
        ignoreHeader = try options.integer("IGNOREHEADER", in: 0...Int(Int32.max)) ?? 0
        if let null = try options.string("NULL") { nullText = Self.unescapedNull(null) }
        emptyAsNull = options.has("EMPTYASNULL")
        blanksAsNull = options.has("BLANKSASNULL")
        if let text = try options.string("DATEFORMAT") { dateFormat = try TemporalFormat(text, option: "DATEFORMAT") }
        if let text = try options.string("TIMEFORMAT") { timeFormat = try TemporalFormat(text, option: "TIMEFORMAT") }
        if let option = options.option("ACCEPTINVCHARS") {
            let replacement = try options.string("ACCEPTINVCHARS") ?? "?"
            guard replacement.utf8.count == 1, let byte = replacement.utf8.first, byte < 0x80 else {
                throw SQLError(SQLState.invalidParameterValue, "ACCEPTINVCHARS replacement must be a single ASCII character",
                               position: option.location.position)
            }
            acceptInvalidCharacters = byte
        }
        truncateColumns = options.has("TRUNCATECOLUMNS")
        fillRecord = options.has("FILLRECORD")
        removeQuotes = options.has("REMOVEQUOTES")
        escape = options.has("ESCAPE")
        acceptAnyDate = options.has("ACCEPTANYDATE")
        ignoreBlankLines = options.has("IGNOREBLANKLINES")
        trimBlanks = options.has("TRIMBLANKS")
        roundDecimals = options.has("ROUNDEC")
        explicitIDs = options.has("EXPLICIT_IDS")
        noLoad = options.has("NOLOAD")
        try options.forbid("IGNOREALLERRORS", with: ["MAXERROR"])
        maxError = options.has("IGNOREALLERRORS") ? Int.max : try options.integer("MAXERROR", in: 0...100_000) ?? 0
        _ = try options.integer("COMPROWS", in: 1000...Int(Int32.max))
    }

    private mutating func readFormat(_ options: LoadOptionReader) throws(SQLError) {
        var csv = options.has("CSV"), json = options.has("JSON")
        var jsonArgument = try options.string("JSON")
        if let format = options.option("FORMAT"), case .word(let name)? = format.arguments.first {
            switch name {
            case "csv": csv = true
            case "json":
                json = true
                if case .string(let text)? = format.arguments.dropFirst().first { jsonArgument = text }
            default:
                throw SQLError(SQLState.featureNotSupported, "FORMAT AS \(name.uppercased()) is not supported by this engine yet",
                               position: format.location.position)
            }
        }
        try options.forbid("FIXEDWIDTH", with: ["DELIMITER", "CSV", "FORMAT", "ESCAPE", "REMOVEQUOTES"])
        try options.forbid("CSV", with: ["REMOVEQUOTES", "ESCAPE"])
        if csv, options.has("FORMAT"), options.has("REMOVEQUOTES") || options.has("ESCAPE") {
            throw SQLError(SQLState.invalidParameterValue, "CSV cannot be used with \(options.has("ESCAPE") ? "ESCAPE" : "REMOVEQUOTES")")
        }
        if json {
            for other in ["CSV", "DELIMITER", "ESCAPE", "FILLRECORD", "FIXEDWIDTH", "IGNOREBLANKLINES", "NULL", "REMOVEQUOTES", "QUOTE"]
            where options.has(other) {
                throw SQLError(SQLState.invalidParameterValue, "JSON cannot be used with \(other == "NULL" ? "NULL AS" : other)")
            }
            format = .json(try Self.jsonMapping(jsonArgument ?? "auto"))
            return
        }
        if options.has("QUOTE"), !csv {
            throw SQLError(SQLState.invalidParameterValue, "QUOTE can only be used with CSV")
        }
        if let spec = try options.string("FIXEDWIDTH") {
            format = .fixedWidth(try Self.widths(spec))
            return
        }
        let delimiter = try options.string("DELIMITER").map { text throws(SQLError) in try Self.singleByte(text, "DELIMITER") }
        if csv {
            let quote = try options.string("QUOTE").map { text throws(SQLError) in try Self.singleByte(text, "QUOTE") }
            format = .csv(delimiter: delimiter ?? UInt8(ascii: ","), quote: quote ?? UInt8(ascii: "\""))
        } else {
            format = .delimited(delimiter: delimiter ?? UInt8(ascii: "|"))
        }
    }

    /// `'auto'`, `'auto ignorecase'` or `'s3://bucket/jsonpaths-file'`.
    private static func jsonMapping(_ text: String) throws(SQLError) -> JSONMapping {
        switch text {
        case "auto": return .auto(ignoreCase: false)
        case "auto ignorecase": return .auto(ignoreCase: true)
        default:
            guard let location = S3Location(text) else {
                throw SQLError(SQLState.invalidParameterValue,
                               "JSON argument must be 'auto', 'auto ignorecase' or an s3:// path to a JSONPaths file")
            }
            return .paths(location)
        }
    }

    /// `'label:width,label:width'`: the widths, in order.
    private static func widths(_ spec: String) throws(SQLError) -> [Int] {
        var widths: [Int] = []
        for part in spec.split(separator: ",") {
            guard let colon = part.lastIndex(of: ":"), let width = Int(part[part.index(after: colon)...]
                .trimmingSQLWhitespace()), width > 0 else {
                throw SQLError(SQLState.invalidParameterValue,
                               "Invalid FIXEDWIDTH specification '\(spec)': each column must be label:width")
            }
            widths.append(width)
        }
        guard !widths.isEmpty else {
            throw SQLError(SQLState.invalidParameterValue, "Invalid FIXEDWIDTH specification '\(spec)': each column must be label:width")
        }
        return widths
    }

    /// A one-byte ASCII character, written as itself, `'\t'`, or octal `'\ddd'`.
    private static func singleByte(_ text: String, _ option: String) throws(SQLError) -> UInt8 {
        let bytes = Array(text.utf8)
        if bytes == Array("\\t".utf8) { return 0x09 }
        if bytes.count == 4, bytes[0] == UInt8(ascii: "\\"), let value = UInt8(String(decoding: bytes[1...], as: UTF8.self), radix: 8),
           value < 0x80 {
            return value
        }
        guard bytes.count == 1, bytes[0] < 0x80, bytes[0] != 0x0A else {
            throw SQLError(SQLState.invalidParameterValue, "\(option) must be a single ASCII character")
        }
        return bytes[0]
    }

    /// `NULL AS '\0'` and `'\000'` mean a field holding one NUL byte.
    private static func unescapedNull(_ text: String) -> [UInt8] {
        text == "\\0" || text == "\\000" ? [0] : Array(text.utf8)
    }
}

/// How DATEFORMAT or TIMEFORMAT reads a value.
enum TemporalFormat: Sendable {
    /// `YYYY-MM-DD` and `YYYY-MM-DD HH:MI:SS[.ffffff]` (the defaults).
    case standard
    /// Any format the engine's date/time input recognizes.
    case auto
    case epochSeconds
    case epochMilliseconds
    case template(DateTimeTemplate)

    init(_ text: String, option: String) throws(SQLError) {
        switch text {
        case "auto": self = .auto
        case "epochsecs":
            guard option == "TIMEFORMAT" else { throw Self.invalid(text, option) }
            self = .epochSeconds
        case "epochmillisecs":
            guard option == "TIMEFORMAT" else { throw Self.invalid(text, option) }
            self = .epochMilliseconds
        default:
            let template = DateTimeTemplate(text)
            guard template.elements.contains(where: { if case .field = $0 { true } else { false } }) else {
                throw Self.invalid(text, option)
            }
            self = .template(template)
        }
    }

    private static func invalid(_ text: String, _ option: String) -> SQLError {
        SQLError(SQLState.invalidParameterValue, "Invalid \(option) format '\(text)'")
    }
}
