#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// MD5, SHA-1, SHA-256/224 and SHA-512/384 of a byte string, for MD5(), SHA1()/FUNC_SHA1() and SHA2(). The
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

    /// SHA-512, or SHA-384 (other initial state, first 48 bytes) when `truncated`.
    static func sha512(_ message: ArraySlice<UInt8>, truncated: Bool = false) -> [UInt8] {
        var state: [UInt64] = truncated
            ? [0xCBBB_9D5D_C105_9ED8, 0x629A_292A_367C_D507, 0x9159_015A_3070_DD17, 0x152F_ECD8_F70E_5939,
               0x6733_2667_FFC0_0B31, 0x8EB4_4A87_6858_1511, 0xDB0C_2E0D_64F9_8FA7, 0x47B5_481D_BEFA_4FA4]
            : [0x6A09_E667_F3BC_C908, 0xBB67_AE85_84CA_A73B, 0x3C6E_F372_FE94_F82B, 0xA54F_F53A_5F1D_36F1,
               0x510E_527F_ADE6_82D1, 0x9B05_688C_2B3E_6C1F, 0x1F83_D9AB_FB41_BD6B, 0x5BE0_CD19_137E_2179]
        var padded = Array(message)
        padded.append(0x80)
        while padded.count % 128 != 112 { padded.append(0) }
        padded.append(contentsOf: repeatElement(0, count: 8))
        let bitLength = UInt64(message.count) &* 8
        padded.append(contentsOf: (0..<8).reversed().map { UInt8(truncatingIfNeeded: bitLength >> (8 * UInt64($0))) })
        for start in stride(from: 0, to: padded.count, by: 128) {
            var w = (0..<16).map { index in
                (0..<8).reduce(UInt64(0)) { $0 << 8 | UInt64(padded[start + index * 8 + $1]) }
            }
            for t in 16..<80 {
                let s0 = w[t - 15].rotatedRight(by: 1) ^ w[t - 15].rotatedRight(by: 8) ^ (w[t - 15] >> 7)
                let s1 = w[t - 2].rotatedRight(by: 19) ^ w[t - 2].rotatedRight(by: 61) ^ (w[t - 2] >> 6)
                w.append(w[t - 16] &+ s0 &+ w[t - 7] &+ s1)
            }
            var v = state
            for t in 0..<80 {
                let s1 = v[4].rotatedRight(by: 14) ^ v[4].rotatedRight(by: 18) ^ v[4].rotatedRight(by: 41)
                let choice = (v[4] & v[5]) ^ (~v[4] & v[6])
                let temp1 = v[7] &+ s1 &+ choice &+ sha512Constants[t] &+ w[t]
                let s0 = v[0].rotatedRight(by: 28) ^ v[0].rotatedRight(by: 34) ^ v[0].rotatedRight(by: 39)
                let majority = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2])
                v = [temp1 &+ s0 &+ majority, v[0], v[1], v[2], v[3] &+ temp1, v[4], v[5], v[6]]
            }
            for index in 0..<8 { state[index] &+= v[index] }
        }
        let digest = state.flatMap { word in (0..<8).reversed().map { UInt8(truncatingIfNeeded: word >> (8 * UInt64($0))) } }
        return truncated ? Array(digest.prefix(48)) : digest
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

    private static let sha512Constants: [UInt64] = [
        0x428A_2F98_D728_AE22, 0x7137_4491_23EF_65CD, 0xB5C0_FBCF_EC4D_3B2F, 0xE9B5_DBA5_8189_DBBC, 0x3956_C25B_F348_B538,
        0x59F1_11F1_B605_D019, 0x923F_82A4_AF19_4F9B, 0xAB1C_5ED5_DA6D_8118, 0xD807_AA98_A303_0242, 0x1283_5B01_4570_6FBE,
        0x2431_85BE_4EE4_B28C, 0x550C_7DC3_D5FF_B4E2, 0x72BE_5D74_F27B_896F, 0x80DE_B1FE_3B16_96B1, 0x9BDC_06A7_25C7_1235,
        0xC19B_F174_CF69_2694, 0xE49B_69C1_9EF1_4AD2, 0xEFBE_4786_384F_25E3, 0x0FC1_9DC6_8B8C_D5B5, 0x240C_A1CC_77AC_9C65,
        0x2DE9_2C6F_592B_0275, 0x4A74_84AA_6EA6_E483, 0x5CB0_A9DC_BD41_FBD4, 0x76F9_88DA_8311_53B5, 0x983E_5152_EE66_DFAB,
        0xA831_C66D_2DB4_3210, 0xB003_27C8_98FB_213F, 0xBF59_7FC7_BEEF_0EE4, 0xC6E0_0BF3_3DA8_8FC2, 0xD5A7_9147_930A_A725,
        0x06CA_6351_E003_826F, 0x1429_2967_0A0E_6E70, 0x27B7_0A85_46D2_2FFC, 0x2E1B_2138_5C26_C926, 0x4D2C_6DFC_5AC4_2AED,
        0x5338_0D13_9D95_B3DF, 0x650A_7354_8BAF_63DE, 0x766A_0ABB_3C77_B2A8, 0x81C2_C92E_47ED_AEE6, 0x9272_2C85_1482_353B,
        0xA2BF_E8A1_4CF1_0364, 0xA81A_664B_BC42_3001, 0xC24B_8B70_D0F8_9791, 0xC76C_51A3_0654_BE30, 0xD192_E819_D6EF_5218,
        0xD699_0624_5565_A910, 0xF40E_3585_5771_202A, 0x106A_A070_32BB_D1B8, 0x19A4_C116_B8D2_D0C8, 0x1E37_6C08_5141_AB53,
        0x2748_774C_DF8E_EB99, 0x34B0_BCB5_E19B_48A8, 0x391C_0CB3_C5C9_5A63, 0x4ED8_AA4A_E341_8ACB, 0x5B9C_CA4F_7763_E373,
        0x682E_6FF3_D6B2_B8A3, 0x748F_82EE_5DEF_B2FC, 0x78A5_636F_4317_2F60, 0x84C8_7814_A1F0_AB72, 0x8CC7_0208_1A64_39EC,
        0x90BE_FFFA_2363_1E28, 0xA450_6CEB_DE82_BDE9, 0xBEF9_A3F7_B2C6_7915, 0xC671_78F2_E372_532B, 0xCA27_3ECE_EA26_619C,
        0xD186_B8C7_21C0_C207, 0xEADA_7DD6_CDE0_EB1E, 0xF57D_4F7F_EE6E_D178, 0x06F0_67AA_7217_6FBA, 0x0A63_7DC5_A2C8_98A6,
        0x113F_9804_BEF9_0DAE, 0x1B71_0B35_131C_471B, 0x28DB_77F5_2304_7D84, 0x32CA_AB7B_40C7_2493, 0x3C9E_BE0A_15C9_BEBC,
        0x431D_67C4_9C10_0D4C, 0x4CC5_D4BE_CB3E_42B6, 0x597F_299C_FC65_7E2A, 0x5FCB_6FAB_3AD6_FAEC, 0x6C44_198C_4A47_5817,
    ]

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

extension FixedWidthInteger where Self: UnsignedInteger {
    func rotatedLeft(by count: Self) -> Self { self << count | self >> (Self(Self.bitWidth) - count) }
    func rotatedRight(by count: Self) -> Self { self >> count | self << (Self(Self.bitWidth) - count) }
}
