import Yams

/// Reads fields out of a lab file's YAML nodes, collecting problems as `file:line: message` so an
/// author sees every mistake at once, each where it is.
struct LabFileReader {
    let file: String
    private(set) var problems: [String] = []

    init(file: String) { self.file = file }

    mutating func problem(_ message: String, at node: Node?) {
        problems.append("\(file):\(node?.mark?.line ?? 1): \(message)")
    }

    mutating func string(_ key: String, in node: Node, required: Bool = true) -> String? {
        guard let value = node[key] else {
            if required { problem("missing '\(key)'", at: node) }
            return nil
        }
        guard let text = value.string, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            problem("'\(key)' must be non-empty text", at: value)
            return nil
        }
        return text
    }

    mutating func int(_ key: String, in node: Node, default fallback: Int? = nil) -> Int? {
        guard let value = node[key] else {
            if fallback == nil { problem("missing '\(key)'", at: node) }
            return fallback
        }
        guard let number = value.int, number > 0 else {
            problem("'\(key)' must be a whole number above 0", at: value)
            return nil
        }
        return number
    }

    mutating func list(_ key: String, in node: Node, required: Bool = true) -> [Node] {
        guard let value = node[key] else {
            if required { problem("missing '\(key)'", at: node) }
            return []
        }
        guard let items = value.sequence, !items.isEmpty || !required else {
            problem("'\(key)' must be a non-empty list", at: value)
            return []
        }
        return Array(items)
    }

    /// Every key of `node` must be one of `known`: a misspelt key is a silent mistake otherwise.
    mutating func onlyKeys(_ known: Set<String>, in node: Node, what: String) {
        guard let mapping = node.mapping else {
            problem("\(what) must be a mapping of keys to values", at: node)
            return
        }
        for (key, _) in mapping {
            if let name = key.string, !known.contains(name) {
                problem("unknown key '\(name)' in \(what) (known: \(known.sorted().joined(separator: ", ")))", at: key)
            }
        }
    }
}
