/// `COPY table [(columns)] FROM 'source' option...`.
public struct Copy: Sendable, Hashable {
    public var table: ObjectName
    public var columns: [Identifier]
    public var source: String
    public var options: [LoadOption]
}

/// `UNLOAD ('query') TO 'destination' option...`; the query stays text, as Redshift receives it.
public struct Unload: Sendable, Hashable {
    public var query: String
    public var destination: String
    public var options: [LoadOption]
}

/// One COPY or UNLOAD option in the order written, named as Redshift spells it (upper case, e.g.
/// `IAM_ROLE`, `IGNOREHEADER`, `NULL`, `FORMAT`), with its arguments after any `AS`.
/// `PARTITION BY (a, b) INCLUDE` is `PARTITION` with the words `a`, `b`, `include`.
public struct LoadOption: Sendable, Hashable {
    public var name: String
    public var arguments: [OptionValue]
    public var location: SourceLocation
}
