import Testing
@testable import Warehouse

/// Seeded random mutations of valid input for every format: the parser never crashes or hangs,
/// and every record it reads becomes either a loaded row or a rejected row.
@Suite struct CopyParserFuzzTests {
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let columns = [TableColumn(name: "id", type: .integer, notNull: true), TableColumn(name: "name", type: .varchar(length: 8)),
                          TableColumn(name: "price", type: .decimal(precision: 6, scale: 2)), TableColumn(name: "day", type: .date),
                          TableColumn(name: "at", type: .timestamp), TableColumn(name: "code", type: .char(length: 3)),
                          TableColumn(name: "ok", type: .boolean), TableColumn(name: "ratio", type: .doublePrecision)]

    static let samples: [(options: String, text: String)] = [
        ("", "1|ann|12.50|2024-01-31|2024-01-31 10:00:00|abc|t|0.5\n2|bob|\\N|2024-02-01||x|f|1e3\n"),
        ("csv", "1,\"a,b\",1.5,2024-01-31,2024-01-31 10:00:00,abc,true,2\n2,\"q\"\"q\",,2024-02-01,,x,no,3\n"),
        ("delimiter ',' escape removequotes", "1,\"a\\,b\",1.5,2024-01-31,2024-01-31 10:00:00,abc,1,2\n"),
        ("fixedwidth 'a:2,b:8,c:5,d:10,e:19,f:3,g:1,h:4' fillrecord", "1 ann     12.502024-01-312024-01-31 10:00:00abct0.25\n"),
        ("json 'auto'", #"{"id": 1, "name": "ann", "price": 1.5, "day": "2024-01-31", "ok": true, "code": [1], "ratio": 2.5}"# + "\n"),
    ]

    @Test func mutatedInputAlwaysYieldsRowsOrRejections() throws {
        var random = SplitMix(state: 20_261_125)
        let alphabet = Array("|,\"\\\n\r{}[]:0123456789.-eE tTfF\u{0}".utf8) + [0xC3, 0xA9, 0xFF, 0x80]
        for sample in Self.samples {
            let options = try CopyOptions(Parser.parse("copy t from 's3://b/k' iam_role default \(sample.options)").first.map { statement in
                guard case .copy(let copy) = statement.kind else { return [] }
                return copy.options
            } ?? [])
            let parser = FileParser(options: options, targets: Self.columns, jsonPaths: nil, rejectionLimit: Int.max)
            let valid = Array(sample.text.utf8)
            let clean = parser.parse(valid, file: "s3://b/k")
            #expect(clean.rejections.isEmpty, "\(sample.options): \(clean.rejections.map(\.reason))")
            for _ in 0..<300 {
                var bytes = valid
                for _ in 0..<Int.random(in: 1...6, using: &random) {
                    let position = Int.random(in: 0...bytes.count, using: &random)
                    switch Int.random(in: 0..<3, using: &random) {
                    case 0 where position < bytes.count: bytes.remove(at: position)
                    case 1 where position < bytes.count: bytes[position] = alphabet.randomElement(using: &random) ?? 0
                    default: bytes.insert(alphabet.randomElement(using: &random) ?? 0, at: position)
                    }
                }
                let result = parser.parse(bytes, file: "s3://b/k")
                #expect(result.failure == nil)
                #expect(result.rows + result.rejections.count == result.linesScanned,
                        "\(sample.options): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
                let loaded = result.batches.reduce(0) { $0 + ($1.first?.count ?? 0) }
                #expect(loaded == result.rows)
                #expect(result.batches.allSatisfy { batch in batch.allSatisfy { $0.count == batch[0].count } })
            }
        }
    }
}
