import Foundation

/// botocore's client-side validation of a request against the model, with its messages: every
/// problem is listed under `Parameter validation failed:`, and nothing is sent if there is one.
enum ParameterValidator {
    static func validate(_ input: AWSValue, members: [ShapeMember]) throws(CLIFailure) {
        var errors: [String] = []
        check(input, shape: .structure(members), name: "", errors: &errors)
        if !errors.isEmpty {
            throw .parameter("Parameter validation failed:\n" + errors.joined(separator: "\n"))
        }
    }

    private static func display(_ name: String) -> String {
        if name.isEmpty { return "input" }
        return name.hasPrefix(".") ? String(name.dropFirst()) : name
    }

    private static func invalidType(_ value: AWSValue, _ name: String, _ valid: String, _ errors: inout [String]) {
        errors.append("Invalid type for parameter \(display(name)), value: \(PythonRepr.str(value)), "
            + "type: \(PythonRepr.type(value)), valid types: \(valid)")
    }

    private static func check(_ value: AWSValue, shape: Shape, name: String, errors: inout [String]) {
        switch shape {
        case .structure(let members):
            guard case .object(let fields) = value else {
                return invalidType(value, name, "<class 'dict'>", &errors)
            }
            for member in members where member.isRequired && !fields.contains(where: { $0.name == member.name }) {
                errors.append("Missing required parameter in \(display(name)): \"\(member.name)\"")
            }
            var known: [(AWSValue.Member, ShapeMember)] = []
            for field in fields {
                if let member = members.first(where: { $0.name == field.name }) {
                    known.append((field, member))
                } else {
                    errors.append("Unknown parameter in \(display(name)): \"\(field.name)\", must be one of: "
                        + members.map(\.name).joined(separator: ", "))
                }
            }
            for (field, member) in known {
                check(field.value, shape: member.shape, name: "\(name).\(field.name)", errors: &errors)
            }
        case .list(let member):
            guard case .list(let items) = value else {
                return invalidType(value, name, "<class 'list'>, <class 'tuple'>", &errors)
            }
            for (index, item) in items.enumerated() {
                check(item, shape: member, name: "\(name)[\(index)]", errors: &errors)
            }
        case .map(let valueShape):
            guard case .object(let fields) = value else {
                return invalidType(value, name, "<class 'dict'>", &errors)
            }
            for field in fields {
                check(field.value, shape: valueShape, name: "\(name) (key: \(field.name))", errors: &errors)
            }
        case .string(let minLength):
            guard case .string(let text) = value else {
                return invalidType(value, name, "<class 'str'>", &errors)
            }
            if let minLength, text.count < minLength {
                errors.append("Invalid length for parameter \(display(name)), value: \(text.count), "
                    + "valid min length: \(minLength)")
            }
        case .integer(let min), .long(let min):
            guard case .integer(let number) = value else {
                return invalidType(value, name, "<class 'int'>", &errors)
            }
            if let min, number < min {
                errors.append("Invalid value for parameter \(display(name)), value: \(number), valid min value: \(min)")
            }
        case .boolean:
            guard case .bool = value else { return invalidType(value, name, "<class 'bool'>", &errors) }
        case .double:
            switch value {
            case .double, .integer: return
            default: invalidType(value, name, "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>", &errors)
            }
        case .timestamp:
            switch value {
            case .integer, .double: return
            case .string(let text) where Timestamps.parse(text) != nil: return
            default: invalidType(value, name, "<class 'datetime.datetime'>, timestamp-string", &errors)
            }
        case .blob:
            switch value {
            case .blob, .string: return
            default: invalidType(value, name, "<class 'bytes'>, <class 'bytearray'>, file-like object", &errors)
            }
        }
    }
}
