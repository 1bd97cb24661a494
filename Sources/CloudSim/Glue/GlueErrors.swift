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

    /// Names of databases, tables, crawlers and jobs: 1–255 characters on one line.
    static func validateName(_ name: String, member: String) throws {
        guard !name.isEmpty, name.count <= 255, !name.contains(where: \.isNewline) else {
            throw invalidInput("1 validation error detected: Value '\(name)' at '\(member)' failed to satisfy constraint: "
                               + "Member must satisfy regular expression pattern: [\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*"
                               + " and have length between 1 and 255")
        }
    }
}
