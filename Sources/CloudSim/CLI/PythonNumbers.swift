import Foundation

/// Python's `int()` and `float()` on CLI text, failing with Python's messages, which the CLI
/// prints as they are (`invalid literal for int() with base 10: 'abc'`).
enum PythonNumbers {
    struct ValueError: Error, CustomStringConvertible {
        let description: String
    }

    static func int(_ value: AWSValue) throws -> Int {
        guard case .string(let text) = value else {
            throw ValueError(description: "int() argument must be a string, a bytes-like object or a real number, "
                + "not '\(PythonRepr.typeName(value))'")
        }
        return try int(text)
    }

    static func int(_ text: String) throws -> Int {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let digits = trimmed.hasPrefix("+") ? String(trimmed.dropFirst()) : trimmed
        guard let number = Int(digits) else {
            throw ValueError(description: "invalid literal for int() with base 10: \(PythonRepr.string(text))")
        }
        return number
    }

    static func float(_ value: AWSValue) throws -> Double {
        guard case .string(let text) = value else {
            throw ValueError(description: "float() argument must be a string or a real number, "
                + "not '\(PythonRepr.typeName(value))'")
        }
        return try float(text)
    }

    static func float(_ text: String) throws -> Double {
        guard let number = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw ValueError(description: "could not convert string to float: \(PythonRepr.string(text))")
        }
        return number
    }
}
