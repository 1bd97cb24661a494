import Foundation

/// Glue's list paging: at most `MaxResults` entries per answer and a `NextToken` to continue
/// from (the last name returned, opaque to the caller). The CLI follows tokens itself.
enum GluePaging {
    static func pagination(_ resultKey: String) -> Pagination {
        Pagination(inputToken: "NextToken", outputToken: "NextToken", limitKey: "MaxResults",
                   resultKeys: [resultKey], nonAggregateKeys: [])
    }

    static let inputMembers: [ShapeMember] = [.optional("NextToken", .string), .optional("MaxResults", .integer(min: 1))]

    /// One page of `items` (sorted by `key`) after the request's token, as response members:
    /// `resultKey` and, when more follow, `NextToken`.
    static func page<Item>(_ items: [Item], key: (Item) -> String, resultKey: String, request: OperationRequest,
                           defaultLimit: Int, maxLimit: Int, value: (Item) -> AWSValue) throws -> AWSValue {
        var remaining = items
        if let token = request["NextToken"]?.stringValue {
            guard let data = Data(base64Encoded: token), let after = String(data: data, encoding: .utf8) else {
                throw GlueErrors.invalidInput("Invalid pagination token")
            }
            remaining = items.filter { key($0) > after }
        }
        let limit = request["MaxResults"]?.integerValue ?? defaultLimit
        guard (1...maxLimit).contains(limit) else {
            throw GlueErrors.invalidInput("1 validation error detected: Value '\(limit)' at 'maxResults' failed to satisfy "
                                          + "constraint: Member must have value less than or equal to \(maxLimit)")
        }
        let shown = Array(remaining.prefix(limit))
        let next = remaining.count > shown.count ? shown.last.map { Data(key($0).utf8).base64EncodedString() } : nil
        return .object([resultKey: .list(shown.map(value)), "NextToken": next.map(AWSValue.string)])
    }
}
