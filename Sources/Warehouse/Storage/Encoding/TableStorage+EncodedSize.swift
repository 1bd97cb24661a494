/// Stored sizes after encoding, for system views (SVV_TABLE_INFO-style sizes) and tests:
/// sealed blocks count their encoded bytes, open RAW blocks their RAW bytes; every slice
/// counts, ALL copies included, as `blockCount` does.
extension TableStorage {
    /// Bytes column `column` occupies over every slice.
    public func storedBytes(column: Int) -> Int {
        guard layout.types.indices.contains(column) else { return 0 }
        return slices.reduce(0) { total, slice in total + slice.columns[column].reduce(0) { $0 + $1.storedBytes } }
    }

    /// Bytes each column occupies, in column order.
    public var storedBytesPerColumn: [Int] { layout.types.indices.map(storedBytes(column:)) }
}
