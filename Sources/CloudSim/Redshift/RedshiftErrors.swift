/// Redshift's error codes and messages, as the real service words them (reference §1.4, §17.3).
enum RedshiftErrors {
    static func clusterNotFound(_ id: String) -> ServiceError {
        ServiceError("ClusterNotFound", "Cluster \(id) not found.", httpStatus: 404)
    }

    static func snapshotNotFound(_ id: String) -> ServiceError {
        ServiceError("ClusterSnapshotNotFound", "Snapshot \(id) not found.", httpStatus: 404)
    }

    static func snapshotExists(_ id: String) -> ServiceError {
        ServiceError("ClusterSnapshotAlreadyExists",
                     "Cannot create the snapshot because a snapshot with the identifier \(id) already exists.")
    }

    static func invalidState(_ message: String) -> ServiceError {
        ServiceError("InvalidClusterState", message)
    }

    static func invalidValue(_ message: String) -> ServiceError {
        ServiceError("InvalidParameterValue", message)
    }

    static func invalidCombination(_ message: String) -> ServiceError {
        ServiceError("InvalidParameterCombination", message)
    }

    /// Cluster and snapshot identifiers: 1–`maxLength` characters, a letter first, then letters,
    /// digits and hyphens, no trailing hyphen and no two hyphens in a row; clusters' lower case.
    static func validateIdentifier(_ id: String, parameter: String, maxLength: Int) throws {
        let allowed = id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isLowercase || ("0"..."9").contains($0) || $0 == "-") }
        guard let first = id.unicodeScalars.first, first.properties.isLowercase, first.isASCII, allowed,
              id.count <= maxLength, !id.hasSuffix("-"), !id.contains("--") else {
            throw invalidValue("The parameter \(parameter) is not a valid identifier. Identifiers must begin with a letter; "
                               + "must contain only lowercase ASCII letters, digits, and hyphens; and must not end with a hyphen "
                               + "or contain two consecutive hyphens.")
        }
    }
}
