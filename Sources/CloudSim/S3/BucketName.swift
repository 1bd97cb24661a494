/// The naming rules for general-purpose buckets: 3–63 characters of lowercase letters, digits,
/// dots and hyphens; a letter or digit at each end; no `..`; not an IPv4 address; none of the
/// reserved prefixes (`xn--`, `sthree-`) and suffixes (`-s3alias`, `--ol-s3`, `--x-s3`).
enum BucketName {
    static func isValid(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard (3...63).contains(bytes.count) else { return false }
        let allowed = { (b: UInt8) in (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2E || b == 0x2D }
        let alphanumeric = { (b: UInt8) in (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) }
        guard bytes.allSatisfy(allowed), alphanumeric(bytes.first!), alphanumeric(bytes.last!) else { return false }
        guard !name.contains("..") else { return false }
        if looksLikeIPv4(name) { return false }
        for prefix in ["xn--", "sthree-"] where name.hasPrefix(prefix) { return false }
        for suffix in ["-s3alias", "--ol-s3", "--x-s3"] where name.hasSuffix(suffix) { return false }
        return true
    }

    private static func looksLikeIPv4(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isNumber) && Int(part)! <= 255
        }
    }
}
