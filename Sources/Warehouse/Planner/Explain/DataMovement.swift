/// How a join's inputs reach the slices that join them: the label Redshift prints after the
/// join operator (reference: "Join data-movement labels").
enum DataMovement: String, Sendable {
    case none = "DS_DIST_NONE"
    case allNone = "DS_DIST_ALL_NONE"
    case distInner = "DS_DIST_INNER"
    case distOuter = "DS_DIST_OUTER"
    case allInner = "DS_DIST_ALL_INNER"
    case distBoth = "DS_DIST_BOTH"
    case broadcastInner = "DS_BCAST_INNER"

    /// What the planner knows about one join input: how it is spread, and for each equality
    /// key pair whether the input is distributed on its side of the pair.
    struct Side {
        var distribution: StreamDistribution
        var rows: Double
        /// The index of the key pair this side is distributed on, nil when none.
        var distributedKey: Int?
    }

    /// Redshift's rules: an ALL inner needs nothing (`DS_DIST_ALL_NONE`); an ALL outer sends
    /// the inner to one slice (`DS_DIST_ALL_INNER`); inputs distributed on the same key pair
    /// join where they lie (`DS_DIST_NONE`). Otherwise the planner may redistribute the side(s)
    /// not on the key (`DS_DIST_INNER`, `DS_DIST_OUTER`, `DS_DIST_BOTH`) or broadcast the inner
    /// (`DS_BCAST_INNER`), whichever moves fewer rows: a redistribution sends each row of the
    /// moved side(s) once, a broadcast copies the inner to every slice that joins (each builds
    /// a hash table of all of it), so only an inner much smaller than the rest is broadcast.
    /// Without equality keys only a broadcast can pair every row; outer
    /// joins that keep the inner's unmatched rows (RIGHT, FULL) cannot replicate the inner.
    static func choose(outer: Side, inner: Side, hasKeys: Bool, innerReplicable: Bool, sliceCount: Int) -> DataMovement {
        if inner.distribution == .all, innerReplicable { return .allNone }
        if outer.distribution == .all { return .allInner }
        guard hasKeys else { return .broadcastInner }
        if let key = outer.distributedKey, key == inner.distributedKey { return .none }
        let redistribution: (DataMovement, Double) = switch (outer.distributedKey, inner.distributedKey) {
        case (.some, _): (.distInner, inner.rows)
        case (nil, .some): (.distOuter, outer.rows)
        case (nil, nil): (.distBoth, outer.rows + inner.rows)
        }
        guard innerReplicable else { return redistribution.0 }
        let broadcast = inner.rows * Double(max(sliceCount, 1))
        return broadcast < redistribution.1 ? .broadcastInner : redistribution.0
    }

    /// Rows this movement sends to other slices, for the cost model.
    func movedRows(outerRows: Double, innerRows: Double, sliceCount: Int) -> Double {
        switch self {
        case .none, .allNone: 0
        case .distInner, .allInner: innerRows
        case .distOuter: outerRows
        case .distBoth: outerRows + innerRows
        case .broadcastInner: innerRows * Double(max(sliceCount, 1))
        }
    }
}

/// How the rows of a plan step are spread over slices, as far as joins care.
enum StreamDistribution: Equatable, Sendable {
    /// Hashed on output column `n`: equal values on the same slice.
    case key(Int)
    /// Spread with no useful key (EVEN, or after a step that loses the key).
    case even
    /// A full copy on every node.
    case all
}
