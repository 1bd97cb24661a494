/// The element types a fixed-width column holds, each paired with the storage case holding it,
/// so a function's loop is written once over `FixedWidthVector<Element>` and the compiler
/// specialises it per element type.
protocol StorableElement: BitwiseCopyable, Sendable {
    static func wrap(_ vector: FixedWidthVector<Self>) -> ColumnStorage
    static func unwrap(_ storage: ColumnStorage) -> FixedWidthVector<Self>?
}

extension Int16: StorableElement {
    static func wrap(_ vector: FixedWidthVector<Int16>) -> ColumnStorage { .int16(vector) }
    static func unwrap(_ storage: ColumnStorage) -> FixedWidthVector<Int16>? {
        if case .int16(let vector) = storage { vector } else { nil }
    }
}

extension Int32: StorableElement {
    static func wrap(_ vector: FixedWidthVector<Int32>) -> ColumnStorage { .int32(vector) }
    static func unwrap(_ storage: ColumnStorage) -> FixedWidthVector<Int32>? {
        if case .int32(let vector) = storage { vector } else { nil }
    }
}

extension Int64: StorableElement {
    static func wrap(_ vector: FixedWidthVector<Int64>) -> ColumnStorage { .int64(vector) }
    static func unwrap(_ storage: ColumnStorage) -> FixedWidthVector<Int64>? {
        if case .int64(let vector) = storage { vector } else { nil }
    }
}

extension Int128: StorableElement {
    static func wrap(_ vector: FixedWidthVector<Int128>) -> ColumnStorage { .int128(vector) }
    static func unwrap(_ storage: ColumnStorage) -> FixedWidthVector<Int128>? {
        if case .int128(let vector) = storage { vector } else { nil }
    }
}

extension Float: StorableElement {
    static func wrap(_ vector: FixedWidthVector<Float>) -> ColumnStorage { .float32(vector) }
    static func unwrap(_ storage: ColumnStorage) -> FixedWidthVector<Float>? {
        if case .float32(let vector) = storage { vector } else { nil }
    }
}

extension Double: StorableElement {
    static func wrap(_ vector: FixedWidthVector<Double>) -> ColumnStorage { .float64(vector) }
    static func unwrap(_ storage: ColumnStorage) -> FixedWidthVector<Double>? {
        if case .float64(let vector) = storage { vector } else { nil }
    }
}

extension Bool: StorableElement {
    static func wrap(_ vector: FixedWidthVector<Bool>) -> ColumnStorage { .boolean(vector) }
    static func unwrap(_ storage: ColumnStorage) -> FixedWidthVector<Bool>? {
        if case .boolean(let vector) = storage { vector } else { nil }
    }
}

/// A vector layout a function reads its arguments from and writes its result into: the typed
/// view of a `ColumnStorage` case.
protocol FunctionColumn: ColumnReading, ColumnWriting, Sendable {
    init?(storage: ColumnStorage)
    var columnStorage: ColumnStorage { get }
    /// Appends a value read from another column of the same layout.
    mutating func appendElement(_ element: Element)
}

extension FixedWidthVector: FunctionColumn where Element: StorableElement {
    init?(storage: ColumnStorage) {
        guard let vector = Element.unwrap(storage) else { return nil }
        self = vector
    }

    var columnStorage: ColumnStorage { Element.wrap(self) }

    mutating func appendElement(_ element: Element) { appendValue(element) }
}

extension StringVector: FunctionColumn {
    init?(storage: ColumnStorage) {
        guard case .string(let vector) = storage else { return nil }
        self = vector
    }

    var columnStorage: ColumnStorage { .string(self) }

    mutating func appendElement(_ element: ArraySlice<UInt8>) { append(bytes: element) }
}

extension ColumnVector {
    /// The storage as layout `Layout`; an internal error when the binder passed an argument of
    /// another type than the resolved overload asked for.
    func typed<Layout: FunctionColumn>(_: Layout.Type = Layout.self) throws(SQLError) -> Layout {
        guard let column = Layout(storage: storage) else {
            throw SQLError(SQLState.internalError, "function argument of type \(type.sqlName) has an unexpected layout")
        }
        return column
    }

    /// A result vector of `type` from a layout a function built.
    init(type: DataType, column: some FunctionColumn) {
        self.init(uncheckedType: type, storage: column.columnStorage)
    }
}
