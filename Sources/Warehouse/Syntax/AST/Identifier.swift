/// A name as written: unquoted names already folded to lower case, quoted names exactly as
/// written. Redshift also folds quoted names unless the session sets
/// `enable_case_sensitive_identifier`; since unquoted names are lower case already, the binder
/// applies that setting by lower-casing every name, so whether a name was quoted is not kept
/// (the printer re-quotes when needed).
public struct Identifier: Sendable, Hashable, CustomStringConvertible {
    public var value: String
    public var location: SourceLocation

    public var description: String { value }
}

/// A possibly qualified object name: `t`, `s.t` or `db.s.t`.
public struct ObjectName: Sendable, Hashable, CustomStringConvertible {
    public var parts: [Identifier]

    public var location: SourceLocation { parts[0].location }
    /// The object's own name, the last part.
    public var name: Identifier { parts[parts.count - 1] }
    /// The parts before the name (schema, or database and schema).
    public var qualifier: [Identifier] { Array(parts.dropLast()) }

    public var description: String { parts.map(\.value).joined(separator: ".") }
}
