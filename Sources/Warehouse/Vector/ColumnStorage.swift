/// The physical buffers of a column, one case per representation. Kernels switch on this once
/// per vector and then run a loop over the typed buffer inside.
public enum ColumnStorage: Sendable {
    case int16(FixedWidthVector<Int16>)
    case int32(FixedWidthVector<Int32>)
    case int64(FixedWidthVector<Int64>)
    case int128(FixedWidthVector<Int128>)
    case float32(FixedWidthVector<Float>)
    case float64(FixedWidthVector<Double>)
    case boolean(FixedWidthVector<Bool>)
    case string(StringVector)

    public var count: Int {
        switch self {
        case .int16(let vector): vector.count
        case .int32(let vector): vector.count
        case .int64(let vector): vector.count
        case .int128(let vector): vector.count
        case .float32(let vector): vector.count
        case .float64(let vector): vector.count
        case .boolean(let vector): vector.count
        case .string(let vector): vector.count
        }
    }

    public var validity: ValidityMask {
        switch self {
        case .int16(let vector): vector.validity
        case .int32(let vector): vector.validity
        case .int64(let vector): vector.validity
        case .int128(let vector): vector.validity
        case .float32(let vector): vector.validity
        case .float64(let vector): vector.validity
        case .boolean(let vector): vector.validity
        case .string(let vector): vector.validity
        }
    }

    /// Empty buffers of the representation `type` uses.
    public init(emptyFor type: DataType) {
        switch type.physicalType {
        case .int16: self = .int16(FixedWidthVector(values: []))
        case .int32: self = .int32(FixedWidthVector(values: []))
        case .int64: self = .int64(FixedWidthVector(values: []))
        case .int128: self = .int128(FixedWidthVector(values: []))
        case .float32: self = .float32(FixedWidthVector(values: []))
        case .float64: self = .float64(FixedWidthVector(values: []))
        case .boolean: self = .boolean(FixedWidthVector(values: []))
        case .string: self = .string(StringVector())
        }
    }
}

/// A row-rearranging operation applicable to a fixed-width vector of any element type (Swift
/// closures cannot be generic, so the generic step is a protocol method).
protocol FixedWidthTransform {
    func apply<Element: BitwiseCopyable & Sendable>(_ vector: FixedWidthVector<Element>) -> FixedWidthVector<Element>
}

struct GatherRows: FixedWidthTransform {
    let selection: SelectionVector
    func apply<Element: BitwiseCopyable & Sendable>(_ vector: FixedWidthVector<Element>) -> FixedWidthVector<Element> {
        vector.gathered(selection)
    }
}

struct SliceRows: FixedWidthTransform {
    let range: Range<Int>
    func apply<Element: BitwiseCopyable & Sendable>(_ vector: FixedWidthVector<Element>) -> FixedWidthVector<Element> {
        vector.sliced(range)
    }
}

extension ColumnStorage {
    func sameRepresentation(as other: ColumnStorage) -> Bool {
        switch (self, other) {
        case (.int16, .int16), (.int32, .int32), (.int64, .int64), (.int128, .int128), (.float32, .float32),
             (.float64, .float64), (.boolean, .boolean), (.string, .string):
            true
        default:
            false
        }
    }

    /// Rebuilds the storage with `fixed` applied to fixed-width buffers and `strings` to strings.
    func mapVector(_ fixed: some FixedWidthTransform, _ strings: (StringVector) -> StringVector) -> ColumnStorage {
        switch self {
        case .int16(let vector): .int16(fixed.apply(vector))
        case .int32(let vector): .int32(fixed.apply(vector))
        case .int64(let vector): .int64(fixed.apply(vector))
        case .int128(let vector): .int128(fixed.apply(vector))
        case .float32(let vector): .float32(fixed.apply(vector))
        case .float64(let vector): .float64(fixed.apply(vector))
        case .boolean(let vector): .boolean(fixed.apply(vector))
        case .string(let vector): .string(strings(vector))
        }
    }
}
