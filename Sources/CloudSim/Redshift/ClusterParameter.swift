/// One parameter of the `redshift-1.0` family as describe-cluster-parameters lists it, with its
/// engine default (reference §1.5 and the Management Guide's "Amazon Redshift parameter groups").
struct ClusterParameter {
    enum DataType: String { case string, boolean, integer }

    let name: String
    let defaultValue: String
    let description: String
    let dataType: DataType
    let allowedValues: String?
    /// `dynamic` parameters apply at once; `static` ones wait for a reboot.
    let isStatic: Bool

    /// The family's parameters in the order Redshift lists them (alphabetical).
    static let family: [ClusterParameter] = [
        .init(name: "auto_analyze", defaultValue: "true", description: "Use auto analyze", dataType: .boolean,
              allowedValues: "true,false", isStatic: true),
        .init(name: "auto_mv", defaultValue: "true", description: "Enable auto materialized views", dataType: .boolean,
              allowedValues: "true,false", isStatic: true),
        .init(name: "datestyle", defaultValue: "ISO, MDY", description: "Sets the display format for date and time values.",
              dataType: .string, allowedValues: nil, isStatic: true),
        .init(name: "enable_case_sensitive_identifier", defaultValue: "false",
              description: "Preserve case sensitivity for database identifiers such as table or column names in parser",
              dataType: .boolean, allowedValues: "true,false", isStatic: true),
        .init(name: "enable_user_activity_logging", defaultValue: "false", description: "parameter for audit logging purpose",
              dataType: .boolean, allowedValues: "true,false", isStatic: true),
        .init(name: "extra_float_digits", defaultValue: "0",
              description: "Sets the number of digits displayed for floating-point values", dataType: .integer,
              allowedValues: "-15-2", isStatic: true),
        .init(name: "max_concurrency_scaling_clusters", defaultValue: "1",
              description: "The maximum concurrency scaling clusters can be used.", dataType: .integer,
              allowedValues: "0-10", isStatic: false),
        .init(name: "max_cursor_result_set_size", defaultValue: "default", description: "Sets the max cursor result set size",
              dataType: .integer, allowedValues: "0-14400000", isStatic: true),
        .init(name: "query_group", defaultValue: "default",
              description: "This parameter applies a user-defined label to a group of queries that are run during the same session..",
              dataType: .string, allowedValues: nil, isStatic: true),
        .init(name: "require_ssl", defaultValue: "false", description: "require ssl for all databaseconnections",
              dataType: .boolean, allowedValues: "true,false", isStatic: true),
        .init(name: "search_path", defaultValue: "$user, public",
              description: "Sets the schema search order for names that are not schema-qualified.", dataType: .string,
              allowedValues: nil, isStatic: true),
        .init(name: "statement_timeout", defaultValue: "0",
              description: "Aborts any statement that takes over the specified number of milliseconds.", dataType: .integer,
              allowedValues: "0,100-2147483647", isStatic: true),
        .init(name: "use_fips_ssl", defaultValue: "false", description: "Use fips ssl library", dataType: .boolean,
              allowedValues: "true,false", isStatic: true),
        .init(name: "wlm_json_configuration", defaultValue: #"[{"auto_wlm":true}]"#, description: "wlm json configuration",
              dataType: .string, allowedValues: nil, isStatic: true),
    ]

    static func named(_ name: String) -> ClusterParameter? { family.first { $0.name == name } }

    /// Checks a value against the parameter's type and range, in Redshift's words.
    func validate(_ value: String) throws {
        let valid: Bool
        switch dataType {
        case .boolean:
            valid = ["true", "false"].contains(value.lowercased())
        case .integer:
            guard let number = Int(value) else {
                valid = name == "max_cursor_result_set_size" && value == "default"
                break
            }
            valid = ranges.contains { $0.contains(number) }
        case .string:
            valid = name != "wlm_json_configuration" || ((try? JSONReader.parse(value))?.listValue != nil)
        }
        guard valid else {
            throw RedshiftErrors.invalidValue("Could not update parameter \(name). Invalid value: \(value)")
        }
    }

    /// `0,100-2147483647` and `-15-2` as integer ranges.
    private var ranges: [ClosedRange<Int>] {
        (allowedValues ?? "").split(separator: ",").compactMap { part -> ClosedRange<Int>? in
            let text = String(part)
            let negative = text.hasPrefix("-")
            let pieces = (negative ? String(text.dropFirst()) : text).split(separator: "-", maxSplits: 1).map(String.init)
            guard let low = Int(pieces[0]).map({ negative ? -$0 : $0 }) else { return nil }
            guard pieces.count == 2, let high = Int(pieces[1]) else { return low...low }
            return low <= high ? low...high : nil
        }
    }

    /// The `Parameter` structure in model order.
    func value(_ current: String?) -> AWSValue {
        .object([
            "ParameterName": .string(name),
            "ParameterValue": .string(current ?? defaultValue),
            "Description": .string(description),
            "Source": .string(current == nil ? "engine-default" : "user"),
            "DataType": .string(dataType.rawValue),
            "AllowedValues": allowedValues.map(AWSValue.string),
            "ApplyType": .string(isStatic ? "static" : "dynamic"),
            "IsModifiable": .bool(true),
        ])
    }
}
