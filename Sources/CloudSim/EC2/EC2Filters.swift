/// `--filters Name=vpc-id,Values=vpc-1,vpc-2 ...`: a resource is shown when, for every filter,
/// one of its values for that name is among the filter's values. A name the resource type does
/// not know is EC2's `InvalidParameterValue`.
struct EC2Filters {
    private let filters: [(name: String, values: [String])]

    init(_ request: OperationRequest) {
        filters = (request["Filters"]?.listValue ?? []).map { filter in
            (filter["Name"]?.stringValue ?? "", (filter["Values"]?.listValue ?? []).compactMap(\.stringValue))
        }
    }

    /// The input member every describe operation declares.
    static let member = ShapeMember.optional("Filters", .list(.structure([
        .optional("Name", .string),
        .optional("Values", .list(.string)),
    ])))

    /// Whether a resource whose values per filter name are given by `values` passes.
    func match(_ values: (String) -> [String]?) throws -> Bool {
        for filter in filters {
            guard let actual = values(filter.name) else { throw EC2Errors.invalidFilter(filter.name) }
            if !actual.contains(where: filter.values.contains) { return false }
        }
        return true
    }
}
