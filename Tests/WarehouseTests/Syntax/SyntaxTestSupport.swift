@testable import Warehouse

/// Builders for expected syntax trees. Locations compare equal whatever their value, so expected
/// trees use a placeholder; tests about positions read them from the parsed tree.
enum AST {
    static let here = SourceLocation(byteOffset: 0, position: 1)

    static func id(_ name: String) -> Identifier { Identifier(value: name, location: here) }
    static func name(_ parts: String...) -> ObjectName { ObjectName(parts: parts.map(id)) }
    static func expr(_ kind: ExpressionKind) -> Expression { Expression(kind: kind, location: here) }
    static func col(_ parts: String...) -> Expression { expr(.column(parts.map(id))) }
    static func int(_ value: Int64) -> Expression { expr(.literal(.integer(value))) }
    static func str(_ value: String) -> Expression { expr(.literal(.string(value))) }
    static func num(_ text: String) -> Expression { expr(.literal(.numeric(text))) }
    static func bin(_ op: BinaryOperator, _ left: Expression, _ right: Expression) -> Expression {
        expr(.binary(op, left, right))
    }
    static func type(_ words: String..., modifiers: [TypeModifier] = []) -> TypeName {
        TypeName(words: words, modifiers: modifiers, location: here)
    }
    static func call(_ function: String, _ arguments: Expression..., distinct: Bool = false) -> FunctionCall {
        FunctionCall(name: name(function), arguments: arguments, isStar: false, isDistinct: distinct,
                     isApproximate: false, withinGroup: [], nullTreatment: nil, window: nil)
    }
    static func function(_ call: FunctionCall) -> Expression { expr(.function(call)) }
    static func order(_ expression: Expression, _ direction: SortDirection? = nil, _ nulls: NullsOrder? = nil)
        -> OrderItem {
        OrderItem(expression: expression, direction: direction, nulls: nulls)
    }
    static func table(_ parts: String..., alias: String? = nil) -> TableReference {
        .table(ObjectName(parts: parts.map(id)), alias: alias.map { TableAlias(name: id($0), columns: []) })
    }
    static func select(_ items: [SelectItem], from: [TableReference] = [], where condition: Expression? = nil)
        -> Select {
        Select(distinct: false, top: nil, items: items, into: nil, from: from, whereClause: condition, groupBy: [],
               having: nil, location: here)
    }
    static func item(_ expression: Expression, as alias: String? = nil) -> SelectItem {
        .expression(expression, alias: alias.map(id))
    }
    static func attributes(_ kinds: ColumnAttribute.Kind...) -> [ColumnAttribute] {
        kinds.map { ColumnAttribute(kind: $0, location: here) }
    }
    static func tableAttributes(_ kinds: TableAttribute.Kind...) -> [TableAttribute] {
        kinds.map { TableAttribute(kind: $0, location: here) }
    }
    static func actions(_ kinds: AlterTableAction.Kind...) -> [AlterTableAction] {
        kinds.map { AlterTableAction(kind: $0, location: here) }
    }
    static func clauses(_ kinds: MergeClause.Kind...) -> [MergeClause] {
        kinds.map { MergeClause(kind: $0, location: here) }
    }
    static func grouping(_ kinds: GroupingElement.Kind...) -> [GroupingElement] {
        kinds.map { GroupingElement(kind: $0, location: here) }
    }
    static func query(_ body: QueryBody) -> Query {
        Query(with: nil, body: body, orderBy: [], limit: nil, offset: nil, location: here)
    }
}

/// Parsing helpers that fail the test with the parser's error text.
enum Parse {
    static func statement(_ sql: String) throws -> StatementKind {
        try Parser.parseStatement(sql).kind
    }

    static func expression(_ sql: String) throws -> Expression {
        try Parser.parseExpression(sql)
    }

    static func query(_ sql: String) throws -> Query? {
        if case .query(let query) = try statement(sql) { return query }
        return nil
    }

    static func error(_ sql: String) -> SQLError? {
        do {
            _ = try Parser.parse(sql)
            return nil
        } catch {
            return error
        }
    }
}
