/// IAM's error codes, messages and HTTP statuses, as the real service words them.
enum IAMErrors {
    static func noSuchEntity(_ message: String) -> ServiceError {
        ServiceError("NoSuchEntity", message, httpStatus: 404)
    }

    static func alreadyExists(_ message: String) -> ServiceError {
        ServiceError("EntityAlreadyExists", message, httpStatus: 409)
    }

    static func deleteConflict(_ message: String) -> ServiceError {
        ServiceError("DeleteConflict", message, httpStatus: 409)
    }

    static func limitExceeded(_ message: String) -> ServiceError {
        ServiceError("LimitExceeded", message, httpStatus: 409)
    }

    static func invalidInput(_ message: String) -> ServiceError {
        ServiceError("InvalidInput", message)
    }

    /// `1 validation error detected: Value 'a b' at 'roleName' failed to satisfy constraint: ...`.
    static func validation(value: String, member: String, constraint: String) -> ServiceError {
        ServiceError("ValidationError",
                     "1 validation error detected: Value '\(value)' at '\(member)' failed to satisfy constraint: \(constraint)")
    }

    static func noSuchPolicy(_ arn: String) -> ServiceError {
        noSuchEntity("Policy \(arn) was not found.")
    }
}
