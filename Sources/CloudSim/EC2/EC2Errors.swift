/// EC2's error codes and messages, as the real service words them.
enum EC2Errors {
    static func vpcNotFound(_ id: String) -> ServiceError {
        ServiceError("InvalidVpcID.NotFound", "The vpc ID '\(id)' does not exist")
    }

    static func subnetNotFound(_ id: String) -> ServiceError {
        ServiceError("InvalidSubnetID.NotFound", "The subnet ID '\(id)' does not exist")
    }

    static func groupNotFound(_ idOrName: String) -> ServiceError {
        ServiceError("InvalidGroup.NotFound", "The security group '\(idOrName)' does not exist")
    }

    static func groupDuplicate(_ name: String, vpcID: String) -> ServiceError {
        ServiceError("InvalidGroup.Duplicate", "The security group '\(name)' already exists for VPC '\(vpcID)'")
    }

    static func invalidFilter(_ name: String) -> ServiceError {
        ServiceError("InvalidParameterValue", "The filter '\(name)' is invalid")
    }

    static func invalidParameterValue(_ message: String) -> ServiceError {
        ServiceError("InvalidParameterValue", message)
    }

    static let permissionNotFound = ServiceError("InvalidPermission.NotFound",
                                                 "The specified rule does not exist in this security group.")
}
