extension LogicalPlan {
    /// The plan as it runs: filters pushed down, inner joins ordered so each has keys to hash on
    /// (the join conditions pushed down again into the new order), and the columns nothing reads
    /// pruned. The executor runs this plan and EXPLAIN describes it, so the two never disagree.
    func optimized(catalog: Catalog) -> LogicalPlan {
        let ordered = JoinOrdering(catalog: catalog).optimize(PredicatePushdown.optimize(self))
        return ProjectionPruning.optimize(PredicatePushdown.optimize(ordered))
    }
}
