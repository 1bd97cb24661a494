/// A data type exactly as written, before any meaning is given to it: the binder's type system
/// maps `"character varying"(256)` or `int4` to a semantic type. The words are lower case and
/// multi-word names are kept whole (`double precision`, `timestamp without time zone`).
public struct TypeName: Sendable, Hashable, CustomStringConvertible {
    public var words: [String]
    public var modifiers: [TypeModifier]
    public var location: SourceLocation

    /// The name words joined by single spaces, e.g. `character varying`.
    public var name: String { words.joined(separator: " ") }

    public var description: String { SQLPrinter.typeName(self) }
}

/// One parenthesised type modifier: a length, precision or scale, or Redshift's `MAX` length.
public enum TypeModifier: Sendable, Hashable {
    case number(Int)
    case max
}
