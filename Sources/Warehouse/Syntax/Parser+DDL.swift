/// CREATE SCHEMA, TABLE (with Redshift column and table attributes), TABLE AS, VIEW and
/// MATERIALIZED VIEW; DROP, TRUNCATE and REFRESH.
extension Parser {
    mutating func parseCreate() throws(SQLError) -> StatementKind {
        try expectKeyword(.create)
        if consumeKeyword(.or) {
            try expectKeywords(.replace, .view)
            return .createView(try parseCreateView(orReplace: true))
        }
        if consumeKeyword(.view) { return .createView(try parseCreateView(orReplace: false)) }
        if consumeKeyword(.materialized) {
            try expectKeyword(.view)
            return .createMaterializedView(try parseCreateMaterializedView())
        }
        if consumeKeyword(.schema) { return .createSchema(try parseCreateSchema()) }
        var temporary = false
        if consumeKeyword(.local) {
            guard consumeKeyword(.temp) || consumeKeyword(.temporary) else { throw syntaxError() }
            temporary = true
        } else if consumeKeyword(.temp) || consumeKeyword(.temporary) {
            temporary = true
        }
        try expectKeyword(.table)
        return try parseCreateTable(temporary: temporary)
    }

    /// `IF NOT EXISTS`; once `IF NOT` is read, EXISTS is required (`if` alone may be a name).
    private mutating func parseIfNotExists() throws(SQLError) -> Bool {
        guard isKeyword(.if), peek().keyword == .not else { return false }
        advance()
        advance()
        try expectKeyword(.exists)
        return true
    }

    private mutating func parseCreateSchema() throws(SQLError) -> CreateSchema {
        let ifNotExists = try parseIfNotExists()
        let name = try parseIdentifier()
        let authorization = consumeKeyword(.authorization) ? try parseIdentifier() : nil
        return CreateSchema(ifNotExists: ifNotExists, name: name, authorization: authorization)
    }

    /// CREATE TABLE with column definitions, or CREATE TABLE AS (CTAS).
    private mutating func parseCreateTable(temporary: Bool) throws(SQLError) -> StatementKind {
        let ifNotExists = try parseIfNotExists()
        let name = try parseObjectName()
        if !current.isPunctuation("(") || isColumnNameList {
            let columns = try parseOptionalColumnList()
            let attributes = try parseTableAttributes(allowsAutoRefresh: false).attributes
            try expectKeyword(.as)
            return .createTableAs(CreateTableAs(temporary: temporary, ifNotExists: ifNotExists, name: name,
                                                columns: columns, attributes: attributes, query: try parseQuery()))
        }
        try expectPunctuation("(")
        var elements: [TableElement] = []
        repeat {
            elements.append(try parseTableElement())
        } while consumePunctuation(",")
        try expectPunctuation(")")
        let attributes = try parseTableAttributes(allowsAutoRefresh: false).attributes
        return .createTable(CreateTable(temporary: temporary, ifNotExists: ifNotExists, name: name,
                                        elements: elements, attributes: attributes))
    }

    /// `( a, b )` with nothing but names is a CTAS column list; column definitions have types.
    private var isColumnNameList: Bool {
        var position = index + 1
        while true {
            switch tokens[position].kind {
            case .word, .quotedIdentifier: break
            default: return false
            }
            if tokens[position + 1].isPunctuation(")") { return true }
            guard tokens[position + 1].isPunctuation(",") else { return false }
            position += 2
        }
    }

    private mutating func parseTableElement() throws(SQLError) -> TableElement {
        if consumeKeyword(.like) {
            let parent = try parseObjectName()
            var includingDefaults: Bool?
            if consumeKeyword(.including) {
                try expectKeyword(.defaults)
                includingDefaults = true
            } else if consumeKeyword(.excluding) {
                try expectKeyword(.defaults)
                includingDefaults = false
            }
            return .like(parent, includingDefaults: includingDefaults)
        }
        if let constraint = try parseTableConstraint() { return .constraint(constraint) }
        return .column(try parseColumnDefinition())
    }

    /// `[CONSTRAINT name] PRIMARY KEY (...) | UNIQUE (...) | FOREIGN KEY (...) REFERENCES t [(...)]`,
    /// or `nil` when the current tokens don't start one.
    mutating func parseTableConstraint() throws(SQLError) -> TableConstraint? {
        let location = current.location
        var name: Identifier?
        if consumeKeyword(.constraint) {
            name = try parseIdentifier()
        } else if !(isKeyword(.primary) || isKeyword(.unique) || isKeyword(.foreign)) {
            return nil
        }
        let kind: TableConstraintKind
        if consumeKeyword(.primary) {
            try expectKeyword(.key)
            kind = .primaryKey(try parseParenthesizedIdentifiers())
        } else if consumeKeyword(.unique) {
            kind = .unique(try parseParenthesizedIdentifiers())
        } else {
            try expectKeyword(.foreign)
            try expectKeyword(.key)
            let columns = try parseParenthesizedIdentifiers()
            try expectKeyword(.references)
            let table = try parseObjectName()
            kind = .foreignKey(columns, references: table, columns: try parseOptionalColumnList())
        }
        return TableConstraint(name: name, kind: kind, location: location)
    }

    mutating func parseColumnDefinition() throws(SQLError) -> ColumnDefinition {
        let name = try parseIdentifier()
        let type = try parseTypeName()
        var attributes: [ColumnAttribute] = []
        while true {
            let location = current.location
            guard let kind = try parseColumnAttribute() else { break }
            attributes.append(ColumnAttribute(kind: kind, location: location))
        }
        return ColumnDefinition(name: name, type: type, attributes: attributes)
    }

    private mutating func parseColumnAttribute() throws(SQLError) -> ColumnAttribute.Kind? {
        switch current.keyword {
        case .default:
            advance()
            return .defaultValue(try parseExpression(minimum: Precedence.comparison))
        case .identity:
            advance()
            let (seed, step) = try parseIdentityArguments()
            return .identity(seed: seed, step: step, generatedByDefault: false)
        case .generated:
            advance()
            try expectKeyword(.by)
            try expectKeyword(.default)
            try expectKeyword(.as)
            try expectKeyword(.identity)
            let (seed, step) = try parseIdentityArguments()
            return .identity(seed: seed, step: step, generatedByDefault: true)
        case .encode:
            advance()
            return .encode(try parseLabel().value)
        case .distkey:
            advance()
            return .distkey
        case .sortkey:
            advance()
            return .sortkey
        case .not:
            advance()
            try expectKeyword(.null)
            return .notNull
        case .null:
            advance()
            return .null
        case .primary:
            advance()
            try expectKeyword(.key)
            return .primaryKey
        case .unique:
            advance()
            return .unique
        case .references:
            advance()
            let table = try parseObjectName()
            return .references(table, columns: try parseOptionalColumnList())
        case .collate:
            advance()
            return .collate(try parseLabel().value)
        default:
            return nil
        }
    }

    private mutating func parseIdentityArguments() throws(SQLError) -> (Int64, Int64) {
        try expectPunctuation("(")
        let seed = try parseSignedInteger()
        try expectPunctuation(",")
        let step = try parseSignedInteger()
        try expectPunctuation(")")
        return (seed, step)
    }

    /// Table attributes in any order: BACKUP, DISTSTYLE, DISTKEY, [COMPOUND | INTERLEAVED] SORTKEY,
    /// ENCODE AUTO, and for materialized views AUTO REFRESH.
    private mutating func parseTableAttributes(allowsAutoRefresh: Bool) throws(SQLError)
        -> (attributes: [TableAttribute], autoRefresh: Bool?) {
        var attributes: [TableAttribute] = []
        var autoRefresh: Bool?
        while true {
            let location = current.location
            if consumeKeyword(.backup) {
                attributes.append(TableAttribute(kind: .backup(try parseYesNo()), location: location))
            } else if consumeKeyword(.diststyle) {
                attributes.append(TableAttribute(kind: .distStyle(try parseDistStyle()), location: location))
            } else if consumeKeyword(.distkey) {
                try expectPunctuation("(")
                attributes.append(TableAttribute(kind: .distKey(try parseIdentifier()), location: location))
                try expectPunctuation(")")
            } else if isKeyword(.sortkey) || isKeyword(.compound) || isKeyword(.interleaved) {
                attributes.append(TableAttribute(kind: .sortKey(try parseSortKey(allowsNone: false)), location: location))
            } else if consumeKeyword(.encode) {
                try expectKeyword(.auto)
                attributes.append(TableAttribute(kind: .encodeAuto, location: location))
            } else if allowsAutoRefresh, consumeKeyword(.auto) {
                try expectKeyword(.refresh)
                autoRefresh = try parseYesNo()
            } else {
                return (attributes, autoRefresh)
            }
        }
    }

    private mutating func parseYesNo() throws(SQLError) -> Bool {
        if consumeKeyword(.yes) { return true }
        try expectKeyword(.no)
        return false
    }

    mutating func parseDistStyle() throws(SQLError) -> DistStyle {
        let style: DistStyle
        switch current.keyword {
        case .auto: style = .auto
        case .even: style = .even
        case .key: style = .key
        case .all: style = .all
        default: throw syntaxError()
        }
        advance()
        return style
    }

    /// `[COMPOUND | INTERLEAVED] SORTKEY (columns) | SORTKEY AUTO`, plus `NONE` after ALTER.
    mutating func parseSortKey(allowsNone: Bool) throws(SQLError) -> SortKey {
        var style: SortKeyStyle?
        if consumeKeyword(.compound) {
            style = .compound
        } else if consumeKeyword(.interleaved) {
            style = .interleaved
        }
        try expectKeyword(.sortkey)
        if style == nil {
            if consumeKeyword(.auto) { return .auto }
            if allowsNone, consumeKeyword(.noneKeyword) { return .none }
        }
        return .columns(style, try parseParenthesizedIdentifiers())
    }

    private mutating func parseCreateView(orReplace: Bool) throws(SQLError) -> CreateView {
        let name = try parseObjectName()
        let columns = try parseOptionalColumnList()
        try expectKeyword(.as)
        let query = try parseQuery()
        let late = consumeKeyword(.with)
        if late { try expectKeywords(.no, .schema, .binding) }
        return CreateView(orReplace: orReplace, name: name, columns: columns, query: query, withNoSchemaBinding: late)
    }

    private mutating func parseCreateMaterializedView() throws(SQLError) -> CreateMaterializedView {
        let name = try parseObjectName()
        let (attributes, autoRefresh) = try parseTableAttributes(allowsAutoRefresh: true)
        try expectKeyword(.as)
        return CreateMaterializedView(name: name, attributes: attributes, autoRefresh: autoRefresh,
                                      query: try parseQuery())
    }

    mutating func parseAlterMaterializedView() throws(SQLError) -> StatementKind {
        try expectKeywords(.alter, .materialized, .view)
        let name = try parseObjectName()
        try expectKeywords(.auto, .refresh)
        return .alterMaterializedViewAutoRefresh(name, try parseYesNo())
    }

    mutating func parseRefresh() throws(SQLError) -> ObjectName {
        try expectKeyword(.refresh)
        try expectKeyword(.materialized)
        try expectKeyword(.view)
        return try parseObjectName()
    }

    mutating func parseDrop() throws(SQLError) -> Drop {
        try expectKeyword(.drop)
        let objectKind: DroppedObject
        if consumeKeyword(.table) {
            objectKind = .table
        } else if consumeKeyword(.view) {
            objectKind = .view
        } else if consumeKeyword(.materialized) {
            try expectKeyword(.view)
            objectKind = .materializedView
        } else {
            try expectKeyword(.schema)
            objectKind = .schema
        }
        let ifExists = consumeKeywords(.if, .exists)
        let names = try parseObjectNames()
        return Drop(objectKind: objectKind, ifExists: ifExists, names: names, behavior: parseDropBehavior())
    }

    mutating func parseDropBehavior() -> DropBehavior? {
        if consumeKeyword(.cascade) { return .cascade }
        if consumeKeyword(.restrict) { return .restrict }
        return nil
    }

    mutating func parseTruncate() throws(SQLError) -> ObjectName {
        try expectKeyword(.truncate)
        _ = consumeKeyword(.table)
        return try parseObjectName()
    }
}
