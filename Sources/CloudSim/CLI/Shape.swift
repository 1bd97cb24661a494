/// The type of a request member, as the service model (botocore's `service-2.json`) declares
/// it: it decides how the CLI reads a command-line value (scalar, shorthand or JSON, a file path
/// for streaming bodies) and how the request is validated before it is sent.
public indirect enum Shape: Sendable {
    case string(minLength: Int? = nil)
    case integer(min: Int? = nil)
    case long(min: Int? = nil)
    case boolean
    case double
    case timestamp
    /// Binary data; a streaming blob (`put-object --body`) is given as a path to a file.
    case blob(streaming: Bool)
    case list(Shape)
    case map(Shape)
    case structure([ShapeMember])

    /// The plain string shape, the most common one.
    public static let string = Shape.string()

    var isScalar: Bool {
        switch self {
        case .list, .map, .structure: return false
        default: return true
        }
    }
}

/// A named member of a structure, in the model's order (the order the CLI prints them in).
public struct ShapeMember: Sendable {
    public let name: String
    public let shape: Shape
    public let isRequired: Bool

    public static func required(_ name: String, _ shape: Shape) -> ShapeMember {
        ShapeMember(name: name, shape: shape, isRequired: true)
    }

    public static func optional(_ name: String, _ shape: Shape) -> ShapeMember {
        ShapeMember(name: name, shape: shape, isRequired: false)
    }
}

extension Shape {
    /// `value` with every structure's members in model order (unknown members last), so stored
    /// configurations print in the order S3 gives them back, whatever order the user typed.
    func arranged(_ value: AWSValue) -> AWSValue {
        switch (self, value) {
        case (.structure(let members), .object(let fields)):
            let known = members.compactMap { member in
                fields.first { $0.name == member.name }.map { AWSValue.Member($0.name, member.shape.arranged($0.value)) }
            }
            let unknown = fields.filter { field in !members.contains { $0.name == field.name } }
            return .object(known + unknown)
        case (.list(let member), .list(let items)):
            return .list(items.map(member.arranged))
        case (.map(let valueShape), .object(let fields)):
            return .object(fields.map { AWSValue.Member($0.name, valueShape.arranged($0.value)) })
        default:
            return value
        }
    }
}
