/// STV_SLICES: the cluster's slices and the node each belongs to.
struct STVSlices: SystemRelation {
    let name = "stv_slices"
    let columns = [
        SystemColumn("node", .integer), SystemColumn("slice", .integer), SystemColumn("localslice", .integer),
        SystemColumn("type", .char(length: 1)),
    ]

    func rows(in state: SystemState) throws -> [ColumnVector] {
        let shape = state.catalog.storageConfiguration.shape
        return try SystemRelations.vectors(columns, (0..<shape.sliceCount).map { slice in
            [.integer(Int32(shape.node(of: slice))), .integer(Int32(slice)), .integer(Int32(slice % shape.slicesPerNode)), .string("D")]
        })
    }
}
