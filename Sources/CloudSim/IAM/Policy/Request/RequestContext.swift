import Foundation

/// The condition keys of one request (`aws:SourceIp`, `s3:prefix`, `aws:PrincipalTag/team`, ...)
/// and their values. Keys are looked up without regard to case, as IAM does; a key holds several
/// values when it is multivalued (`aws:TagKeys`), which is what `ForAllValues:`/`ForAnyValue:` test.
///
/// Values are kept as the strings a request carries; each condition operator reads them as the
/// type it compares (numbers, dates, booleans, addresses).
public struct RequestContext: Equatable, Sendable {
    /// A key as written when last set (for reports) with its values.
    private struct Entry: Equatable, Sendable {
        var name: String
        var values: [String]
    }

    /// Entries by lower-cased key name.
    private var entries: [String: Entry] = [:]

    public init() {}

    public init(_ values: [String: [String]]) {
        for (key, keyValues) in values { self[key] = keyValues }
    }

    /// The values of `key`, or `nil` when the request does not carry it.
    public func values(for key: String) -> [String]? {
        entries[key.lowercased()]?.values
    }

    public subscript(key: String) -> [String]? {
        get { values(for: key) }
        set { entries[key.lowercased()] = newValue.map { Entry(name: key, values: $0) } }
    }

    /// Key names as written when set, sorted, for reports.
    public var keys: [String] { entries.values.map { $0.name }.sorted() }

    /// This context plus `aws:CurrentTime` (ISO 8601) and `aws:EpochTime` for `date`, typically
    /// the world clock's now, without overriding keys already set.
    public func addingRequestTime(_ date: Date) -> RequestContext {
        var context = self
        if context["aws:CurrentTime"] == nil {
            context["aws:CurrentTime"] = [date.formatted(Date.ISO8601FormatStyle())]
        }
        if context["aws:EpochTime"] == nil, let seconds = Int(exactly: date.timeIntervalSince1970.rounded(.down)) {
            context["aws:EpochTime"] = [String(seconds)]
        }
        return context
    }

    /// This context plus the global keys AWS derives from the caller (`aws:PrincipalArn`,
    /// `aws:PrincipalAccount`, `aws:PrincipalType`, `aws:username` for IAM users), without
    /// overriding keys already set.
    public func addingPrincipalKeys(of principal: RequestPrincipal) -> RequestContext {
        var context = self
        for (key, value) in principal.derivedContextKeys where context[key] == nil {
            context[key] = [value]
        }
        return context
    }
}
