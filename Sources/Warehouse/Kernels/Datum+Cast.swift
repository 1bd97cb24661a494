extension Datum {
    /// Casts a constant of type `source` to `target` through the same kernel that casts
    /// vectors, so a constant and a column convert identically.
    public func cast(from source: DataType, to target: DataType, explicit: Bool = true) throws -> Datum {
        let vector = try ColumnVector(type: source, datums: [self])
        return try CastKernel.cast(vector, to: target, explicit: explicit).datum(at: 0)
    }
}
