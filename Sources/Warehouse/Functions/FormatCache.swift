/// The last format string seen and its parsed form: a call's format is almost always the same
/// on every row.
struct FormatCache<Parsed> {
    private let parse: (String) -> Parsed
    private var lastFormat: ArraySlice<UInt8>?
    private var lastParsed: Parsed?

    init(_ parse: @escaping (String) -> Parsed) {
        self.parse = parse
    }

    mutating func parsed(_ format: ArraySlice<UInt8>) -> Parsed {
        if let lastFormat, let lastParsed, lastFormat.elementsEqual(format) { return lastParsed }
        let parsed = parse(String(decoding: format, as: UTF8.self))
        lastFormat = format
        lastParsed = parsed
        return parsed
    }
}
