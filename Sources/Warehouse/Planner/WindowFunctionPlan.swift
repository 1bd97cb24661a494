/// One window function call of a SELECT: what it computes, over which partitions in which order,
/// and (for aggregates and FIRST_VALUE/LAST_VALUE) over which frame of rows.
public struct WindowFunctionPlan: Sendable {
    public enum Kind: Sendable {
        case rowNumber, rank, denseRank, percentRank, cumeDist
        /// NTILE(n): the partition cut into n buckets as even as possible, larger ones first.
        case ntile(Int)
        /// LAG (negative offset) and LEAD (positive): the value `offset` rows away in the
        /// partition's order, else the default (argument 1 when given) or NULL.
        case shift(offset: Int)
        case firstValue, lastValue
        /// NTH_VALUE(x, n): the n-th row of the frame (from 1), NULL when the frame is shorter.
        case nthValue(Int)
        case aggregate(ResolvedAggregate)
    }

    public var kind: Kind
    public var arguments: [BoundExpression]
    public var partitionBy: [BoundExpression]
    public var orderBy: [SortKeyPlan]
    public var frame: RowFrame
    public var type: DataType
}

/// A ROWS frame as offsets from the current row: nil for unbounded on that side.
public struct RowFrame: Sendable, Equatable {
    public var start: Int?
    public var end: Int?

    /// The whole partition.
    public static let partition = RowFrame(start: nil, end: nil)
}

/// The window functions found while binding one SELECT's list and ORDER BY. They are referred
/// to by placeholder positions from `base` up until the window operator's input width is known.
final class Windowing {
    static let base = 1 << 40

    private(set) var functions: [WindowFunctionPlan] = []

    func add(_ function: WindowFunctionPlan) -> BoundExpression {
        functions.append(function)
        return .column(Self.base + functions.count - 1, function.type)
    }

    /// `expression` with placeholder positions moved to follow an input of `inputWidth` columns.
    func resolved(_ expression: BoundExpression, inputWidth: Int) -> BoundExpression {
        ColumnUse.rewrite(expression) { index, type in
            .column(index >= Self.base ? inputWidth + index - Self.base : index, type)
        }
    }
}
