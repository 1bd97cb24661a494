import Foundation

/// The comparison at the heart of a condition operator, grouped in the families IAM documents.
public enum ConditionComparison: String, CaseIterable, Equatable, Hashable, Sendable {
    case stringEquals = "StringEquals"
    case stringNotEquals = "StringNotEquals"
    case stringEqualsIgnoreCase = "StringEqualsIgnoreCase"
    case stringNotEqualsIgnoreCase = "StringNotEqualsIgnoreCase"
    case stringLike = "StringLike"
    case stringNotLike = "StringNotLike"
    case numericEquals = "NumericEquals"
    case numericNotEquals = "NumericNotEquals"
    case numericLessThan = "NumericLessThan"
    case numericLessThanEquals = "NumericLessThanEquals"
    case numericGreaterThan = "NumericGreaterThan"
    case numericGreaterThanEquals = "NumericGreaterThanEquals"
    case dateEquals = "DateEquals"
    case dateNotEquals = "DateNotEquals"
    case dateLessThan = "DateLessThan"
    case dateLessThanEquals = "DateLessThanEquals"
    case dateGreaterThan = "DateGreaterThan"
    case dateGreaterThanEquals = "DateGreaterThanEquals"
    case bool = "Bool"
    case binaryEquals = "BinaryEquals"
    case ipAddress = "IpAddress"
    case notIpAddress = "NotIpAddress"
    case arnEquals = "ArnEquals"
    case arnLike = "ArnLike"
    case arnNotEquals = "ArnNotEquals"
    case arnNotLike = "ArnNotLike"
    case null = "Null"

    /// Negated comparisons hold when no policy value matches, which is why they are true for a
    /// key the request lacks: there is nothing there to be equal.
    var isNegated: Bool {
        switch self {
        case .stringNotEquals, .stringNotEqualsIgnoreCase, .stringNotLike, .numericNotEquals,
             .dateNotEquals, .notIpAddress, .arnNotEquals, .arnNotLike:
            true
        default:
            false
        }
    }

    /// Policy variables are expanded in string and ARN values only.
    var expandsVariables: Bool {
        switch self {
        case .stringEquals, .stringNotEquals, .stringEqualsIgnoreCase, .stringNotEqualsIgnoreCase,
             .stringLike, .stringNotLike, .arnEquals, .arnLike, .arnNotEquals, .arnNotLike:
            true
        default:
            false
        }
    }

    /// The positive relation (the un-negated one for negated comparisons) between one policy
    /// value, already expanded into a pattern, and one request value.
    func relates(_ policyValue: WildcardPattern, _ requestValue: String) -> Bool {
        let text = policyValue.literalText
        switch self {
        case .stringEquals, .stringNotEquals:
            return text == requestValue
        case .stringEqualsIgnoreCase, .stringNotEqualsIgnoreCase:
            return text.lowercased() == requestValue.lowercased()
        case .stringLike, .stringNotLike:
            return policyValue.matches(requestValue)
        case .arnEquals, .arnLike, .arnNotEquals, .arnNotLike:
            return ARNPattern.matches(policyValue, requestValue)
        case .numericEquals, .numericNotEquals, .numericLessThan, .numericLessThanEquals,
             .numericGreaterThan, .numericGreaterThanEquals:
            guard let policy = Double(text), let request = Double(requestValue) else { return false }
            return ordered(request, policy)
        case .dateEquals, .dateNotEquals, .dateLessThan, .dateLessThanEquals, .dateGreaterThan,
             .dateGreaterThanEquals:
            guard let policy = ConditionDate.parse(text), let request = ConditionDate.parse(requestValue) else {
                return false
            }
            return ordered(request, policy)
        case .bool:
            let policy = text.lowercased()
            return (policy == "true" || policy == "false") && policy == requestValue.lowercased()
        case .binaryEquals:
            guard let policy = Data(base64Encoded: text), let request = Data(base64Encoded: requestValue) else {
                return false
            }
            return policy == request
        case .ipAddress, .notIpAddress:
            guard let range = IPAddressRange(text), let address = IPAddressRange(requestValue),
                  address.isSingleAddress else { return false }
            return range.contains(address)
        case .null:
            // Null looks only at presence; ConditionClause decides it before any value comparison.
            return false
        }
    }

    /// The request value compared with the policy value, e.g. NumericLessThan: request < policy.
    private func ordered<T: Comparable>(_ request: T, _ policy: T) -> Bool {
        switch self {
        case .numericLessThan, .dateLessThan: request < policy
        case .numericLessThanEquals, .dateLessThanEquals: request <= policy
        case .numericGreaterThan, .dateGreaterThan: request > policy
        case .numericGreaterThanEquals, .dateGreaterThanEquals: request >= policy
        default: request == policy
        }
    }
}
