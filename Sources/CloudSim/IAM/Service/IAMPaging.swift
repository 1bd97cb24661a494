/// IAM's list paging: at most `MaxItems` entries per answer (100 by default), `IsTruncated`
/// and a `Marker` to continue from. The CLI follows markers itself and shows only the entries.
enum IAMPaging {
    static func pagination(_ resultKey: String) -> Pagination {
        Pagination(inputToken: "Marker", outputToken: "Marker", limitKey: "MaxItems",
                   resultKeys: [resultKey], nonAggregateKeys: [])
    }

    /// The input members of a paged list operation.
    static let inputMembers: [ShapeMember] = [.optional("Marker", .string(minLength: 1)), .optional("MaxItems", .integer(min: 1))]

    /// One page of `items` (sorted by `key`) after the request's marker, as response members:
    /// `resultKey`, `IsTruncated` and, when truncated, `Marker`.
    static func page<Item>(_ items: [Item], key: (Item) -> String, resultKey: String, request: OperationRequest,
                           value: (Item) -> AWSValue) throws -> [AWSValue.Member] {
        var remaining = items
        if let marker = request["Marker"]?.stringValue {
            guard let after = try? ContinuationToken.decode(marker) else {
                throw IAMErrors.invalidInput("Invalid Marker: \(marker)")
            }
            remaining = items.filter { key($0) > after }
        }
        let limit = request["MaxItems"]?.integerValue ?? 100
        let shown = Array(remaining.prefix(limit))
        let truncated = remaining.count > shown.count
        var members = [AWSValue.Member(resultKey, .list(shown.map(value))), AWSValue.Member("IsTruncated", .bool(truncated))]
        if truncated, let last = shown.last { members.append(AWSValue.Member("Marker", .string(ContinuationToken.encode(key(last))))) }
        return members
    }
}
