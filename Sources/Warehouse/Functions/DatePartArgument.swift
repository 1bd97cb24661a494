/// Reads the datepart argument of DATEADD, DATEDIFF, DATE_TRUNC and DATE_PART, which arrives
/// as a text vector (the binder passes a bare `month` or a quoted `'month'` as text). The part
/// is almost always the same on every row, so the last spelling seen is remembered.
struct DatePartArgument {
    private var lastSpelling: ArraySlice<UInt8> = []
    private var lastPart: DatePart?

    /// The part spelled by `bytes`, or `timestamp units "x" not recognized`.
    mutating func part(_ bytes: ArraySlice<UInt8>) throws(SQLError) -> DatePart {
        if let lastPart, bytes.elementsEqual(lastSpelling) { return lastPart }
        let part = try bridgingErrors { try DatePart.resolve(String(decoding: bytes, as: UTF8.self)) }
        lastSpelling = bytes
        lastPart = part
        return part
    }
}
