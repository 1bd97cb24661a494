/// The relations a query reads in its FROM clauses (including CTEs, set operations and FROM
/// subqueries), by their last name part: what DROP checks views against.
enum QueryReferences {
    static func relationNames(in query: Query) -> Set<String> {
        var names = Set<String>()
        for cte in query.with?.tables ?? [] { names.formUnion(relationNames(in: cte.query)) }
        collect(query.body, into: &names)
        return names
    }

    private static func collect(_ body: QueryBody, into names: inout Set<String>) {
        switch body {
        case .select(let select): for item in select.from { collect(item, into: &names) }
        case .setOperation(let operation):
            collect(operation.left, into: &names)
            collect(operation.right, into: &names)
        case .nested(let query): names.formUnion(relationNames(in: query))
        }
    }

    private static func collect(_ reference: TableReference, into names: inout Set<String>) {
        switch reference {
        case .table(let name, _): names.insert(name.name.value)
        case .subquery(let query, _, _): names.formUnion(relationNames(in: query))
        case .join(let join):
            collect(join.left, into: &names)
            collect(join.right, into: &names)
        }
    }
}
