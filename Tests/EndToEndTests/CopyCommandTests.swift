import Foundation
import Testing

/// COPY from the workspace's simulated S3 with the built `lab`: upload with `lab aws s3 cp`,
/// create a role Redshift may assume, load with `lab sql --scratch`, query what arrived and what
/// was rejected.
@Suite struct CopyCommandTests {
    @Test func copyLoadsFromSimulatedS3AndReportsRejectedRows() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-copy-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let ws = root.appendingPathComponent("ws", isDirectory: true)
        let data = root.appendingPathComponent("sales.csv")
        try Data("id,amount\n1,9.50\n2,oops\n3,1.25\n".utf8).write(to: data)
        let trust = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "redshift.amazonaws.com"}, "Action": "sts:AssumeRole"}]}"#
        for command in [["s3", "mb", "s3://lake"], ["s3", "cp", data.path, "s3://lake/sales/part-1.csv"],
                        ["iam", "create-role", "--role-name", "loader", "--assume-role-policy-document", trust]] {
            let run = try LabProcess.run(["aws", "--workspace", ws.path] + command)
            #expect(run.status == 0, "\(command): \(run.stderr)")
        }
        let create = try LabProcess.run(["sql", "--workspace", ws.path, "--scratch", "-c", "create table sales (id int, amount decimal(6,2))"])
        #expect(create.status == 0)
        let copy = "copy sales from 's3://lake/sales/' iam_role 'arn:aws:iam::123456789012:role/loader' csv ignoreheader 1 maxerror 5"
        let denied = try LabProcess.run(["sql", "--workspace", ws.path, "--scratch", "-c", copy])
        #expect(denied.status == 1)
        #expect(denied.stderr.hasPrefix("ERROR:  S3ServiceException:Access Denied,Status 403,Error AccessDenied"))
        let attach = try LabProcess.run(["aws", "--workspace", ws.path, "iam", "attach-role-policy", "--role-name", "loader",
                                         "--policy-arn", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"])
        #expect(attach.status == 0)
        let loaded = try LabProcess.run(["sql", "--workspace", ws.path, "--scratch", "-c", copy])
        #expect(loaded.status == 0)
        #expect(loaded.stderr.contains("INFO:  Load into table 'sales' completed, 2 record(s) loaded successfully.\n"))
        #expect(loaded.stdout == "COPY\n")
        let query = try LabProcess.run(["sql", "--workspace", ws.path, "--scratch", "-t", "-c", "select sum(amount) from sales",
                                        "-c", "select trim(colname), line_number, err_code from stl_load_errors"])
        #expect(query.stdout == " 10.75\n\n amount |           3 |     1207\n\n")
        // A failed COPY loads nothing, and its rejected row stays in the log for the next run.
        let failed = try LabProcess.run(["sql", "--workspace", ws.path, "--scratch", "-c", copy.replacingOccurrences(of: " maxerror 5", with: "")])
        #expect(failed.stderr.hasPrefix("ERROR:  Load into table 'sales' failed.  Check 'stl_load_errors' system table for details."))
        let after = try LabProcess.run(["sql", "--workspace", ws.path, "--scratch", "-t", "-c", "select count(*) from sales",
                                        "-c", "select count(distinct query) from stl_load_errors"])
        #expect(after.stdout == "     2\n\n     2\n\n")
    }
}
