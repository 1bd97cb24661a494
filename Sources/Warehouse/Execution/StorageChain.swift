/// A stored table's scan under filters and projections only: a plan that can run batch by
/// batch, so a LIMIT over it stops reading once it has its rows.
struct StorageChain {
    enum Stage {
        case filter(BoundExpression)
        case project([BoundExpression])
    }

    let scan: ScanPlan
    /// Applied in order, after the scan's own predicate.
    let stages: [Stage]
    let types: [DataType]

    init?(_ plan: LogicalPlan) {
        types = plan.types
        var stages: [Stage] = []
        var node = plan
        while true {
            switch node {
            case .scan(let scan) where !scan.isSystem:
                self.scan = scan
                self.stages = stages.reversed()
                return
            case .filter(let input, let predicate):
                stages.append(.filter(predicate))
                node = input
            case .project(let input, let expressions):
                stages.append(.project(expressions))
                node = input
            default:
                return nil
            }
        }
    }
}
