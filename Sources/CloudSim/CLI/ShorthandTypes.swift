/// What awscli's `BackCompatVisitor` does after shorthand parsing: the model turns a single
/// value into a one-item list and converts numbers and `true`/`false`; everything else is left
/// for validation to judge.
enum ShorthandTypes {
    static func convert(_ value: AWSValue, shape: Shape) throws -> AWSValue {
        switch (shape, value) {
        case (.structure(let members), .object(let fields)):
            return .object(try fields.map { field in
                guard let member = members.first(where: { $0.name == field.name }) else { return field }
                return AWSValue.Member(field.name, try convert(field.value, shape: member.shape))
            })
        case (.list(let member), .list(let items)):
            return .list(try items.map { try convert($0, shape: member) })
        case (.list(let member), _):
            return .list([try convert(value, shape: member)])
        case (.map(let valueShape), .object(let fields)):
            return .object(try fields.map { AWSValue.Member($0.name, try convert($0.value, shape: valueShape)) })
        case (.integer, _), (.long, _):
            return .integer(try PythonNumbers.int(value))
        case (.double, _):
            return .double(try PythonNumbers.float(value))
        case (.boolean, .string(let text)):
            switch text.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return value
            }
        default:
            return value
        }
    }
}
