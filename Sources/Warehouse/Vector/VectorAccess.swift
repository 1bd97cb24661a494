/// Uniform element access to the two vector layouts, so a kernel's loop is written once as a
/// generic function and specialised per element type by the compiler (no boxing, no per-row
/// dispatch).
public protocol ColumnReading {
    associatedtype Element
    var count: Int { get }
    var validity: ValidityMask { get }
    func element(_ row: Int) -> Element
}

/// Uniform appending to the two vector layouts; the counterpart of `ColumnReading`.
public protocol ColumnWriting {
    associatedtype Value
    init(reservingCapacity: Int)
    mutating func appendValue(_ value: Value)
    mutating func appendNull()
}

extension FixedWidthVector: ColumnReading, ColumnWriting {
    @inlinable
    public func element(_ row: Int) -> Element { values[row] }

    public init(reservingCapacity capacity: Int) {
        self.init(values: [])
        values.reserveCapacity(capacity)
    }

    @inlinable
    public mutating func appendValue(_ value: Element) {
        values.append(value)
        validity.append(true)
    }

    /// NULL slots hold the bit pattern of zero, never read as data.
    public mutating func appendNull() {
        values.append(withUnsafeTemporaryAllocation(of: Element.self, capacity: 1) { buffer in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            raw.initializeMemory(as: UInt8.self, repeating: 0)
            return raw.load(as: Element.self)
        })
        validity.append(false)
    }
}

extension StringVector: ColumnReading, ColumnWriting {
    @inlinable
    public func element(_ row: Int) -> ArraySlice<UInt8> { bytes(at: row) }

    public init(reservingCapacity capacity: Int) {
        self.init()
        offsets.reserveCapacity(capacity + 1)
    }

    public mutating func appendValue(_ value: [UInt8]) { append(bytes: value) }
}

extension ColumnVector {
    /// A column repeating one value `count` times: constants broadcast to a batch's length.
    public init(repeating datum: Datum, type: DataType, count: Int) throws {
        let single = try ColumnVector(type: type, datums: [datum])
        self = single.gathered(SelectionVector(Array(repeating: 0, count: count)))
    }
}
