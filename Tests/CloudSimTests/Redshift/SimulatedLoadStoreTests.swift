import Foundation
import Testing
import Warehouse
@testable import CloudSim

@Suite("COPY through the simulated S3 and IAM")
struct SimulatedLoadStoreTests {
    let aws: SimulatedAWS
    let database = Warehouse.Database()
    static let readOnly = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"

    init() throws {
        aws = try SimulatedAWS()
        _ = try aws.json("s3api", "create-bucket", "--bucket", "raw")
        _ = try aws.json("s3api", "put-object", "--bucket", "raw", "--key", "sales/part1", "--body", try local("1|a\n2|b\n"))
        _ = try aws.json("s3api", "put-object", "--bucket", "raw", "--key", "sales/part2", "--body", try local("3|c\n"))
        _ = try database.execute("create table sales (id int, code varchar(5))")
    }

    private func local(_ text: String) throws -> String {
        let file = aws.directory.appendingPathComponent("body-\(UUID().uuidString)")
        try Data(text.utf8).write(to: file)
        return file.path
    }

    private func role(_ name: String, trust: String = IAMFixtures.redshiftTrust, policy: String? = readOnly) throws {
        _ = try aws.json("iam", "create-role", "--role-name", name, "--assume-role-policy-document", trust)
        if let policy { _ = try aws.json("iam", "attach-role-policy", "--role-name", name, "--policy-arn", policy) }
    }

    private func copy(_ role: String, store: SimulatedLoadStore? = nil) -> String {
        database.objectStore = store ?? SimulatedLoadStore(world: aws.world)
        do {
            _ = try database.execute("copy sales from 's3://raw/sales/part' iam_role '\(role)'")
            return ""
        } catch {
            return error.message
        }
    }

    private var count: [[Datum]] { (try? database.execute("select count(*) from sales").last?.rows) ?? [] }

    @Test func aTrustedRoleWithReadAccessLoadsEveryMatchingObject() throws {
        try role("loader")
        #expect(copy("arn:aws:iam::123456789012:role/loader") == "")
        #expect(count == [[.bigint(3)]])
    }

    @Test func anUnknownOrUntrustingRoleCannotBeAssumed() throws {
        let expected = "User arn:aws:redshift:us-east-1:123456789012:dbuser:scratch/awsuser is not authorized to assume IAM Role "
        #expect(copy("arn:aws:iam::123456789012:role/ghost") == expected + "arn:aws:iam::123456789012:role/ghost")
        try role("userRole", trust: IAMFixtures.learnerTrust)
        #expect(copy("arn:aws:iam::123456789012:role/userRole") == expected + "arn:aws:iam::123456789012:role/userRole")
        #expect(count == [[.bigint(0)]])
    }

    @Test func aRoleWithoutS3PermissionIsDeniedAndLoadsNothing() throws {
        try role("bare", policy: nil)
        #expect(copy("arn:aws:iam::123456789012:role/bare") == "S3ServiceException:Access Denied,Status 403,Error AccessDenied")
        _ = try aws.json("iam", "put-role-policy", "--role-name", "bare", "--policy-name", "list", "--policy-document",
                         #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::raw"}]}"#)
        #expect(copy("arn:aws:iam::123456789012:role/bare") == "S3ServiceException:Access Denied,Status 403,Error AccessDenied")
        #expect(count == [[.bigint(0)]])
    }

    @Test func aClusterDatabaseNeedsTheRoleAttachedAndKnowsItsDefault() throws {
        try role("loader")
        let created = AWSCLI(world: aws.world).run(["redshift", "create-cluster", "--cluster-identifier", "lab", "--node-type", "dc2.large",
                                                   "--master-username", "awsuser", "--master-user-password", "Passw0rd1"])
        #expect(created.exitCode == 0)
        let store = SimulatedLoadStore(world: aws.world, clusterIdentifier: "lab")
        #expect(copy("arn:aws:iam::123456789012:role/loader", store: store)
            == "User arn:aws:redshift:us-east-1:123456789012:dbuser:lab/awsuser is not authorized to assume IAM Role arn:aws:iam::123456789012:role/loader")
        let attached = AWSCLI(world: aws.world).run(["redshift", "create-cluster", "--cluster-identifier", "lab2",
                                                    "--node-type", "dc2.large", "--master-username", "awsuser",
                                                    "--master-user-password", "Passw0rd1",
                                                    "--iam-roles", "arn:aws:iam::123456789012:role/loader",
                                                    "--default-iam-role-arn", "arn:aws:iam::123456789012:role/loader"])
        #expect(attached.exitCode == 0)
        database.objectStore = SimulatedLoadStore(world: aws.world, clusterIdentifier: "lab2")
        _ = try database.execute("copy sales from 's3://raw/sales/' iam_role default")
        #expect(count == [[.bigint(3)]])
    }

    @Test func theScratchDatabaseHasNoDefaultRoleAndNoAccessKeys() throws {
        database.objectStore = SimulatedLoadStore(world: aws.world)
        #expect(throws: SQLError.self) { try database.execute("copy sales from 's3://raw/sales/' iam_role default") }
        #expect(throws: SQLError.self) {
            try database.execute("copy sales from 's3://raw/sales/' access_key_id 'AKIA' secret_access_key 'x'")
        }
    }

    @Test func aBucketInAnotherRegionNeedsRegion() throws {
        try role("loader")
        _ = try aws.json("s3api", "create-bucket", "--bucket", "west", "--create-bucket-configuration", "LocationConstraint=us-west-2",
                         "--region", "us-west-2")
        _ = try aws.json("s3api", "put-object", "--bucket", "west", "--key", "d", "--body", try local("9|z\n"), "--region", "us-west-2")
        database.objectStore = SimulatedLoadStore(world: aws.world)
        let arn = "arn:aws:iam::123456789012:role/loader"
        #expect(throws: SQLError.self) { try database.execute("copy sales from 's3://west/d' iam_role '\(arn)'") }
        _ = try database.execute("copy sales from 's3://west/d' iam_role '\(arn)' region 'us-west-2'")
        #expect(count == [[.bigint(1)]])
    }

    @Test func unloadNeedsPutObjectAndWritesThroughS3() throws {
        try role("loader")
        database.objectStore = SimulatedLoadStore(world: aws.world)
        _ = try database.execute("insert into sales values (1, 'a'), (2, 'b')")
        let unload = "unload ('select id, code from sales order by id') to 's3://raw/out/sales_' iam_role 'arn:aws:iam::123456789012:role/loader' parallel off"
        #expect(throws: SQLError.self) { try database.execute(unload) }
        _ = try aws.json("iam", "put-role-policy", "--role-name", "loader", "--policy-name", "write", "--policy-document",
                         #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::raw/out/*"}]}"#)
        _ = try database.execute(unload)
        let listed = try aws.json("s3api", "list-objects-v2", "--bucket", "raw", "--prefix", "out/")
        #expect(listed["Contents"]?.listValue?.compactMap { $0["Key"]?.stringValue } == ["out/sales_000"])
        let file = aws.directory.appendingPathComponent("got")
        _ = try aws.json("s3api", "get-object", "--bucket", "raw", "--key", "out/sales_000", file.path)
        #expect(String(decoding: try Data(contentsOf: file), as: UTF8.self) == "1|a\n2|b\n")
    }
}
