#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// MD5, SHA-1 and SHA-256/224 of a byte string, for MD5(), SHA1()/FUNC_SHA1() and SHA2(). The
/// Warehouse has no dependencies and Foundation offers no digests on Linux, so they are written
/// out here from RFC 1321 and FIPS 180-4 (and tested against their published vectors).
enum Digests {
    static func md5(_ message: ArraySlice<UInt8>) -> [UInt8] {
        var state: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476]
        for block in blocks(message, bigEndianLength: false) {
            let words = (0..<16).map { word(block, $0 * 4, bigEndian: false) }
            var (a, b, c, d) = (state[0], state[1], state[2], state[3])
            for step in 0..<64 {
                let (f, index): (UInt32, Int)
                switch step {
                case 0..<16: (f, index) = ((b & c) | (~b & d), step)
                case 16..<32: (f, index) = ((d & b) | (~d & c), (5 * step + 1) % 16)
                case 32..<48: (f, index) = (b ^ c ^ d, (3 * step + 5) % 16)
                default: (f, index) = (c ^ (b | ~d), (7 * step) % 16)
                }
                let sum = a &+ f &+ md5Constants[step] &+ words[index]
                (a, d, c) = (d, c, b)
                b = b &+ sum.rotatedLeft(by: md5Shifts[step])
            }
            state[0] &+= a; state[1] &+= b; state[2] &+= c; state[3] &+= d
        }
        return state.flatMap { bytes($0, bigEndian: false) }
    }

    static func sha1(_ message: ArraySlice<UInt8>) -> [UInt8] {
        var state: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]
        for block in blocks(message, bigEndianLength: true) {
            var w = (0..<16).map { word(block, $0 * 4, bigEndian: true) }
            for t in 16..<80 { w.append((w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]).rotatedLeft(by: 1)) }
            var (a, b, c, d, e) = (state[0], state[1], state[2], state[3], state[4])
            for t in 0..<80 {
                let (f, k): (UInt32, UInt32)
                switch t {
                case 0..<20: (f, k) = ((b & c) | (~b & d), 0x5A82_7999)
                case 20..<40: (f, k) = (b ^ c ^ d, 0x6ED9_EBA1)
                case 40..<60: (f, k) = ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC)
                default: (f, k) = (b ^ c ^ d, 0xCA62_C1D6)
                }
                let temp = a.rotatedLeft(by: 5) &+ f &+ e &+ k &+ w[t]
                (e, d, c, b, a) = (d, c, b.rotatedLeft(by: 30), a, temp)
            }
            for (index, value) in [a, b, c, d, e].enumerated() { state[index] &+= value }
        }
        return state.flatMap { bytes($0, bigEndian: true) }
    }

    /// SHA-256, or SHA-224 (other initial state, first 28 bytes) when `truncated`.
    static func sha256(_ message: ArraySlice<UInt8>, truncated: Bool = false) -> [UInt8] {
        var state: [UInt32] = truncated
            ? [0xC105_9ED8, 0x367C_D507, 0x3070_DD17, 0xF70E_5939, 0xFFC0_0B31, 0x6858_1511, 0x64F9_8FA7, 0xBEFA_4FA4]
            : [0x6A09_E667, 0xBB67_AE85, 0x3C6E_F372, 0xA54F_F53A, 0x510E_527F, 0x9B05_688C, 0x1F83_D9AB, 0x5BE0_CD19]
        for block in blocks(message, bigEndianLength: true) {
            var w = (0..<16).map { word(block, $0 * 4, bigEndian: true) }
            for t in 16..<64 {
                let s0 = w[t - 15].rotatedRight(by: 7) ^ w[t - 15].rotatedRight(by: 18) ^ (w[t - 15] >> 3)
                let s1 = w[t - 2].rotatedRight(by: 17) ^ w[t - 2].rotatedRight(by: 19) ^ (w[t - 2] >> 10)
                w.append(w[t - 16] &+ s0 &+ w[t - 7] &+ s1)
            }
            var v = state
            for t in 0..<64 {
                let s1 = v[4].rotatedRight(by: 6) ^ v[4].rotatedRight(by: 11) ^ v[4].rotatedRight(by: 25)
                let choice = (v[4] & v[5]) ^ (~v[4] & v[6])
                let temp1 = v[7] &+ s1 &+ choice &+ sha256Constants[t] &+ w[t]
                let s0 = v[0].rotatedRight(by: 2) ^ v[0].rotatedRight(by: 13) ^ v[0].rotatedRight(by: 22)
                let majority = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2])
                v = [temp1 &+ s0 &+ majority, v[0], v[1], v[2], v[3] &+ temp1, v[4], v[5], v[6]]
            }
            for index in 0..<8 { state[index] &+= v[index] }
        }
        let digest = state.flatMap { bytes($0, bigEndian: true) }
        return truncated ? Array(digest.prefix(28)) : digest
    }

    static func hex(_ digest: [UInt8]) -> [UInt8] {
        let digits = Array("0123456789abcdef".utf8)
        return digest.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] }
    }

    /// The message padded to whole 64-byte blocks: a 1 bit, zeros, and the bit length in the
    /// last 8 bytes (little-endian for MD5, big-endian for SHA).
    private static func blocks(_ message: ArraySlice<UInt8>, bigEndianLength: Bool) -> [ArraySlice<UInt8>] {
        var padded = Array(message)
        padded.append(0x80)
        while padded.count % 64 != 56 { padded.append(0) }
        let bitLength = UInt64(message.count) &* 8
        let lengthBytes = (0..<8).map { UInt8(truncatingIfNeeded: bitLength >> (8 * UInt64($0))) }
        padded.append(contentsOf: bigEndianLength ? lengthBytes.reversed() : lengthBytes)
        return stride(from: 0, to: padded.count, by: 64).map { padded[$0..<$0 + 64] }
    }

    private static func word(_ block: ArraySlice<UInt8>, _ offset: Int, bigEndian: Bool) -> UInt32 {
        let base = block.startIndex + offset
        let value = (0..<4).reduce(UInt32(0)) { $0 | UInt32(block[base + $1]) << (8 * UInt32($1)) }
        return bigEndian ? value.byteSwapped : value
    }

    private static func bytes(_ value: UInt32, bigEndian: Bool) -> [UInt8] {
        let little = (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * UInt32($0))) }
        return bigEndian ? little.reversed() : little
    }

    private static let md5Shifts: [UInt32] = (0..<64).map { step in
        [[7, 12, 17, 22], [5, 9, 14, 20], [4, 11, 16, 23], [6, 10, 15, 21]][step / 16][step % 4]
    }

    /// floor(2^32 × |sin(i + 1)|), RFC 1321's table.
    private static let md5Constants: [UInt32] = (0..<64).map { UInt32((Swift.abs(sin(Double($0 + 1))) * 4_294_967_296).rounded(.down)) }

    private static let sha256Constants: [UInt32] = [
        0x428A_2F98, 0x7137_4491, 0xB5C0_FBCF, 0xE9B5_DBA5, 0x3956_C25B, 0x59F1_11F1, 0x923F_82A4, 0xAB1C_5ED5,
        0xD807_AA98, 0x1283_5B01, 0x2431_85BE, 0x550C_7DC3, 0x72BE_5D74, 0x80DE_B1FE, 0x9BDC_06A7, 0xC19B_F174,
        0xE49B_69C1, 0xEFBE_4786, 0x0FC1_9DC6, 0x240C_A1CC, 0x2DE9_2C6F, 0x4A74_84AA, 0x5CB0_A9DC, 0x76F9_88DA,
        0x983E_5152, 0xA831_C66D, 0xB003_27C8, 0xBF59_7FC7, 0xC6E0_0BF3, 0xD5A7_9147, 0x06CA_6351, 0x1429_2967,
        0x27B7_0A85, 0x2E1B_2138, 0x4D2C_6DFC, 0x5338_0D13, 0x650A_7354, 0x766A_0ABB, 0x81C2_C92E, 0x9272_2C85,
        0xA2BF_E8A1, 0xA81A_664B, 0xC24B_8B70, 0xC76C_51A3, 0xD192_E819, 0xD699_0624, 0xF40E_3585, 0x106A_A070,
        0x19A4_C116, 0x1E37_6C08, 0x2748_774C, 0x34B0_BCB5, 0x391C_0CB3, 0x4ED8_AA4A, 0x5B9C_CA4F, 0x682E_6FF3,
        0x748F_82EE, 0x78A5_636F, 0x84C8_7814, 0x8CC7_0208, 0x90BE_FFFA, 0xA450_6CEB, 0xBEF9_A3F7, 0xC671_78F2,
    ]
}

extension UInt32 {
    func rotatedLeft(by count: UInt32) -> UInt32 { self << count | self >> (32 - count) }
    func rotatedRight(by count: UInt32) -> UInt32 { self >> count | self << (32 - count) }
}
