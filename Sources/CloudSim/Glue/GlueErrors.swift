/// Glue's error codes and messages, as the real service words them (reference §12, §17.3).
enum GlueErrors {
    static func notFound(_ message: String) -> ServiceError {
        ServiceError("EntityNotFoundException", message)
    }

    static func databaseNotFound(_ name: String) -> ServiceError {
        notFound("Database \(name) not found.")
    }

    static func tableNotFound(_ name: String) -> ServiceError {
        notFound("Table \(name) not found.")
    }

    static let partitionNotFound = notFound("Cannot find partition.")

    static func alreadyExists(_ message: String) -> ServiceError {
        ServiceError("AlreadyExistsException", message)
    }

    static func invalidInput(_ message: String) -> ServiceError {
        ServiceError("InvalidInputException", message)
    }

    static func crawlerRunning(_ message: String) -> ServiceError {
        ServiceError("CrawlerRunningException", message)
    }

    /// Names of databases, tables, crawlers and jobs: 1–255 characters on one line, refused in
    /// the words of AWS's request validation.
    static func validateName(_ name: String, member: String) throws {
        let problem: String? = if name.isEmpty {
            "Member must have length greater than or equal to 1"
        } else if name.count > 255 {
            "Member must have length less than or equal to 255"
        } else if name.contains(where: \.isNewline) {
            "Member must satisfy regular expression pattern: [\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*"
        } else {
            nil
        }
        if let problem {
            throw invalidInput("1 validation error detected: Value '\(name)' at '\(member)' failed to satisfy constraint: \(problem)")
        }
    }
}
