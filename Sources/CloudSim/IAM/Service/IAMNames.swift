/// The name and path rules IAM checks before anything else, with its validation texts.
enum IAMNames {
    /// Role, user and policy names: `[\w+=,.@-]+`, 1 to `maxLength` characters.
    static func validate(_ name: String, member: String, maxLength: Int) throws {
        guard name.count <= maxLength else {
            throw IAMErrors.validation(value: name, member: member,
                                       constraint: "Member must have length less than or equal to \(maxLength)")
        }
        guard !name.isEmpty, usesNameCharacters(name) else {
            throw IAMErrors.validation(value: name, member: member,
                                       constraint: "Member must satisfy regular expression pattern: [\\w+=,.@-]+")
        }
    }

    /// Paths begin and end with `/`, e.g. `/service-role/`.
    static func validatePath(_ path: String) throws {
        guard path.hasPrefix("/"), path.hasSuffix("/"), path.count <= 512,
              path.unicodeScalars.allSatisfy({ $0.value >= 0x21 && $0.value <= 0x7E }) else {
            throw IAMErrors.validation(value: path, member: "path",
                                       constraint: "Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)")
        }
    }

    /// Whether every character is one of `[\w+=,.@-]` (also the rule for STS session names).
    static func usesNameCharacters(_ name: String) -> Bool {
        name.unicodeScalars.allSatisfy { scalar in
            (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
                || "_+=,.@-".unicodeScalars.contains(scalar)
        }
    }
}

/// The unique ids IAM gives entities: a four-letter prefix naming the kind (`AROA` roles,
/// `AIDA` users, `ANPA` managed policies) and 17 characters of base-32, 21 in all.
enum IAMUniqueID {
    static let rolePrefix = "AROA"
    static let userPrefix = "AIDA"
    static let policyPrefix = "ANPA"

    static func make(_ prefix: String) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        return prefix + String((0..<17).map { _ in alphabet.randomElement()! })
    }
}
