/// CloudWatch's error codes and messages, as the service words them.
enum CloudWatchErrors {
    static func invalidValue(_ message: String) -> ServiceError {
        ServiceError("InvalidParameterValue", message)
    }

    static func invalidCombination(_ message: String) -> ServiceError {
        ServiceError("InvalidParameterCombination", message)
    }

    static func validation(_ message: String) -> ServiceError {
        ServiceError("ValidationError", message)
    }

    static func missing(_ parameter: String) -> ServiceError {
        ServiceError("MissingParameter", "The parameter \(parameter) is required.")
    }

    static func resourceNotFound(_ message: String) -> ServiceError {
        ServiceError("ResourceNotFound", message, httpStatus: 404)
    }

    /// `1 validation error detected: Value 'x' at 'stateValue' failed to satisfy constraint: ...`.
    static func notInSet(_ value: String, at path: String, _ allowed: [String]) -> ServiceError {
        validation("1 validation error detected: Value '\(value)' at '\(path)' failed to satisfy constraint: "
                   + "Member must satisfy enum value set: [\(allowed.joined(separator: ", "))]")
    }

    static let units = [
        "Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes", "Megabytes", "Gigabytes", "Terabytes", "Bits",
        "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent", "Count", "Bytes/Second", "Kilobytes/Second",
        "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second", "Bits/Second", "Kilobits/Second", "Megabits/Second",
        "Gigabits/Second", "Terabits/Second", "Count/Second", "None",
    ]

    /// A `Unit` member, checked against the StandardUnit enum.
    static func unit(_ value: AWSValue?, at path: String) throws -> String? {
        guard let unit = value?.stringValue else { return nil }
        guard units.contains(unit) else { throw notInSet(unit, at: path, units) }
        return unit
    }

    /// A `Period`: 1, 5, 10, 30 (high resolution) or a multiple of 60 seconds.
    static func period(_ value: Int, parameter: String = "Period") throws {
        guard value > 0, [1, 5, 10, 30].contains(value) || value % 60 == 0 else {
            throw invalidValue("The parameter \(parameter) must be 1, 5, 10, 30, or a multiple of 60.")
        }
    }
}
