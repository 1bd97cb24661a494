/// The run-time parameters a session can SET and SHOW, with Redshift's defaults. `search_path`
/// decides where unqualified names are looked up and where new objects go.
struct SessionSettings: Sendable {
    static let defaults: [String: String] = [
        "search_path": "$user, public",
        "timezone": "UTC",
        "datestyle": "ISO, MDY",
        "enable_case_sensitive_identifier": "off",
        "enable_result_cache_for_session": "on",
        "statement_timeout": "0",
        "query_group": "default",
        "extra_float_digits": "0",
        "client_encoding": "UTF8",
        "describe_field_name_in_uppercase": "off",
        "analyze_threshold_percent": "10",
        "wlm_query_slot_count": "1",
    ]

    private(set) var values = SessionSettings.defaults

    /// The schemas named by `search_path`, in order (`$user` names no schema here).
    var searchPath: [String] {
        (values["search_path"] ?? "").split(separator: ",")
            .map { String($0.filter { $0 != " " && $0 != "\"" }) }
            .filter { !$0.isEmpty && $0 != "$user" }
    }

    func value(_ name: String) throws -> String {
        guard let value = values[name.lowercased()] else { throw Self.unknown(name) }
        return value
    }

    /// SET name TO values (nil for DEFAULT).
    mutating func set(_ name: String, _ arguments: [OptionValue]?) throws {
        let key = name.lowercased()
        guard let initial = Self.defaults[key] else { throw Self.unknown(name) }
        guard let arguments else {
            values[key] = initial
            return
        }
        values[key] = arguments.map { argument -> String in
            switch argument {
            case .string(let text), .number(let text), .word(let text): text
            }
        }.joined(separator: ", ")
    }

    mutating func reset(_ name: String) throws {
        if name.lowercased() == "all" {
            values = Self.defaults
        } else {
            try set(name, nil)
        }
    }

    private static func unknown(_ name: String) -> SQLError {
        SQLError(SQLState.undefinedObject, "unrecognized configuration parameter \"\(name)\"")
    }
}
