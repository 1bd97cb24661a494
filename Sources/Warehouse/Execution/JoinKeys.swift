import Dispatch

/// A join's key columns over one input, prepared once for hashing and comparing: which rows
/// have no NULL key (those never match) and each row's hash.
///
/// When every key is an integer type on both sides (the usual surrogate keys, and dates) the
/// keys are widened to `Int64` arrays, hashed and compared inline; other keys go through
/// `HashKernel` and `RowComparison`. Both inputs of a join must use the same form, which
/// `integral(left:right:)` decides from the key types.
struct JoinKeys: Sendable {
    private enum Columns: Sendable {
        case integers([[Int64]])
        case general([ColumnVector])
    }

    private let columns: Columns
    let count: Int
    /// Whether each row's keys are all non-NULL; nil when no key column has a NULL.
    let present: [Bool]?
    let hashes: [UInt64]

    /// Whether a join on these key types can compare keys as `Int64`.
    static func integral(_ left: [DataType], _ right: [DataType]) -> Bool {
        (left + right).allSatisfy { [.int16, .int32, .int64].contains($0.physicalType) }
    }

    /// Keys hashed in slices on every core when there are this many rows or more.
    private static let parallelRows = 64 * Batch.preferredRowCount

    init(_ keys: [ColumnVector], rowCount: Int, integral: Bool) throws {
        count = rowCount
        let nullable = keys.filter(\.validity.hasNulls)
        present = nullable.isEmpty ? nil : (0..<rowCount).map { row in nullable.allSatisfy { !$0.isNull(row) } }
        if integral {
            let widened = try keys.map(Self.widened)
            columns = .integers(widened)
            hashes = Self.integerHashes(widened, rowCount: rowCount)
        } else {
            columns = .general(keys)
            hashes = try HashKernel.hash(keys)
        }
    }

    func isPresent(_ row: Int) -> Bool { present?[row] ?? true }

    /// Whether row `row` of these keys equals row `other` of `others` (both present).
    @inline(__always)
    func equal(_ row: Int, _ others: JoinKeys, _ other: Int) -> Bool {
        switch (columns, others.columns) {
        case (.integers(let mine), .integers(let theirs)):
            for index in mine.indices where mine[index][row] != theirs[index][other] { return false }
            return true
        case (.general(let mine), .general(let theirs)):
            return mine.indices.allSatisfy { RowComparison.compareValues(mine[$0], row, theirs[$0], other) == 0 }
        default:
            return false
        }
    }

    /// The single `Int64` key column when there is exactly one integral key, for the probe
    /// loop's fast path.
    var singleInteger: [Int64]? {
        if case .integers(let columns) = columns, columns.count == 1 { return columns[0] }
        return nil
    }

    private static func widened(_ column: ColumnVector) throws -> [Int64] {
        switch column.storage {
        case .int64(let vector): return vector.values
        case .int32(let vector): return vector.values.map { Int64($0) }
        case .int16(let vector): return vector.values.map { Int64($0) }
        default: throw SQLError(SQLState.internalError, "join key of type \(column.type.sqlName) is not an integer")
        }
    }

    /// SplitMix-style hashes of the widened keys, in slices on every core for large inputs.
    private static func integerHashes(_ columns: [[Int64]], rowCount: Int) -> [UInt64] {
        var hashes = [UInt64](repeating: HashKernel.seed, count: rowCount)
        let parts = rowCount >= parallelRows ? 8 : 1
        hashes.withUnsafeMutableBufferPointer { buffer in
            // Each part writes only its own rows, so the writes never overlap.
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let range = (rowCount * part / parts)..<(rowCount * (part + 1) / parts)
                for column in columns {
                    column.withUnsafeBufferPointer { values in
                        for row in range {
                            output[row] = HashKernel.mix(output[row] &* 0x100_0000_01B3 ^ UInt64(bitPattern: values[row]))
                        }
                    }
                }
            }
        }
        return hashes
    }
}
