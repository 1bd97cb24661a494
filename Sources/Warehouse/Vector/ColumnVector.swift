/// A typed column of a batch: its SQL type (which fixes the meaning of the buffers, e.g. the
/// scale of DECIMAL values or DATE's day count) and its storage.
public struct ColumnVector: Sendable {
    public let type: DataType
    public var storage: ColumnStorage

    /// Pairs a type with storage; fails when the storage is not the type's representation.
    public init(type: DataType, storage: ColumnStorage) throws {
        guard ColumnStorage(emptyFor: type).sameRepresentation(as: storage) else {
            throw SQLError(SQLState.internalError, "column of type \(type.sqlName) cannot hold this storage")
        }
        self.type = type
        self.storage = storage
    }

    init(uncheckedType type: DataType, storage: ColumnStorage) {
        self.type = type
        self.storage = storage
    }

    public var count: Int { storage.count }
    public var validity: ValidityMask { storage.validity }

    public func isNull(_ row: Int) -> Bool { !validity.isValid(row) }

    /// The rows `selection` names, in its order.
    public func gathered(_ selection: SelectionVector) -> ColumnVector {
        ColumnVector(uncheckedType: type, storage: storage.mapVector(GatherRows(selection: selection)) { $0.gathered(selection) })
    }

    /// Rows `range` (clamped to the vector).
    public func sliced(_ range: Range<Int>) -> ColumnVector {
        let clamped = range.clamped(to: 0..<count)
        return ColumnVector(uncheckedType: type, storage: storage.mapVector(SliceRows(range: clamped)) { $0.sliced(clamped) })
    }
}
