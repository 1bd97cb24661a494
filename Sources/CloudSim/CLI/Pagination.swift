/// A paginated operation's tokens, as botocore's `paginators-1.json` declares them. Unless the
/// user passes a token or limit, the CLI calls the operation until the last page and prints the
/// merged result keys plus the non-aggregate keys (`null` when absent).
public struct Pagination: Sendable {
    public let inputToken: String
    public let outputToken: String
    public let limitKey: String
    public let resultKeys: [String]
    public let nonAggregateKeys: [String]
    /// The member that says whether more pages follow, when the service has one (`IsTruncated`).
    public var moreResults: String? = nil
}
