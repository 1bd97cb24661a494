/// S3's error codes, messages and HTTP statuses, as the real service words them.
enum S3Errors {
    static let noSuchBucket = ServiceError("NoSuchBucket", "The specified bucket does not exist", httpStatus: 404)
    static let noSuchKey = ServiceError("NoSuchKey", "The specified key does not exist.", httpStatus: 404)
    static let invalidBucketName = ServiceError("InvalidBucketName", "The specified bucket is not valid.")
    static let bucketAlreadyOwnedByYou = ServiceError("BucketAlreadyOwnedByYou",
        "Your previous request to create the named bucket succeeded and you already own it.", httpStatus: 409)
    static let bucketNotEmpty = ServiceError("BucketNotEmpty", "The bucket you tried to delete is not empty", httpStatus: 409)
    static let invalidObjectState = ServiceError("InvalidObjectState",
        "The operation is not valid for the object's storage class", httpStatus: 403)
    static let malformedXML = ServiceError("MalformedXML",
        "The XML you provided was not well-formed or did not validate against our published schema")
    static let invalidStorageClass = ServiceError("InvalidStorageClass", "The storage class you specified is not valid")
    static let keyTooLong = ServiceError("KeyTooLongError", "Your key is too long")
    static let publicAccessBlockNotFound = ServiceError("NoSuchPublicAccessBlockConfiguration",
        "The public access block configuration was not found", httpStatus: 404)
    static let lifecycleNotFound = ServiceError("NoSuchLifecycleConfiguration",
        "The lifecycle configuration does not exist", httpStatus: 404)
    static let invalidContinuationToken = ServiceError("InvalidArgument", "The continuation token provided is incorrect")
    static let copyToItself = ServiceError("InvalidRequest",
        "This copy request is illegal because it is trying to copy an object to itself without changing the "
        + "object's metadata, storage class, website redirect location or encryption attributes.")

    static func invalidArgument(_ message: String) -> ServiceError { ServiceError("InvalidArgument", message) }
    static func invalidRequest(_ message: String) -> ServiceError { ServiceError("InvalidRequest", message) }

    static func illegalLocationConstraint(_ constraint: String?) -> ServiceError {
        ServiceError("IllegalLocationConstraintException",
                     "The \(constraint ?? "unspecified") location constraint is incompatible for the region "
                     + "specific endpoint this request was sent to.")
    }
}
