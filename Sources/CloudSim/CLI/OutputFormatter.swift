/// Prints a response in the CLI's `--output` formats: `json` (nothing at all for an empty
/// response, as the CLI does) and `text` (awscli's `text.py`: tab-separated scalars, sorted keys,
/// nested structures on their own lines headed by their upper-cased names).
enum OutputFormatter {
    static func format(_ value: AWSValue, as output: String) -> String {
        if value == .object([]) { return "" }
        if output == "text" {
            var out = ""
            text(value, identifier: nil, scalarKeys: nil, into: &out)
            return out
        }
        return JSONWriter.write(value) + "\n"
    }

    private static func isScalar(_ value: AWSValue) -> Bool {
        switch value {
        case .list, .object: return false
        default: return true
        }
    }

    private static func text(_ value: AWSValue, identifier: String?, scalarKeys: [String]?, into out: inout String) {
        switch value {
        case .object(let members):
            var scalars: [String] = []
            var nested: [(String, AWSValue)] = []
            if let scalarKeys {
                scalars = scalarKeys.map { key in PythonRepr.str(value[key] ?? .null) }
                let rest = Set(members.map(\.name)).subtracting(scalarKeys).sorted()
                nested = rest.map { ($0, value[$0]!) }
            } else {
                for member in members.sorted(by: { $0.name < $1.name }) {
                    if isScalar(member.value) { scalars.append(PythonRepr.str(member.value)) } else { nested.append((member.name, member.value)) }
                }
            }
            if !scalars.isEmpty {
                if let identifier { scalars.insert(identifier.uppercased(), at: 0) }
                out += scalars.joined(separator: "\t") + "\n"
            }
            for (name, item) in nested { text(item, identifier: name, scalarKeys: nil, into: &out) }
        case .list(let items):
            guard !items.isEmpty else { return }
            if items.contains(where: { $0.members != nil }) {
                let keys = Set(items.flatMap { ($0.members ?? []).filter { isScalar($0.value) }.map(\.name) }).sorted()
                for item in items { text(item, identifier: identifier, scalarKeys: keys, into: &out) }
            } else {
                let scalars = items.filter(isScalar)
                if !scalars.isEmpty {
                    if let identifier {
                        for item in scalars { out += identifier.uppercased() + "\t" + PythonRepr.str(item) + "\n" }
                    } else {
                        out += scalars.map(PythonRepr.str).joined(separator: "\t") + "\n"
                    }
                }
                for item in items where !isScalar(item) { text(item, identifier: identifier, scalarKeys: nil, into: &out) }
            }
        default:
            out += PythonRepr.str(value) + "\n"
        }
    }
}
