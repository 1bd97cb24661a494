@testable import Warehouse

/// Seeded generated columns for the encoding tests: every type the engine stores, with NULLs,
/// each type's edge values, small values, long runs and wide random values mixed, so that
/// every codec's dictionary, escape and run paths are exercised.
struct EncodingTestData {
    /// SplitMix64: the same sequence on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let types: [DataType] = [
        .smallint, .integer, .bigint, .decimal(precision: 12, scale: 2), .decimal(precision: 38, scale: 4), .real,
        .doublePrecision, .boolean, .char(length: 6), .varchar(length: 200), .date, .time, .timetz, .timestamp, .timestamptz,
    ]

    var generator: Generator

    init(seed: UInt64) { generator = Generator(state: seed) }

    /// `rows` values of `type`: about one in nine NULL, the rest drawn from edge, small, repeated
    /// and random values.
    mutating func vector(_ type: DataType, rows: Int) throws -> ColumnVector {
        var datums: [Datum] = []
        for _ in 0..<rows {
            switch Int.random(in: 0..<9, using: &generator) {
            case 0: datums.append(.null)
            case 1, 2: datums.append(datums.last ?? .null)
            case 3: datums.append(edge(type))
            case 4, 5: datums.append(value(type, small: true))
            default: datums.append(value(type, small: false))
            }
        }
        return try ColumnVector(type: type, datums: datums)
    }

    private mutating func edge(_ type: DataType) -> Datum {
        let pick = Bool.random(using: &generator)
        switch type {
        case .smallint: return .smallint(pick ? .min : .max)
        case .integer: return .integer(pick ? .min : .max)
        case .bigint: return .bigint(pick ? .min : .max)
        case .decimal(let precision, let scale):
            let limit = precision > 18 ? Int128(10).power(38) - 1 : Int128(10).power(precision) - 1
            return .decimal(Decimal128(unscaled: pick ? -limit : limit, scale: scale))
        case .real: return .real(pick ? -.infinity : -0.0)
        case .doublePrecision: return .double(pick ? .greatestFiniteMagnitude : -0.0)
        case .boolean: return .boolean(pick)
        case .char(let length): return .string(pick ? String(repeating: " ", count: length) : String(repeating: "z", count: length))
        case .varchar: return .string(pick ? "" : "a b  c ")
        case .date: return .date(pick ? -2_000_000 : 2_000_000)
        case .time: return .time(pick ? 0 : 86_399_999_999)
        case .timetz: return .timetz(pick ? 0 : 86_399_999_999)
        case .timestamp: return .timestamp(pick ? .min / 2 : .max / 2)
        case .timestamptz: return .timestamptz(pick ? .min / 2 : .max / 2)
        }
    }

    private mutating func value(_ type: DataType, small: Bool) -> Datum {
        let wide = Int64.random(in: small ? -100...100 : -4_000_000_000_000...4_000_000_000_000, using: &generator)
        switch type {
        case .smallint: return .smallint(Int16(truncatingIfNeeded: wide))
        case .integer: return .integer(Int32(truncatingIfNeeded: wide))
        case .bigint: return .bigint(wide)
        case .decimal(let precision, let scale):
            return .decimal(Decimal128(unscaled: precision > 18 ? Int128(wide) * Int128(wide) : Int128(wide % 1_000_000_000), scale: scale))
        case .real: return .real(Float(wide) / 7)
        case .doublePrecision: return .double(Double(wide) / 7)
        case .boolean: return .boolean(wide & 1 == 0)
        case .char(let length):
            // CHAR holds single-byte characters only.
            let ascii = ["red", "green", "blue", "sales", String(wide % 1000)]
            return .string(ascii[Int.random(in: 0..<ascii.count, using: &generator)].padding(toLength: length, withPad: " ", startingAt: 0))
        case .varchar: return .string((0..<Int.random(in: 1...4, using: &generator)).map { _ in word(small) }.joined(separator: " "))
        case .date: return .date(Int32(wide % 100_000))
        case .time: return .time(abs(wide) % 86_400_000_000)
        case .timetz: return .timetz(abs(wide) % 86_400_000_000)
        case .timestamp: return .timestamp(wide)
        case .timestamptz: return .timestamptz(wide)
        }
    }

    /// One of a few common words, or a random one (multi-byte UTF-8 included).
    private mutating func word(_ common: Bool) -> String {
        let words = ["red", "green", "blue", "sales", "é", "日本"]
        if common { return words[Int.random(in: 0..<words.count, using: &generator)] }
        return String((0..<Int.random(in: 1...9, using: &generator)).map { _ in "abcdefghijklmnopqrstuvwxyzé€".randomElement(using: &generator) ?? "x" })
    }
}

private extension Int128 {
    func power(_ exponent: Int) -> Int128 { (0..<exponent).reduce(1) { result, _ in result * self } }
}
