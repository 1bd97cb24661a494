/// The columns a clause can name: each with the table alias that qualifies it. Positions in
/// the scope are positions in the input row the bound expression reads.
struct Scope: Sendable {
    struct Column: Sendable {
        var qualifier: String?
        var name: String
        var type: DataType
        /// The right-hand copy of a USING/NATURAL join column: reachable only qualified and left
        /// out of `*`, as the join shows the column once.
        var mergedAway = false
    }

    var columns: [Column] = []

    static func + (lhs: Scope, rhs: Scope) -> Scope { Scope(columns: lhs.columns + rhs.columns) }

    /// The position of the column `parts` names (`c`, `t.c`, `s.t.c`), or PostgreSQL's error.
    func resolve(_ parts: [Identifier]) throws -> Int {
        guard let last = parts.last else { throw CatalogErrors.noColumn("") }
        let name = last.value
        let position = last.location.position
        if parts.count == 1 {
            let matches = columns.indices.filter { columns[$0].name == name && !columns[$0].mergedAway }
            if matches.count > 1 {
                throw SQLError(SQLState.ambiguousColumn, "column reference \"\(name)\" is ambiguous", position: parts[0].location.position)
            }
            guard let match = matches.first else {
                var error = CatalogErrors.noColumn(name)
                error.position = position
                throw error
            }
            return match
        }
        let qualifier = parts[parts.count - 2].value
        guard columns.contains(where: { $0.qualifier == qualifier }) else {
            throw SQLError(SQLState.undefinedTable, "missing FROM-clause entry for table \"\(qualifier)\"",
                           position: parts[0].location.position)
        }
        let matches = columns.indices.filter { columns[$0].qualifier == qualifier && columns[$0].name == name }
        guard let match = matches.first else {
            var error = CatalogErrors.noColumn("\(qualifier).\(name)")
            error.position = parts[0].location.position
            throw error
        }
        return match
    }

    /// The positions `*` (no qualifier) or `t.*` expands to.
    func expand(qualifier: [Identifier], location: SourceLocation) throws -> [Int] {
        guard let table = qualifier.last?.value else {
            return columns.indices.filter { !columns[$0].mergedAway }
        }
        let matches = columns.indices.filter { columns[$0].qualifier == table }
        guard !matches.isEmpty else {
            throw SQLError(SQLState.undefinedTable, "missing FROM-clause entry for table \"\(table)\"",
                           position: location.position)
        }
        return matches
    }

    /// The same columns, now qualified by `alias` (and renamed by `names` when given).
    func requalified(_ alias: String?, names: [String] = []) -> Scope {
        var result = self
        for index in result.columns.indices {
            result.columns[index].qualifier = alias
            result.columns[index].mergedAway = false
            if index < names.count { result.columns[index].name = names[index] }
        }
        return result
    }
}
