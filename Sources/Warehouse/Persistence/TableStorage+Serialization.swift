/// A table's storage in a database file: its layout and effective distribution, then per
/// slice its row counts, per column its chain of blocks (first row, row count, zone map, and
/// where its payload lies in a block pack), and its deletion marks. Files written before
/// block packs hold each payload in place, and still read.
extension TableStorage {
    /// Marks a block whose payload is in a pack; a payload in place starts with its version.
    private static let payloadInPack: UInt8 = 0xFF

    /// `locate` gives each block's payload location, writing it to the commit's pack if no
    /// earlier commit did.
    func serialize(into writer: inout DatabaseFileWriter, locate: (StorageBlock) throws(SQLError) -> BlockLocation) throws(SQLError) {
        writer.write(layout)
        writer.write(distribution.placement)
        writer.write(distribution.automatic)
        writer.write(evenCursor)
        writer.write(modifiedRows)
        writer.write(interleavedIndex != nil)
        if let interleavedIndex {
            writer.write(interleavedIndex.boundaries.count)
            for boundary in interleavedIndex.boundaries { writer.write(boundary) }
        }
        writer.write(slices.count)
        for slice in slices {
            writer.write(slice.rowCount)
            writer.write(slice.sortedRowCount)
            writer.write(slice.columns.count)
            for chain in slice.columns {
                writer.write(chain.count)
                for block in chain {
                    writer.write(block.firstRow)
                    writer.write(block.rowCount)
                    writer.write(block.zoneMap.nullCount)
                    writer.write(block.zoneMap.bounds)
                    let location = try locate(block)
                    writer.write(Self.payloadInPack)
                    writer.write(location.pack)
                    writer.write(location.offset)
                    writer.write(location.length)
                    writer.write(location.checksum)
                    writer.write(block.storedBytes)
                    writer.write(block.isRaw)
                }
            }
            writer.write(slice.deletions.count)
            for deletion in slice.deletions {
                writer.write(deletion.firstRow)
                writer.write(deletion.rowCount)
                writer.write(array: deletion.words)
            }
        }
    }

    static func deserialize(from reader: inout DatabaseFileReader, configuration: StorageConfiguration,
                            packs: BlockPackReader) throws(SQLError) -> TableStorage {
        let layout = try reader.readLayout()
        let distribution = EffectiveDistribution(placement: try reader.readPlacement(), automatic: try reader.readBool())
        let evenCursor = try reader.readInt(), modifiedRows = try reader.readInt()
        var index: InterleavedIndex?
        if try reader.readBool() {
            var boundaries: [ColumnVector] = []
            for _ in 0..<(try reader.readCount()) { boundaries.append(try reader.readVector()) }
            index = InterleavedIndex(boundaries: boundaries)
        }
        let sliceCount = try reader.readCount()
        guard sliceCount > 0 else { throw DatabaseFileReader.damaged(reader.file, "it holds no slices") }
        var slices: [SliceStorage] = []
        for _ in 0..<sliceCount {
            let rowCount = try reader.readCount(), sortedRowCount = try reader.readCount()
            let columnCount = try reader.readCount()
            guard columnCount == layout.types.count, sortedRowCount <= rowCount else {
                throw DatabaseFileReader.damaged(reader.file, "a slice does not match its table")
            }
            var columns: [[StorageBlock]] = []
            for column in 0..<columnCount {
                var chain: [StorageBlock] = []
                var nextRow = 0
                for _ in 0..<(try reader.readCount()) {
                    let firstRow = try reader.readCount(), blockRows = try reader.readCount()
                    let zoneMap = ZoneMap(nullCount: try reader.readCount(), bounds: try reader.readOptionalVector())
                    guard firstRow == nextRow else { throw DatabaseFileReader.damaged(reader.file, "a block does not fit its column") }
                    if try reader.peekByte() == Self.payloadInPack {
                        _ = try reader.readByte()
                        let location = BlockLocation(pack: try reader.readUInt64(), offset: try reader.readCount(),
                                                     length: try reader.readCount(), checksum: try reader.readUInt32())
                        let storedBytes = try reader.readCount(), isRaw = try reader.readBool()
                        chain.append(try packs.block(at: location, referencedBy: reader.file, firstRow: firstRow, rowCount: blockRows,
                                                     zoneMap: zoneMap, storedBytes: storedBytes, isRaw: isRaw, type: layout.types[column]))
                    } else {
                        let payload = try BlockPayload.deserialize(from: &reader)
                        guard payload.rowCount == blockRows, payload.storedType == layout.types[column] else {
                            throw DatabaseFileReader.damaged(reader.file, "a block does not fit its column")
                        }
                        chain.append(StorageBlock(payload: payload, firstRow: firstRow, rowCount: blockRows, zoneMap: zoneMap))
                    }
                    nextRow += blockRows
                }
                guard nextRow == rowCount else { throw DatabaseFileReader.damaged(reader.file, "a column's blocks do not cover its slice") }
                columns.append(chain)
            }
            var deletions: [DeletionBlock] = []
            for _ in 0..<(try reader.readCount()) {
                let firstRow = try reader.readCount(), blockRows = try reader.readCount()
                let words = try reader.readArray(of: UInt64.self)
                guard words.isEmpty || words.count == (blockRows + 63) >> 6 else {
                    throw DatabaseFileReader.damaged(reader.file, "a deletion block does not match its rows")
                }
                deletions.append(DeletionBlock(firstRow: firstRow, rowCount: blockRows, words: words))
            }
            slices.append(SliceStorage(columns: columns, deletions: deletions, rowCount: rowCount, sortedRowCount: sortedRowCount))
        }
        let stored = TableStorage(layout: layout, configuration: configuration, distribution: distribution, slices: slices,
                                  nextEvenSlice: evenCursor, interleavedIndex: index, modifiedRows: modifiedRows)
        return sliceCount == configuration.shape.sliceCount ? stored : try stored.reshaped()
    }

    /// The table's live rows placed afresh on the slices of its configuration: a cluster
    /// resized since the table was written has another slice count, and every row moves, as
    /// Redshift redistributes on a classic resize.
    private func reshaped() throws(SQLError) -> TableStorage {
        var fresh = TableStorage(layout: layout, configuration: configuration)
        do {
            try fresh.append(contentsOf: scan(projection: Array(layout.types.indices)))
        } catch {
            throw SQLError(SQLState.internalError, "could not move a table to the cluster's new shape: \(error)")
        }
        return TableStorage(layout: layout, configuration: configuration, distribution: fresh.distribution, slices: fresh.slices,
                            nextEvenSlice: fresh.evenCursor, interleavedIndex: fresh.interleavedIndex, modifiedRows: modifiedRows)
    }
}

extension BlockPayload {
    /// Rows and type of the payload, to check a block read back against its column.
    var rowCount: Int {
        switch self {
        case .raw(let vector): vector.count
        case .encoded(let values): values.count
        }
    }

    var storedType: DataType {
        switch self {
        case .raw(let vector): vector.type
        case .encoded(let values): values.type
        }
    }
}

extension DatabaseFileWriter {
    mutating func write(_ placement: TableLayout.Placement) {
        switch placement {
        case .key(let column):
            write(UInt8(0))
            write(column)
        case .even: write(UInt8(1))
        case .all: write(UInt8(2))
        }
    }

    mutating func write(_ layout: TableLayout) {
        write(layout.types.count)
        for type in layout.types { write(type) }
        write(layout.declaredPlacement != nil)
        if let placement = layout.declaredPlacement { write(placement) }
        write(layout.autoKeyColumn ?? -1)
        write(layout.sortColumns.count)
        for column in layout.sortColumns { write(column) }
        write(layout.sortKind == .interleaved)
        for encoding in layout.encodings { write(encoding.rawValue) }
    }
}

extension DatabaseFileReader {
    mutating func readPlacement() throws(SQLError) -> TableLayout.Placement {
        switch try readTag(below: 3, "distribution") {
        case 0: .key(column: try readCount())
        case 1: .even
        default: .all
        }
    }

    mutating func readLayout() throws(SQLError) -> TableLayout {
        var types: [DataType] = []
        for _ in 0..<(try readCount()) { types.append(try readType()) }
        let declared = try readBool() ? try readPlacement() : nil
        let autoKey = try readInt()
        var sortColumns: [Int] = []
        for _ in 0..<(try readCount()) { sortColumns.append(try readCount()) }
        let sortKind: TableLayout.SortKind = try readBool() ? .interleaved : .compound
        var encodings: [ColumnEncoding] = []
        for _ in types {
            let name = try readString()
            guard let encoding = ColumnEncoding(rawValue: name) else {
                throw Self.damaged(file, "a table layout names the unknown encoding \(name)")
            }
            encodings.append(encoding)
        }
        let layout = TableLayout(types: types, declaredPlacement: declared, autoKeyColumn: autoKey < 0 ? nil : autoKey,
                                 sortColumns: sortColumns, sortKind: sortKind, encodings: encodings)
        let columns = 0..<types.count
        guard sortColumns.allSatisfy(columns.contains), layout.autoKeyColumn.map(columns.contains) ?? true else {
            throw Self.damaged(file, "a table layout names a column it does not have")
        }
        if case .key(let column)? = declared, !columns.contains(column) {
            throw Self.damaged(file, "a table layout names a column it does not have")
        }
        return layout
    }
}
