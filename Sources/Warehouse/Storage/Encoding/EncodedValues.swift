/// A sealed block's values as its column's encoding wrote them, with what decoding needs.
public struct EncodedValues: Sendable {
    public let encoding: ColumnEncoding
    public let type: DataType
    public let count: Int
    public let bytes: [UInt8]
}
