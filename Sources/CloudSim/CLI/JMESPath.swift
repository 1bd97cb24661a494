import Foundation

/// `--query`: the JMESPath expressions the CLI applies to a response before printing it,
/// following the specification's grammar and jmespath.py's Pratt parser: fields, sub-expressions,
/// indexes and slices, list/flatten/value/filter projections, multi-select lists and hashes,
/// comparisons, `||` `&&` `!`, pipes, literals and the common functions.
public indirect enum JMESPath: Sendable {
    case current
    case field(String)
    case literal(AWSValue)
    case subexpression(JMESPath, JMESPath)
    case index(Int)
    case slice(Int?, Int?, Int?)
    case projection(JMESPath, JMESPath)
    case valueProjection(JMESPath, JMESPath)
    case filterProjection(JMESPath, JMESPath, condition: JMESPath)
    case flatten(JMESPath)
    case multiSelectList([JMESPath])
    case multiSelectHash([(String, JMESPath)])
    case comparison(String, JMESPath, JMESPath)
    case or(JMESPath, JMESPath)
    case and(JMESPath, JMESPath)
    case not(JMESPath)
    case pipe(JMESPath, JMESPath)
    case function(String, [JMESPath])
    case expressionReference(JMESPath)

    /// A malformed expression, worded as jmespath.py words it.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    public static func parse(_ expression: String) throws(ParseError) -> JMESPath {
        var parser = try JMESPathParser(expression)
        return try parser.parse()
    }

    public func search(_ value: AWSValue) -> AWSValue {
        switch self {
        case .current:
            return value
        case .field(let name):
            return value[name] ?? .null
        case .literal(let literal):
            return literal
        case .subexpression(let left, let right):
            return right.search(left.search(value))
        case .index(let index):
            guard case .list(let items) = value else { return .null }
            let position = index < 0 ? items.count + index : index
            return items.indices.contains(position) ? items[position] : .null
        case .slice(let start, let stop, let step):
            guard case .list(let items) = value else { return .null }
            return .list(Self.slice(items, start, stop, step ?? 1))
        case .projection(let left, let right):
            guard case .list(let items) = left.search(value) else { return .null }
            return .list(items.map(right.search).filter { $0 != .null })
        case .valueProjection(let left, let right):
            guard case .object(let members) = left.search(value) else { return .null }
            return .list(members.map { right.search($0.value) }.filter { $0 != .null })
        case .filterProjection(let left, let right, let condition):
            guard case .list(let items) = left.search(value) else { return .null }
            return .list(items.filter { Self.isTruthy(condition.search($0)) }.map(right.search).filter { $0 != .null })
        case .flatten(let inner):
            guard case .list(let items) = inner.search(value) else { return .null }
            return .list(items.flatMap { item -> [AWSValue] in
                if case .list(let nested) = item { return nested }
                return [item]
            })
        case .multiSelectList(let expressions):
            if value == .null { return .null }
            return .list(expressions.map { $0.search(value) })
        case .multiSelectHash(let pairs):
            if value == .null { return .null }
            return .object(pairs.map { AWSValue.Member($0.0, $0.1.search(value)) })
        case .comparison(let op, let left, let right):
            return Self.compare(op, left.search(value), right.search(value))
        case .or(let left, let right):
            let result = left.search(value)
            return Self.isTruthy(result) ? result : right.search(value)
        case .and(let left, let right):
            let result = left.search(value)
            return Self.isTruthy(result) ? right.search(value) : result
        case .not(let inner):
            return .bool(!Self.isTruthy(inner.search(value)))
        case .pipe(let left, let right):
            return right.search(left.search(value))
        case .function(let name, let arguments):
            return JMESPathFunctions.call(name, arguments, on: value)
        case .expressionReference:
            return .null
        }
    }

    static func isTruthy(_ value: AWSValue) -> Bool {
        switch value {
        case .null, .bool(false): return false
        case .string(let text): return !text.isEmpty
        case .list(let items): return !items.isEmpty
        case .object(let members): return !members.isEmpty
        default: return true
        }
    }

    static func number(_ value: AWSValue) -> Double? {
        switch value {
        case .integer(let number): return Double(number)
        case .double(let number): return number
        default: return nil
        }
    }

    private static func compare(_ op: String, _ left: AWSValue, _ right: AWSValue) -> AWSValue {
        switch op {
        case "==": return .bool(equal(left, right))
        case "!=": return .bool(!equal(left, right))
        default:
            guard let a = number(left), let b = number(right) else { return .null }
            switch op {
            case "<": return .bool(a < b)
            case "<=": return .bool(a <= b)
            case ">": return .bool(a > b)
            default: return .bool(a >= b)
            }
        }
    }

    static func equal(_ left: AWSValue, _ right: AWSValue) -> Bool {
        if let a = number(left), let b = number(right) { return a == b }
        switch (left, right) {
        case (.list(let a), .list(let b)):
            return a.count == b.count && zip(a, b).allSatisfy(equal)
        case (.object(let a), .object(let b)):
            return a.count == b.count && a.allSatisfy { member in b.contains { $0.name == member.name && equal($0.value, member.value) } }
        default:
            return left == right
        }
    }

    private static func slice(_ items: [AWSValue], _ start: Int?, _ stop: Int?, _ step: Int) -> [AWSValue] {
        guard step != 0 else { return [] }
        let count = items.count
        func clamp(_ value: Int?, _ fallback: Int) -> Int {
            guard var value else { return fallback }
            if value < 0 { value += count }
            return step > 0 ? min(max(value, 0), count) : min(max(value, -1), count - 1)
        }
        var index = clamp(start, step > 0 ? 0 : count - 1)
        let end = clamp(stop, step > 0 ? count : -1)
        var out: [AWSValue] = []
        while step > 0 ? index < end : index > end {
            out.append(items[index])
            index += step
        }
        return out
    }
}
