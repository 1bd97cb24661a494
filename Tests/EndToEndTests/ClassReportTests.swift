import Foundation
import Testing

@Suite struct ClassReportTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-class-\(UUID().uuidString)")

    func lab(_ arguments: [String], learner: String, workspace: String, input: String = "") throws -> LabProcess.Result {
        try LabProcess.run(arguments + ["--workspace", root.appendingPathComponent(workspace).path], input: input,
                           environment: ["LAB_LEARNER": learner])
    }

    @Test func learnersHandInAndTheInstructorMergesAndExports() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        for learner in ["ana", "bob"] {
            let practice = try lab(["exam", "practice", "--count", "2"], learner: learner, workspace: learner,
                                   input: ExamSessionTests.answerAnything(questions: 2))
            #expect(practice.status == 0)
            let handIn = try lab(["progress", "handin", "--out", root.appendingPathComponent("\(learner).json").path],
                                 learner: learner, workspace: learner)
            #expect(handIn.status == 0)
            #expect(handIn.stdout.contains("1 exam session(s)"))
        }
        let files = ["ana", "bob"].map { root.appendingPathComponent("\($0).json").path }
        let imported = try lab(["class", "import"] + files, learner: "teacher", workspace: "class")
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("Imported ana"))
        #expect(imported.stdout.contains("Imported bob"))

        let csv = try lab(["class", "export", "--format", "csv", "--table", "totals"], learner: "teacher", workspace: "class")
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("learner,points,max_points,steps_passed"))
        #expect(csv.stdout.contains("\r\nana,") && csv.stdout.contains("\r\nbob,"))

        let htmlPath = root.appendingPathComponent("class.html").path
        let html = try lab(["class", "export", "--format", "html", "--out", htmlPath], learner: "teacher", workspace: "class")
        #expect(html.status == 0)
        #expect(try String(contentsOfFile: htmlPath, encoding: .utf8).contains("Exam accuracy by domain"))

        let own = try lab(["progress"], learner: "ana", workspace: "ana")
        #expect(own.stdout.contains("Learner ana"))
        #expect(own.stdout.contains("1 session(s)"))
    }

    @Test func regradingCatchesAHandInWhoseAnswerFileDoesNotEarnItsPass() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let ddl = "create table sales_fact (sale_id bigint distkey, customer_key integer, product_key integer, "
            + "date_key integer sortkey, quantity integer, unit_price decimal(10,2), total_amount decimal(12,2), "
            + "discount_amount decimal(10,2));"
        #expect(try lab([], learner: "ana", workspace: "ana", input: "goto 07-star-schema\nreset\n").status == 0)
        let answers = root.appendingPathComponent("ana/answers/07-star-schema")
        try FileManager.default.createDirectory(at: answers, withIntermediateDirectories: true)
        try Data(ddl.utf8).write(to: answers.appendingPathComponent("fact-table.sql"))
        #expect(try lab(["sql", "--cluster", "redshift-lab", "-f", answers.appendingPathComponent("fact-table.sql").path], learner: "ana",
                        workspace: "ana").status == 0)
        #expect(try lab(["check", "07-star-schema"], learner: "ana", workspace: "ana").stdout.contains("fact-table: passed"))
        let file = root.appendingPathComponent("ana.json")
        #expect(try lab(["progress", "handin", "--out", file.path], learner: "ana", workspace: "ana").status == 0)
        #expect(try lab(["class", "import", file.path], learner: "t", workspace: "class").status == 0)
        let honest = try lab(["class", "regrade"], learner: "t", workspace: "class")
        #expect(honest.status == 0, "\(honest.stdout)\(honest.stderr)")
        #expect(honest.stdout.contains("ana 07-star-schema/fact-table: recorded pass, re-graded pass"))

        let forged = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "sale_id bigint distkey", with: "sale_id bigint")
        try Data(forged.utf8).write(to: file)
        #expect(try lab(["class", "import", file.path], learner: "t", workspace: "class").status == 0)
        let caught = try lab(["class", "regrade"], learner: "t", workspace: "class")
        #expect(caught.status == 1)
        #expect(caught.stdout.contains("ana 07-star-schema/fact-table: recorded pass, re-graded FAIL"))
        #expect(caught.stdout.contains("1 recorded pass(es) not earned by the answer files."))
    }

    @Test func aBadHandInIsRefusedAndNothingIsMerged() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let bad = root.appendingPathComponent("bad.json")
        try Data("{\"format\": \"redshift-lab-handin\"}".utf8).write(to: bad)
        let result = try lab(["class", "import", bad.path], learner: "teacher", workspace: "class")
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not a Redshift Lab hand-in file: field 'version' is missing."))
        let csv = try lab(["class", "export", "--format", "csv", "--table", "totals"], learner: "teacher", workspace: "class")
        #expect(csv.stdout == "learner,points,max_points,steps_passed,steps_tried,attempts,hints,exam_sessions,best_exam_score\r\n")
        let wrongTable = try lab(["class", "export", "--format", "json", "--table", "exams"], learner: "t", workspace: "class")
        #expect(wrongTable.status == 64)
        #expect(wrongTable.stderr.contains("--table applies to --format csv only"))
    }
}
