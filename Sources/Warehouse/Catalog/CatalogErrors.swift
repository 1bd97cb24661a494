/// Catalog errors in Redshift's words (Redshift capitalises "Relation" when it already exists).
public enum CatalogErrors {
    public static func noRelation(_ name: String) -> SQLError {
        SQLError(SQLState.undefinedTable, "relation \"\(name)\" does not exist")
    }

    public static func relationExists(_ name: String) -> SQLError {
        SQLError(SQLState.duplicateTable, "Relation \"\(name)\" already exists")
    }

    public static func noSchema(_ name: String) -> SQLError {
        SQLError("3F000", "schema \"\(name)\" does not exist")
    }

    public static func schemaExists(_ name: String) -> SQLError {
        SQLError("42P06", "Schema \"\(name)\" already exists")
    }

    public static func noColumn(_ name: String) -> SQLError {
        SQLError(SQLState.undefinedColumn, "column \"\(name)\" does not exist")
    }

    public static func columnOfRelationMissing(_ column: String, _ relation: String) -> SQLError {
        SQLError(SQLState.undefinedColumn, "column \"\(column)\" of relation \"\(relation)\" does not exist")
    }

    public static func columnExists(_ column: String, _ relation: String) -> SQLError {
        SQLError(SQLState.duplicateColumn, "column \"\(column)\" of relation \"\(relation)\" already exists")
    }

    public static func notA(_ kind: String, _ name: String, hint: String) -> SQLError {
        SQLError("42809", "\"\(name)\" is not a \(kind)", hint: hint)
    }

    public static func dependents(_ object: String) -> SQLError {
        SQLError("2BP01", "cannot drop \(object) because other objects depend on it",
                 hint: "Use DROP ... CASCADE to drop the dependent objects too.")
    }
}
