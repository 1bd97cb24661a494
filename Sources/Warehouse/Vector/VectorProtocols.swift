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
    /// A vector of `count` non-NULL values, the loop kernels take when nothing is NULL and
    /// every row is selected.
    static func collecting(count: Int, _ produce: (Int) throws -> Value) rethrows -> Self
    /// A vector of `count` rows with `validity`: `produce(row)` for each valid row, NULL (and
    /// not produced) elsewhere.
    static func collecting(count: Int, validity: ValidityMask, _ produce: (Int) throws -> Value) rethrows -> Self
}

extension FixedWidthVector: ColumnReading, ColumnWriting {
    @inlinable
    public func element(_ row: Int) -> Element { values[row] }

    public init(reservingCapacity capacity: Int) {
        self.init(values: [])
        values.reserveCapacity(capacity)
    }

    @inlinable
    public static func collecting(count: Int, _ produce: (Int) throws -> Element) rethrows -> FixedWidthVector {
        try collecting(count: count, validity: ValidityMask(allValid: count), produce)
    }

    /// NULL slots hold the bit pattern of zero, never read as data.
    @inlinable
    public static func collecting(count: Int, validity: ValidityMask,
                                  _ produce: (Int) throws -> Element) rethrows -> FixedWidthVector {
        let values = try [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            if validity.hasNulls {
                UnsafeMutableRawBufferPointer(buffer).initializeMemory(as: UInt8.self, repeating: 0)
                initialized = count
                try validity.forEachValidRow { buffer[$0] = try produce($0) }
            } else {
                // Elements are bitwise-copyable, so a throw part-way leaves nothing to deinitialise.
                initialized = count
                for row in 0..<count { buffer[row] = try produce(row) }
            }
        }
        return FixedWidthVector(values: values, validity: validity)
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

    public static func collecting(count: Int, _ produce: (Int) throws -> [UInt8]) rethrows -> StringVector {
        var strings = StringVector(reservingCapacity: count)
        for row in 0..<count { strings.appendValue(try produce(row)) }
        return strings
    }

    public static func collecting(count: Int, validity: ValidityMask,
                                  _ produce: (Int) throws -> [UInt8]) rethrows -> StringVector {
        guard validity.hasNulls else { return try collecting(count: count, produce) }
        var strings = StringVector(reservingCapacity: count)
        for row in 0..<count {
            if validity.isValid(row) { strings.bytes.append(contentsOf: try produce(row)) }
            strings.offsets.append(UInt32(truncatingIfNeeded: strings.bytes.count))
        }
        strings.validity = validity
        return strings
    }
}

/// The two vector layouts' bulk append, so the builder extends either without copying.
protocol VectorAppending {
    mutating func append(contentsOf other: Self)
    /// Makes room for appending all of `others` without growing again.
    mutating func reserveCapacity(forAppending others: [Self])
}

extension FixedWidthVector: VectorAppending {
    mutating func reserveCapacity(forAppending others: [Self]) {
        values.reserveCapacity(others.reduce(values.count) { $0 + $1.count })
    }
}

extension StringVector: VectorAppending {
    mutating func reserveCapacity(forAppending others: [Self]) {
        offsets.reserveCapacity(others.reduce(offsets.count) { $0 + $1.count })
        bytes.reserveCapacity(others.reduce(bytes.count) { $0 + $1.bytes.count })
    }
}
