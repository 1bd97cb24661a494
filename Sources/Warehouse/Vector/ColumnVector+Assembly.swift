extension ColumnVector {
    /// A vector of `count` rows of `type` put together from parts: row `r` of the result is
    /// row `r` of the part whose rows name it (row 0 of a one-row part, a constant standing
    /// for every row); rows no part names are NULL. CASE and COALESCE build their results
    /// this way, each branch having been computed for its own rows only. Every part must
    /// already have `type`'s representation.
    static func assembled(count: Int, type: DataType, parts: [(vector: ColumnVector, rows: SelectionVector)]) throws -> ColumnVector {
        let storage: ColumnStorage
        switch ColumnStorage(emptyFor: type) {
        case .int16: storage = try scattered(Int16.self, count, parts)
        case .int32: storage = try scattered(Int32.self, count, parts)
        case .int64: storage = try scattered(Int64.self, count, parts)
        case .int128: storage = try scattered(Int128.self, count, parts)
        case .float32: storage = try scattered(Float.self, count, parts)
        case .float64: storage = try scattered(Double.self, count, parts)
        case .boolean: storage = try scattered(Bool.self, count, parts)
        case .string: storage = .string(try stringsAssembled(count, parts))
        }
        return ColumnVector(uncheckedType: type, storage: storage)
    }

    private static func scattered<Element: StorableElement>(
        _: Element.Type, _ count: Int, _ parts: [(vector: ColumnVector, rows: SelectionVector)]) throws -> ColumnStorage {
        var valid = [Bool](repeating: false, count: count)
        var values = [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).initializeMemory(as: UInt8.self, repeating: 0)
            initialized = count
        }
        for part in parts {
            guard let source = Element.unwrap(part.vector.storage) else { throw mismatch }
            let constant = source.count == 1 && count != 1
            values.withUnsafeMutableBufferPointer { target in
                source.values.withUnsafeBufferPointer { from in
                    for index in part.rows.indices {
                        let row = Int(index), origin = constant ? 0 : row
                        target[row] = from[origin]
                        valid[row] = source.validity.isValid(origin)
                    }
                }
            }
        }
        return Element.wrap(FixedWidthVector(values: values, validity: ValidityMask(valid)))
    }

    private static func stringsAssembled(_ count: Int, _ parts: [(vector: ColumnVector, rows: SelectionVector)]) throws -> StringVector {
        var sources: [StringVector] = []
        var origin = [Int32](repeating: -1, count: count)
        for part in parts {
            guard case .string(let strings) = part.vector.storage else { throw mismatch }
            for index in part.rows.indices { origin[Int(index)] = Int32(sources.count) }
            sources.append(strings)
        }
        var result = StringVector(reservingCapacity: count)
        for row in 0..<count {
            guard origin[row] >= 0 else {
                result.appendNull()
                continue
            }
            let source = sources[Int(origin[row])]
            let sourceRow = source.count == 1 && count != 1 ? 0 : row
            if source.validity.isValid(sourceRow) { result.append(bytes: source.bytes(at: sourceRow)) } else { result.appendNull() }
        }
        return result
    }

    private static let mismatch = SQLError(SQLState.internalError, "a CASE or COALESCE branch has another representation than its result")
}
