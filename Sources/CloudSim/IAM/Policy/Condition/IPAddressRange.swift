import Foundation

/// An IPv4 or IPv6 address or CIDR block, for `IpAddress`/`NotIpAddress` and `aws:SourceIp`.
/// A bare address is a block of one (`/32`, `/128`); the two families never match each other.
struct IPAddressRange: Equatable, Sendable {
    private let bytes: [UInt8]
    private let prefixLength: Int

    var isSingleAddress: Bool { prefixLength == bytes.count * 8 }

    init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let address = parts.first,
              let bytes = Self.parseIPv4(address) ?? Self.parseIPv6(address) else { return nil }
        let maximum = bytes.count * 8
        var prefixLength = maximum
        if parts.count == 2 {
            guard (1...3).contains(parts[1].count), parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
                  let length = Int(parts[1]), (0...maximum).contains(length) else {
                return nil
            }
            prefixLength = length
        }
        self.bytes = bytes
        self.prefixLength = prefixLength
    }

    /// Whether every address of `other` lies inside this block.
    func contains(_ other: IPAddressRange) -> Bool {
        guard bytes.count == other.bytes.count, other.prefixLength >= prefixLength else { return false }
        for bit in 0..<prefixLength {
            let mask = UInt8(0x80) >> UInt8(bit % 8)
            if bytes[bit / 8] & mask != other.bytes[bit / 8] & mask { return false }
        }
        return true
    }

    private static func parseIPv4(_ text: Substring) -> [UInt8]? {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var bytes: [UInt8] = []
        for octet in octets {
            guard (1...3).contains(octet.count), octet.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let value = UInt8(octet) else { return nil }
            bytes.append(value)
        }
        return bytes
    }

    /// RFC 4291 text form: eight hex groups, one `::` standing for a run of zero groups, and an
    /// optional dotted IPv4 tail (`::ffff:192.0.2.1`).
    private static func parseIPv6(_ text: Substring) -> [UInt8]? {
        guard text.contains(":"), text.count <= 45 else { return nil }
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt8]? {
            if part.isEmpty { return [] }
            var bytes: [UInt8] = []
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index == pieces.count - 1, piece.contains("."), let tail = parseIPv4(piece) {
                    bytes += tail
                    continue
                }
                guard (1...4).contains(piece.count), piece.allSatisfy(\.isHexDigit),
                      let value = UInt16(piece, radix: 16) else { return nil }
                bytes += [UInt8(value >> 8), UInt8(value & 0xFF)]
            }
            return bytes
        }
        guard let head = groups(halves[0]) else { return nil }
        if halves.count == 1 { return head.count == 16 ? head : nil }
        guard let tail = groups(halves[1]), head.count + tail.count < 16 else { return nil }
        return head + [UInt8](repeating: 0, count: 16 - head.count - tail.count) + tail
    }
}
