/// botocore's `xform_name`: the CLI's kebab-case names for model names
/// (`ListObjectsV2` → `list-objects-v2`, `ContentMD5` → `content-md5`, `GrantACLs` → `grant-acls`).
public enum CLIName {
    public static func from(_ name: String) -> String {
        var text = Array(name)
        if let suffix = pluralAcronymSuffix(text) {
            text = Array(String(text.dropLast(suffix)) + "-" + String(text.suffix(suffix)).lowercased())
        }
        // (.)([A-Z][a-z]+) → \1-\2
        var first: [Character] = []
        var index = 0
        while index < text.count {
            let c = text[index]
            if index > 0, c.isUppercase, index + 1 < text.count, text[index + 1].isLowercase, text[index + 1].isLetter {
                first.append("-")
            }
            first.append(c)
            index += 1
        }
        // ([a-z0-9])([A-Z]) → \1-\2
        var out = ""
        for (offset, c) in first.enumerated() {
            if offset > 0, c.isUppercase {
                let previous = first[offset - 1]
                if previous.isLowercase || previous.isNumber { out.append("-") }
            }
            out.append(c)
        }
        return out.lowercased().replacingOccurrences(of: "--", with: "-")
    }

    /// The length of a trailing `[A-Z]{2,}s` (ARNs, ACLs), which botocore splits off first.
    private static func pluralAcronymSuffix(_ text: [Character]) -> Int? {
        guard text.last == "s" else { return nil }
        var count = 0
        for c in text.dropLast().reversed() {
            guard c.isUppercase else { break }
            count += 1
        }
        return count >= 2 ? count + 1 : nil
    }
}
