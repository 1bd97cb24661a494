import Foundation

/// The catalog file of a commit: every schema with its permanent tables' definitions and
/// statistics (the rows are in each table's own file) and its views. DEFAULT expressions and
/// view queries are kept as SQL text and parsed again on open, as PostgreSQL keeps a view's
/// definition.
extension DatabaseFileWriter {
    mutating func write(_ definition: TableDefinition) {
        write(definition.schema)
        write(definition.name)
        write(definition.columns.count)
        for column in definition.columns { write(column) }
        write(definition.distStyle?.rawValue)
        write(definition.distKey)
        write(definition.sortKey.count)
        for column in definition.sortKey { write(column) }
        write(definition.sortKeyStyle?.rawValue)
        write(definition.sortKeyAuto)
        write(definition.backup)
        write(definition.encodeAuto)
        write(definition.constraints.count)
        for constraint in definition.constraints { write(constraint) }
        write(definition.identityNext.count)
        for (column, next) in definition.identityNext.sorted(by: { $0.key < $1.key }) {
            write(column)
            write(next)
        }
        write(definition.createdAt != nil)
        if let created = definition.createdAt { write(created) }
    }

    private mutating func write(_ column: TableColumn) {
        write(column.name)
        write(column.type)
        write(column.notNull)
        write(column.defaultValue?.description)
        write(column.identity != nil)
        if let identity = column.identity {
            write(identity.seed)
            write(identity.step)
            write(identity.generatedByDefault)
        }
        write(column.encoding)
        for flag in [column.distKey, column.sortKey, column.primaryKey, column.unique] { write(flag) }
        write(column.references)
        write(column.collate)
    }

    private mutating func write(_ constraint: TableConstraintKind) {
        switch constraint {
        case .primaryKey(let columns):
            write(UInt8(0))
            write(names: columns)
        case .unique(let columns):
            write(UInt8(1))
            write(names: columns)
        case .foreignKey(let columns, let references, let referenced):
            write(UInt8(2))
            write(names: columns)
            write(names: references.parts)
            write(names: referenced)
        }
    }

    private mutating func write(names: [Identifier]) {
        write(names.count)
        for name in names { write(name.value) }
    }

    mutating func write(_ view: ViewDefinition) {
        write(view.schema)
        write(view.name)
        write(view.columnNames.count)
        for name in view.columnNames { write(name) }
        write(view.query.description)
        write(view.withNoSchemaBinding)
    }

    mutating func write(_ statistics: TableStatistics?) {
        write(statistics != nil)
        guard let statistics else { return }
        write(statistics.rowCount)
        write(statistics.modifiedRowsAtAnalyze)
        write(statistics.columns.count)
        for (name, column) in statistics.columns.sorted(by: { $0.key < $1.key }) {
            write(name)
            write(column.distinctCount)
            write(column.nullFraction.bitPattern)
            write(column.minimum)
            write(column.maximum)
        }
    }

    mutating func write(_ datum: Datum) {
        switch datum {
        case .null: write(UInt8(0))
        case .smallint(let value): write(UInt8(1)); write(Int64(value))
        case .integer(let value): write(UInt8(2)); write(Int64(value))
        case .bigint(let value): write(UInt8(3)); write(value)
        case .decimal(let value):
            write(UInt8(4))
            write(UInt64(truncatingIfNeeded: value.unscaled))
            write(UInt64(truncatingIfNeeded: value.unscaled >> 64))
            write(value.scale)
        case .real(let value): write(UInt8(5)); write(UInt64(value.bitPattern))
        case .double(let value): write(UInt8(6)); write(value.bitPattern)
        case .boolean(let value): write(UInt8(7)); write(value)
        case .string(let value): write(UInt8(8)); write(value)
        case .date(let value): write(UInt8(9)); write(Int64(value))
        case .time(let value): write(UInt8(10)); write(value)
        case .timetz(let value): write(UInt8(11)); write(value)
        case .timestamp(let value): write(UInt8(12)); write(value)
        case .timestamptz(let value): write(UInt8(13)); write(value)
        }
    }
}

extension DatabaseFileReader {
    /// Names are read back with the location of nothing: they were not written in a statement.
    private static let nowhere = SourceLocation(byteOffset: 0, position: 0)

    mutating func readTableDefinition() throws(SQLError) -> TableDefinition {
        let schema = try readString(), name = try readString()
        var columns: [TableColumn] = []
        for _ in 0..<(try readCount()) { columns.append(try readColumn()) }
        var definition = TableDefinition(schema: schema, name: name, columns: columns)
        definition.distStyle = try readOptionalString().flatMap(DistStyle.init(rawValue:))
        definition.distKey = try readOptionalString()
        for _ in 0..<(try readCount()) { definition.sortKey.append(try readString()) }
        definition.sortKeyStyle = try readOptionalString().flatMap(SortKeyStyle.init(rawValue:))
        definition.sortKeyAuto = try readBool()
        definition.backup = try readBool()
        definition.encodeAuto = try readBool()
        for _ in 0..<(try readCount()) { definition.constraints.append(try readConstraint()) }
        for _ in 0..<(try readCount()) {
            let column = try readCount()
            definition.identityNext[column] = try readInt64()
        }
        if try readBool() { definition.createdAt = try readInt64() }
        return definition
    }

    private mutating func readColumn() throws(SQLError) -> TableColumn {
        var column = TableColumn(name: try readString(), type: try readType(), notNull: try readBool())
        if let text = try readOptionalString() {
            do {
                column.defaultValue = try Parser.parseExpression(text)
            } catch {
                throw Self.damaged(file, "the DEFAULT of column \(column.name) does not parse: \(error.message)")
            }
        }
        if try readBool() {
            column.identity = IdentitySpec(seed: try readInt64(), step: try readInt64(), generatedByDefault: try readBool())
        }
        column.encoding = try readOptionalString()
        column.distKey = try readBool()
        column.sortKey = try readBool()
        column.primaryKey = try readBool()
        column.unique = try readBool()
        column.references = try readOptionalString()
        column.collate = try readOptionalString()
        return column
    }

    private mutating func readConstraint() throws(SQLError) -> TableConstraintKind {
        switch try readTag(below: 3, "constraint") {
        case 0: .primaryKey(try readNames())
        case 1: .unique(try readNames())
        default: .foreignKey(try readNames(), references: ObjectName(parts: try readNames()), columns: try readNames())
        }
    }

    private mutating func readNames() throws(SQLError) -> [Identifier] {
        var names: [Identifier] = []
        for _ in 0..<(try readCount()) { names.append(Identifier(value: try readString(), location: Self.nowhere)) }
        return names
    }

    mutating func readView() throws(SQLError) -> ViewDefinition {
        let schema = try readString(), name = try readString()
        var columnNames: [String] = []
        for _ in 0..<(try readCount()) { columnNames.append(try readString()) }
        let text = try readString()
        let statement: Statement
        do {
            statement = try Parser.parseStatement(text)
        } catch {
            throw Self.damaged(file, "the definition of view \(name) does not parse: \(error.message)")
        }
        guard case .query(let query) = statement.kind else { throw Self.damaged(file, "the definition of view \(name) is not a query") }
        return ViewDefinition(schema: schema, name: name, columnNames: columnNames, query: query,
                              withNoSchemaBinding: try readBool())
    }

    mutating func readStatistics() throws(SQLError) -> TableStatistics? {
        guard try readBool() else { return nil }
        var statistics = TableStatistics(rowCount: try readCount(), columns: [:], modifiedRowsAtAnalyze: try readInt())
        for _ in 0..<(try readCount()) {
            let name = try readString()
            statistics.columns[name] = ColumnStatistics(distinctCount: try readInt(), nullFraction: Double(bitPattern: try readUInt64()),
                                                        minimum: try readDatum(), maximum: try readDatum())
        }
        return statistics
    }

    mutating func readDatum() throws(SQLError) -> Datum {
        switch try readTag(below: 14, "value") {
        case 0: return .null
        case 1: return .smallint(Int16(truncatingIfNeeded: try readInt64()))
        case 2: return .integer(Int32(truncatingIfNeeded: try readInt64()))
        case 3: return .bigint(try readInt64())
        case 4:
            let low = try readUInt64(), high = try readUInt64()
            return .decimal(Decimal128(unscaled: Int128(Int64(bitPattern: high)) << 64 | Int128(low), scale: try readInt()))
        case 5: return .real(Float(bitPattern: UInt32(truncatingIfNeeded: try readUInt64())))
        case 6: return .double(Double(bitPattern: try readUInt64()))
        case 7: return .boolean(try readBool())
        case 8: return .string(try readString())
        case 9: return .date(Int32(truncatingIfNeeded: try readInt64()))
        case 10: return .time(try readInt64())
        case 11: return .timetz(try readInt64())
        case 12: return .timestamp(try readInt64())
        default: return .timestamptz(try readInt64())
        }
    }
}
