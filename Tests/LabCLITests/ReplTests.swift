import Testing
@testable import LabCLI

/// Feeds the REPL a fixed script and records what it printed, so dispatch is tested without a terminal.
final class ScriptedReader: LineReader {
    var results: [ReadResult]
    var prompts: [String] = []

    init(_ lines: [String]) { results = lines.map { .line($0) } }
    init(results: [ReadResult]) { self.results = results }

    func read(prompt: String) -> ReadResult {
        prompts.append(prompt)
        return results.isEmpty ? .endOfInput : results.removeFirst()
    }
}

final class RecordingConsole: Console {
    var stdout: [String] = []
    var stderr: [String] = []
    func out(_ text: String) { stdout.append(text) }
    func err(_ text: String) { stderr.append(text) }
}

@Suite struct ReplTests {
    let workspace = TestWorkspace()

    func run(_ reader: ScriptedReader) -> (status: Int32, console: RecordingConsole, prompts: [String]) {
        let console = RecordingConsole()
        var repl = Repl(reader: reader, console: console, handler: ReplCommandHandler(session: workspace.session))
        let status = repl.run()
        return (status, console, repl.reader.prompts)
    }

    @Test func helpSucceedsAndQuitStopsReading() {
        let (status, console, prompts) = run(ScriptedReader(["help", "\\q", "help"]))
        #expect(status == 0)
        #expect(console.stdout.count == 1)
        #expect(console.stdout[0].contains("check     grade the current step"))
        #expect(prompts == ["lab=> ", "lab=> "])
    }

    @Test func thePromptNamesTheCurrentLabAndStep() {
        let (_, _, prompts) = run(ScriptedReader(["goto 02-data-lake", "next", "select 1"]))
        #expect(prompts == ["lab=> ", "02/three-buckets=> ", "02/protect-raw=> ", "02/protect-raw-> "])
    }

    @Test func aBareSubmitHandsInTheLastQuery() throws {
        let (_, console, _) = run(ScriptedReader(["goto 02-data-lake", "select 1 +", "  1;", "submit"]))
        #expect(console.stdout.last == "Handed in 'select 1 +\n  1;' for three-buckets. Type 'check' to grade it.")
    }

    @Test func timingPrintsHowLongEachStatementTook() {
        let (status, console, _) = run(ScriptedReader(["\\timing", "select 1;", "\\timing off", "select 2;", "\\timing maybe"]))
        #expect(status == 1)
        #expect(console.stdout.first == "Timing is on.")
        #expect(console.stdout.filter { $0.hasPrefix("Time: ") && $0.hasSuffix(" ms") }.count == 1)
        #expect(console.stdout.contains("Timing is off."))
        #expect(console.stderr == ["\\timing: unrecognized value \"maybe\": Boolean expected"])
    }

    @Test func backslashCSwitchesSQLToAClusterAndThePromptShowsItsDatabase() {
        let (status, console, prompts) = run(ScriptedReader([
            "aws redshift create-cluster --cluster-identifier c1 --node-type dc2.large --master-username awsuser "
                + "--master-user-password Passw0rd1 --db-name sales --query Cluster.ClusterStatus",
            "\\c c1",
            "aws redshift wait cluster-available --cluster-identifier c1",
            "aws ec2 authorize-security-group-ingress --group-name default --protocol tcp --port 5439 --cidr 203.0.113.10/32 --query Return",
            "\\connect c1",
            "create table t (n int);",
            "\\c scratch",
            "select * from t;",
            "\\c sales awsuser c1",
            "select count(*) from t;",
        ]))
        #expect(status == 1)
        #expect(console.stderr.first?.contains("cluster c1 is still creating") == true)
        #expect(console.stderr.contains { $0.contains(#"relation "t" does not exist"#) })
        #expect(console.stdout.contains { $0.hasPrefix(#"You are now connected to database "sales" as user "awsuser" on host "c1."#) })
        #expect(console.stdout.last?.contains("(1 row)") == true)
        #expect(prompts.suffix(6) == ["lab sales=> ", "lab sales=> ", "lab=> ", "lab=> ", "lab sales=> ", "lab sales=> "])
    }

    @Test func continuationPromptsFollowTheOpenStatement() {
        let (_, _, prompts) = run(ScriptedReader(["select (1,", "'a", "'", ")", ";"]))
        #expect(prompts == ["lab=> ", "lab(> ", "lab'> ", "lab(> ", "lab-> ", "lab=> "])
    }

    @Test func sqlRunsOnTheScratchDatabaseAndKeepsItsTablesAcrossLines() {
        let (status, console, _) = run(ScriptedReader([
            "create table t (a int);", "insert into t values (1), (2);", "select a from t", "order by a;",
        ]))
        #expect(status == 0)
        #expect(console.stderr.isEmpty)
        #expect(console.stdout == ["CREATE TABLE", "INSERT 0 2", " a \n---\n 1\n 2\n(2 rows)\n"])
    }

    @Test func aFailingStatementPrintsPsqlsErrorAndFailsTheRun() {
        let (status, console, _) = run(ScriptedReader(["select nope from t;"]))
        #expect(status == 1)
        #expect(console.stderr == ["ERROR:  relation \"t\" does not exist\nLINE 1: select nope from t\n                         ^"])
    }

    @Test func awsLinesRunAgainstTheWorkspacesWorldAndFailuresCount() {
        let (status, console, _) = run(ScriptedReader(["aws s3 mb s3://lab-raw-data", "aws s3 ls", "aws s3 rb s3://nope-nope"]))
        #expect(status == 1)
        #expect(console.stdout.first == "make_bucket: lab-raw-data")
        #expect(console.stdout.last?.hasSuffix(" lab-raw-data") == true)
        #expect(console.stderr.count == 1)
        #expect(console.stderr[0].contains("NoSuchBucket"))
    }

    @Test func anUnknownBackslashCommandIsAnErrorAndTheREPLGoesOn() {
        let (status, console, _) = run(ScriptedReader(["\\frobnicate", "help"]))
        #expect(status == 1)
        #expect(console.stderr == ["invalid command \\frobnicate\nTry \\? for help."])
        #expect(console.stdout.count == 1)
    }

    @Test func ctrlCAbandonsTheOpenStatementButNotTheREPL() {
        let reader = ScriptedReader(results: [.line("select 1"), .interrupted, .line("help")])
        let (status, console, prompts) = run(reader)
        #expect(status == 0)
        #expect(prompts == ["lab=> ", "lab-> ", "lab=> ", "lab=> "])
        #expect(console.stdout.count == 1)
    }

    @Test func backslashRClearsTheBufferWhileAStatementIsOpen() {
        let (status, console, prompts) = run(ScriptedReader(["select 1", "\\r", "help"]))
        #expect(status == 0)
        #expect(console.stderr == ["Query buffer reset (cleared)."])
        #expect(prompts.prefix(3) == ["lab=> ", "lab-> ", "lab=> "])
    }

    @Test func labWordsInsideAnOpenStatementAreSQL() {
        let (_, console, _) = run(ScriptedReader(["select", "help", ";"]))
        #expect(console.stdout.isEmpty)
        #expect(console.stderr == ["ERROR:  column \"help\" does not exist\nLINE 2: help\n        ^"])
    }

    @Test func anUnterminatedStatementAtEndOfInputIsReported() {
        let (status, console, _) = run(ScriptedReader(["select 1"]))
        #expect(status == 1)
        #expect(console.stderr.first?.contains("unterminated statement") == true)
    }
}
