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
            let parser = try Self.parser(sample.options)
            let valid = Array(sample.text.utf8)
            let clean = parser.parse(valid, in: valid.indices, skipsHeader: true)
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
                let result = parser.parse(bytes, in: bytes.indices, skipsHeader: true)
                #expect(result.failure == nil)
                #expect(result.rows + result.rejections.count == result.linesScanned,
                        "\(sample.options): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
                let loaded = result.batches.reduce(0) { $0 + ($1.first?.count ?? 0) }
                #expect(loaded == result.rows)
                #expect(result.batches.allSatisfy { batch in batch.allSatisfy { $0.count == batch[0].count } })
            }
        }
    }

    static func parser(_ written: String, rejectionLimit: Int = Int.max) throws -> FileParser {
        let options = try CopyOptions(Parser.parse("copy t from 's3://b/k' iam_role default \(written)").first.map { statement in
            guard case .copy(let copy) = statement.kind else { return [] }
            return copy.options
        } ?? [])
        return FileParser(options: options, targets: columns, jsonPaths: nil, rejectionLimit: rejectionLimit)
    }

    /// What a parse produced, comparable: every loaded value and every rejection's line,
    /// column, position, reason and raw line.
    static func outcome(_ result: FileParser.Result) -> (values: [[Datum]], rejections: [String], scanned: Int) {
        let values = columns.indices.map { column in result.batches.flatMap { $0[column].datums } }
        let rejections = result.rejections.map { "\($0.line) \($0.columnName) \($0.position) \($0.reason) \($0.rawLine)" }
        return (values, rejections, result.linesScanned)
    }

    /// Cutting a delimited file into chunks (here of a few dozen bytes) reads the same rows,
    /// rejections and line numbers as one pass, with a header, blank lines and bad rows.
    @Test func chunkedParsingMatchesOnePass() throws {
        var random = SplitMix(state: 6)
        var lines = ["id|name|price|day|at|code|ok|ratio", "header two"]
        for index in 0..<300 {
            switch Int.random(in: 0..<10, using: &random) {
            case 0: lines.append("")
            case 1: lines.append("\(index)|bad|x|2024-01-31||abc|t|1")
            case 2: lines.append("\(index)|too|few")
            case 3: lines.append("\(index)|\"q|q\"|1.5|2024-02-01||ab|f|2\r")
            default: lines.append("\(index)|n\(index)|\(index).25|2024-01-\(10 + index % 20)|2024-01-31 10:00:00|abc|t|0.5")
            }
        }
        let text = Array((lines.joined(separator: "\n") + "\n").utf8)
        for written in ["ignoreheader 2 ignoreblanklines", "ignoreheader 1 removequotes", "ignoreheader 2 maxerror 10"] {
            for limit in [Int.max, 5] {
                let parser = try Self.parser(written, rejectionLimit: limit)
                let whole = Self.outcome(parser.parse(text, in: text.indices, skipsHeader: true))
                let file = CopySource.File(location: S3Location(bucket: "b", key: "k"), bytes: text)
                var load = ParallelLoad(parser: parser)
                load.chunkBytes = 37
                #expect(load.chunks(of: text).count > 100)
                let chunked = try #require(load.parse([file]).first)
                #expect(whole.rejections == Self.outcome(chunked).rejections, "\(written)")
                if limit == Int.max {
                    #expect(!whole.rejections.isEmpty)
                    #expect(whole.values == Self.outcome(chunked).values, "\(written)")
                    #expect(whole.scanned == chunked.linesScanned, "\(written)")
                }
            }
        }
    }
}
