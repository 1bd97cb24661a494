import Foundation
import Testing

/// A `lab sql` process killed with SIGKILL at random moments while it loads rows: after each
/// kill the scratch database opens (every file passing its checksum) and holds exactly the
/// statements committed before the kill. A few kills in the default run; `LAB_LONG_TESTS=1`
/// runs 50.
@Suite struct CrashRecoveryTests {
    /// Rows each INSERT adds: n = 0..<batchRows offset by the batch's number times batchRows,
    /// so after k batches the table holds n = 0..<k*batchRows exactly once.
    static let batchRows = 5_000

    @Test func aKilledLoadLeavesExactlyTheLastCommit() throws {
        let ws = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-crash-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: ws) }
        let setup = try LabProcess.run(["sql", "--workspace", ws.path], input: """
            create table d (n int); insert into d values (0),(1),(2),(3),(4),(5),(6),(7),(8),(9);
            create table base as select a.n + 10 * b.n + 100 * c.n + 1000 * e.n as n from d a, d b, d c, d e where a.n + 10 * b.n + 100 * c.n + 1000 * e.n < \(Self.batchRows);
            create table t (n bigint, s varchar(40)) sortkey (n);
            """)
        #expect(setup.status == 0, "\(setup.stderr)")

        let kills = ProcessInfo.processInfo.environment["LAB_LONG_TESTS"] == "1" ? 50 : 3
        var generator = SeededGenerator(seed: 20_261_125)
        var batches = 0
        for _ in 0..<kills {
            // Far more batches than can run before the kill: the process is always mid-load.
            let script = (batches..<batches + 200).map { batch in
                "insert into t select n + \(batch * Self.batchRows), 'row ' || (n + \(batch * Self.batchRows)) from base;"
            }.joined(separator: "\n")
            try LabProcess.killed(["sql", "--workspace", ws.path], input: script,
                                  afterMilliseconds: Int.random(in: 150...900, using: &generator))
            let check = try LabProcess.run(["sql", "--workspace", ws.path, "--csv", "-c",
                                            "select count(*), count(distinct n), coalesce(sum(n), 0), coalesce(sum(length(s)), 0) from t"])
            #expect(check.status == 0, "the database did not open after a kill: \(check.stderr)")
            let numbers = (check.stdout.split(whereSeparator: \.isNewline).last ?? "").split(separator: ",").compactMap { Int($0) }
            try #require(numbers.count == 4, "unexpected output: \(check.stdout)")
            let rows = numbers[0]
            #expect(rows % Self.batchRows == 0, "a statement was half committed: \(rows) rows")
            #expect(rows >= batches * Self.batchRows, "committed rows were lost")
            batches = rows / Self.batchRows
            #expect(numbers[1] == rows)
            let expectedSum = rows * (rows - 1) / 2
            let expectedLength = (0..<rows).reduce(0) { total, n in total + 4 + String(n).count }
            #expect(numbers[2] == expectedSum)
            #expect(numbers[3] == expectedLength)
        }
    }
}

/// A `\copy` killed with SIGKILL part-way through its load leaves the table exactly as it
/// was (and the database opening cleanly), as a COPY is one statement that commits whole or
/// not at all. The file takes the process seconds to load, far longer than it lives; should
/// a load ever finish first, the table must then hold the whole file, never part of it.
@Suite struct CopyCrashRecoveryTests {
    static let fileRows = 600_000

    @Test func aKilledCopyLeavesTheTableAsBefore() throws {
        let ws = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-copy-crash-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: ws, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: ws) }
        let small = ws.appendingPathComponent("small.csv"), large = ws.appendingPathComponent("large.csv")
        try Self.rows(0..<1_000).write(to: small)
        try Self.rows(1_000..<1_000 + Self.fileRows).write(to: large)
        let database = ws.appendingPathComponent("db").path
        let setup = try LabProcess.run(["sql", "--workspace", database, "-c", "create table t (n bigint, s varchar(40)) sortkey (n)",
                                        "-c", "\\copy t from '\(small.path)' with (format csv)"])
        #expect(setup.status == 0, "\(setup.stderr)")
        var before = try Self.contents(database)
        #expect(before == Self.summary(0..<1_000))

        let kills = ProcessInfo.processInfo.environment["LAB_LONG_TESTS"] == "1" ? 20 : 3
        var generator = SeededGenerator(seed: 20_261_126)
        for _ in 0..<kills {
            try LabProcess.killed(["sql", "--workspace", database, "-c", "\\copy t from '\(large.path)' with (format csv)"], input: "",
                                  afterMilliseconds: Int.random(in: 100...600, using: &generator))
            let after = try Self.contents(database)
            let whole = zip(before, Self.summary(1_000..<1_000 + Self.fileRows)).map { $0 + $1 }
            #expect(after == before || after == whole, "a killed COPY left part of its rows")
            before = after
        }
    }

    /// `n,row n` for each n, as a file's bytes.
    private static func rows(_ numbers: Range<Int>) -> Data {
        var text: [UInt8] = []
        text.reserveCapacity(numbers.count * 24)
        for number in numbers {
            let digits = Array(String(number).utf8)
            text += digits
            text += Array(",row ".utf8)
            text += digits
            text.append(0x0A)
        }
        return Data(text)
    }

    /// What `contents` reads for a table holding exactly `numbers`.
    private static func summary(_ numbers: Range<Int>) -> [Int] {
        [numbers.count, numbers.reduce(0, +), numbers.reduce(0) { $0 + 4 + String($1).count }]
    }

    /// Row count, sum of n and total length of s, read by a new process (which must open the
    /// database cleanly: every file passing its checksum).
    private static func contents(_ database: String) throws -> [Int] {
        let check = try LabProcess.run(["sql", "--workspace", database, "--csv", "-c",
                                        "select count(*), coalesce(sum(n), 0), coalesce(sum(length(s)), 0) from t"])
        #expect(check.status == 0, "the database did not open after a kill: \(check.stderr)")
        return (check.stdout.split(whereSeparator: \.isNewline).last ?? "").split(separator: ",").compactMap { Int($0) }
    }
}

/// A small deterministic generator (SplitMix64), so the kill moments repeat run to run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension LabProcess {
    /// Starts `lab` with `input` on standard input and kills it with SIGKILL after `milliseconds`
    /// (or lets it finish first), waiting until it is gone.
    static func killed(_ arguments: [String], input: String, afterMilliseconds milliseconds: Int) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "LAB_HOME")
        process.environment = env
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        usleep(UInt32(milliseconds) * 1_000)
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}
