import Foundation

/// One lifecycle rule: its model shape, S3's checks when it is stored, and what it does to an
/// object at a given time. Days count from the object's creation, rounded up to the next
/// midnight UTC, as S3 counts them.
struct S3LifecycleRule {
    static let shape: Shape = .structure([
        .optional("Expiration", .structure([
            .optional("Date", .timestamp),
            .optional("Days", .integer()),
            .optional("ExpiredObjectDeleteMarker", .boolean),
        ])),
        .optional("ID", .string),
        .optional("Prefix", .string),
        .optional("Filter", .structure([
            .optional("Prefix", .string),
            .optional("Tag", tagShape),
            .optional("ObjectSizeGreaterThan", .long()),
            .optional("ObjectSizeLessThan", .long()),
            .optional("And", .structure([
                .optional("Prefix", .string),
                .optional("Tags", .list(tagShape)),
                .optional("ObjectSizeGreaterThan", .long()),
                .optional("ObjectSizeLessThan", .long()),
            ])),
        ])),
        .required("Status", .string),
        .optional("Transitions", .list(.structure([
            .optional("Date", .timestamp),
            .optional("Days", .integer()),
            .optional("StorageClass", .string),
        ]))),
        .optional("NoncurrentVersionTransitions", .list(.structure([
            .optional("NoncurrentDays", .integer()),
            .optional("StorageClass", .string),
            .optional("NewerNoncurrentVersions", .integer()),
        ]))),
        .optional("NoncurrentVersionExpiration", .structure([
            .optional("NoncurrentDays", .integer()),
            .optional("NewerNoncurrentVersions", .integer()),
        ])),
        .optional("AbortIncompleteMultipartUpload", .structure([.optional("DaysAfterInitiation", .integer())])),
    ])

    private static let tagShape: Shape = .structure([.required("Key", .string(minLength: 1)), .required("Value", .string)])

    /// An action that happens on a day count or a date.
    struct Schedule {
        let days: Int?
        let date: Date?

        init?(_ value: AWSValue?) {
            guard let value else { return nil }
            days = value["Days"]?.integerValue
            date = value["Date"].flatMap(Timestamps.parse)
            if days == nil && date == nil { return nil }
        }

        /// When the action is due for an object created at `created`.
        func due(createdAt created: Date) -> Date {
            if let date { return date }
            let reached = created.addingTimeInterval(TimeInterval(days ?? 0) * 86_400)
            let midnight = (reached.timeIntervalSince1970 / 86_400).rounded(.up) * 86_400
            return Date(timeIntervalSince1970: midnight)
        }
    }

    let isEnabled: Bool
    let prefix: String
    let tagsRequired: Bool
    let sizeGreaterThan: Int?
    let sizeLessThan: Int?
    let expiration: Schedule?
    let transitions: [(Schedule, StorageClass)]

    init(_ rule: AWSValue) {
        isEnabled = rule["Status"]?.stringValue == "Enabled"
        let filter = rule["Filter"]
        let and = filter?["And"]
        prefix = rule["Prefix"]?.stringValue ?? filter?["Prefix"]?.stringValue ?? and?["Prefix"]?.stringValue ?? ""
        // Objects carry no tags in this simulation, so a tag filter matches nothing.
        tagsRequired = filter?["Tag"] != nil || !(and?["Tags"]?.listValue ?? []).isEmpty
        sizeGreaterThan = filter?["ObjectSizeGreaterThan"]?.integerValue ?? and?["ObjectSizeGreaterThan"]?.integerValue
        sizeLessThan = filter?["ObjectSizeLessThan"]?.integerValue ?? and?["ObjectSizeLessThan"]?.integerValue
        expiration = Schedule(rule["Expiration"])
        transitions = (rule["Transitions"]?.listValue ?? []).compactMap { transition in
            guard let schedule = Schedule(transition),
                  let target = transition["StorageClass"]?.stringValue.flatMap(StorageClass.init(rawValue:)) else { return nil }
            return (schedule, target)
        }
    }

    func applies(to object: S3Object) -> Bool {
        guard isEnabled, !tagsRequired, object.key.utf8.starts(with: prefix.utf8) else { return false }
        if let sizeGreaterThan, object.size <= sizeGreaterThan { return false }
        if let sizeLessThan, object.size >= sizeLessThan { return false }
        return true
    }

    /// Whether an object of `size` bytes may move to `target`: by default nothing under 128 KB
    /// moves; `varies_by_storage_class` lets small objects go to the Glacier classes only; a
    /// rule with its own size filter decides for itself.
    func allowsTransition(size: Int, to target: StorageClass, minimumSize: String) -> Bool {
        if sizeGreaterThan != nil || sizeLessThan != nil || size >= 128 * 1024 { return true }
        return minimumSize == "varies_by_storage_class" && (target == .glacier || target == .deepArchive)
    }

    /// S3's checks on a configuration before it is stored.
    static func validate(_ rules: [AWSValue]) throws {
        var ids: Set<String> = []
        for rule in rules {
            guard ["Enabled", "Disabled"].contains(rule["Status"]?.stringValue) else { throw S3Errors.malformedXML }
            if let id = rule["ID"]?.stringValue {
                guard id.count <= 255 else { throw S3Errors.invalidArgument("ID length should not exceed allowed limit of 255") }
                guard ids.insert(id).inserted else {
                    throw S3Errors.invalidArgument("Rule ID must be unique. Found same ID for more than one rule")
                }
            }
            if rule["Filter"] != nil && rule["Prefix"] != nil { throw S3Errors.malformedXML }
            let actions = ["Expiration", "Transitions", "NoncurrentVersionTransitions", "NoncurrentVersionExpiration",
                           "AbortIncompleteMultipartUpload"]
            guard actions.contains(where: { rule[$0] != nil }) else {
                throw S3Errors.invalidRequest("At least one action needs to be specified in a rule")
            }
            if let expiration = rule["Expiration"] {
                if let days = expiration["Days"]?.integerValue, days <= 0 {
                    throw S3Errors.invalidArgument("'Days' for Expiration action must be a positive integer")
                }
                if expiration["Days"] != nil && expiration["Date"] != nil { throw S3Errors.malformedXML }
            }
            try validateTransitions(rule["Transitions"]?.listValue ?? [], expiration: Schedule(rule["Expiration"]))
        }
    }

    private static func validateTransitions(_ transitions: [AWSValue], expiration: Schedule?) throws {
        var targets: Set<StorageClass> = []
        for transition in transitions {
            guard let name = transition["StorageClass"]?.stringValue,
                  let target = StorageClass(rawValue: name), StorageClass.transitionTargets.contains(target) else {
                throw S3Errors.malformedXML
            }
            guard targets.insert(target).inserted else {
                throw S3Errors.invalidArgument("'StorageClass' must be different for 'Transition' actions in same 'Rule'")
            }
            guard transition["Days"] != nil || transition["Date"] != nil else { throw S3Errors.malformedXML }
            if let days = transition["Days"]?.integerValue {
                guard days >= 0 else { throw S3Errors.invalidArgument("'Days' in Transition action must be nonnegative") }
                if (target == .standardIA || target == .oneZoneIA) && days < 30 {
                    throw S3Errors.invalidArgument(
                        "'Days' in Transition action must be greater than or equal to 30 for storageClass '\(name)'")
                }
                if let expirationDays = expiration?.days, expirationDays <= days {
                    throw S3Errors.invalidArgument(
                        "'Days' in the Expiration action for filter must be greater than 'Days' in the Transition action")
                }
            }
        }
    }
}
