/// Printing of queries, SELECT blocks and FROM items.
extension SQLPrinter {
    public static func query(_ query: Query) -> String {
        var text = ""
        if let with = query.with {
            text += with.recursive ? "WITH RECURSIVE " : "WITH "
            text += with.tables.map { table in
                identifier(table.name) + (table.columns.isEmpty ? "" : " (" + identifierList(table.columns) + ")")
                    + " AS (" + self.query(table.query) + ")"
            }.joined(separator: ", ") + " "
        }
        text += body(query.body)
        if !query.orderBy.isEmpty { text += " ORDER BY " + orderItems(query.orderBy) }
        if let limit = query.limit { text += " LIMIT " + expression(limit) }
        if let offset = query.offset { text += " OFFSET " + expression(offset) }
        return text
    }

    static func body(_ body: QueryBody) -> String {
        switch body {
        case .select(let select):
            return self.select(select)
        case .nested(let query):
            return "(" + self.query(query) + ")"
        case .setOperation(let operation):
            return setOperand(operation.left) + " " + operation.op.rawValue + (operation.all ? " ALL " : " ")
                + setOperand(operation.right)
        }
    }

    private static func setOperand(_ operand: QueryBody) -> String {
        if case .setOperation = operand { return "(" + body(operand) + ")" }
        return body(operand)
    }

    static func select(_ select: Select) -> String {
        var text = "SELECT "
        if select.distinct { text += "DISTINCT " }
        if let top = select.top { text += "TOP " + operand(top) + " " }
        text += select.items.map(selectItem).joined(separator: ", ")
        if let into = select.into { text += " INTO " + (into.temporary ? "TEMP " : "") + objectName(into.table) }
        if !select.from.isEmpty { text += " FROM " + select.from.map(tableReference).joined(separator: ", ") }
        if let condition = select.whereClause { text += " WHERE " + expression(condition) }
        if !select.groupBy.isEmpty { text += " GROUP BY " + select.groupBy.map(groupingElement).joined(separator: ", ") }
        if let having = select.having { text += " HAVING " + expression(having) }
        return text
    }

    private static func selectItem(_ item: SelectItem) -> String {
        switch item {
        case .wildcard(let qualifier, _):
            return qualifier.map { identifier($0) + "." }.joined() + "*"
        case .expression(let value, let alias):
            return expression(value) + (alias.map { " AS " + identifier($0) } ?? "")
        }
    }

    private static func groupingElement(_ element: GroupingElement) -> String {
        switch element.kind {
        case .expression(let value): expression(value)
        case .rollup(let items): "ROLLUP (" + list(items) + ")"
        case .cube(let items): "CUBE (" + list(items) + ")"
        case .groupingSets(let sets): "GROUPING SETS (" + sets.map { "(" + list($0) + ")" }.joined(separator: ", ") + ")"
        }
    }

    static func tableReference(_ reference: TableReference) -> String {
        switch reference {
        case .table(let name, let alias):
            return objectName(name) + tableAlias(alias)
        case .subquery(let subquery, let alias, _):
            return "(" + query(subquery) + ")" + tableAlias(alias)
        case .join(let join):
            var text = tableReference(join.left) + " "
            if join.condition == .natural { text += "NATURAL " }
            text += join.kind.rawValue + " "
            if case .join = join.right {
                text += "(" + tableReference(join.right) + ")"
            } else {
                text += tableReference(join.right)
            }
            switch join.condition {
            case .on(let condition): text += " ON " + expression(condition)
            case .using(let columns): text += " USING (" + identifierList(columns) + ")"
            case .natural, nil: break
            }
            return text
        }
    }

    private static func tableAlias(_ alias: TableAlias?) -> String {
        guard let alias else { return "" }
        return " AS " + identifier(alias.name) + (alias.columns.isEmpty ? "" : " (" + identifierList(alias.columns) + ")")
    }
}
