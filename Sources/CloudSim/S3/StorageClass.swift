/// S3 storage classes, in the order lifecycle transitions may move objects ("down" only).
enum StorageClass: String, CaseIterable, Comparable {
    case standard = "STANDARD"
    case reducedRedundancy = "REDUCED_REDUNDANCY"
    case standardIA = "STANDARD_IA"
    case intelligentTiering = "INTELLIGENT_TIERING"
    case oneZoneIA = "ONEZONE_IA"
    case glacierIR = "GLACIER_IR"
    case glacier = "GLACIER"
    case deepArchive = "DEEP_ARCHIVE"

    private var rank: Int { Self.allCases.firstIndex(of: self)! }

    static func < (a: StorageClass, b: StorageClass) -> Bool { a.rank < b.rank }

    /// Archived objects cannot be read until restored: GetObject answers `InvalidObjectState`.
    var isArchived: Bool { self == .glacier || self == .deepArchive }

    /// The classes a lifecycle rule may transition to.
    static let transitionTargets: [StorageClass] = [.standardIA, .intelligentTiering, .oneZoneIA, .glacierIR, .glacier, .deepArchive]
}
