import Foundation
@testable import CloudSim

/// A world with a data-lake bucket, a Glue service role that may read it, and a catalog database.
enum GlueFixtures {
    static let glueTrust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"glue.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
    static let readLake = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket","s3:PutObject"],"Resource":["arn:aws:s3:::lake","arn:aws:s3:::lake/*"]}]}"#

    static func lake() throws -> TestWorld {
        let world = try TestWorld()
        try world.run("s3api create-bucket --bucket lake")
        try world.run("iam create-role --role-name GlueRole --assume-role-policy-document '\(glueTrust)'")
        try world.run("iam put-role-policy --role-name GlueRole --policy-name lake --policy-document '\(readLake)'")
        try world.run("glue create-database --database-input Name=lake")
        return world
    }

    /// Uploads `contents` as `s3://lake/KEY`.
    static func put(_ world: TestWorld, _ key: String, _ contents: String) throws {
        let name = "upload-\(UUID().uuidString)"
        try world.file(name, contents)
        try world.run("s3api put-object --bucket lake --key \(key) --body \(name)")
    }

    /// Creates crawler `name` over `paths`, starts it and advances the clock until it is READY again.
    static func crawl(_ world: TestWorld, name: String = "c", paths: [String], extra: String = "") throws {
        if (try? world.json("glue get-crawler --name \(name)")) == nil {
            let targets = paths.map { #"{"Path":"\#($0)"}"# }.joined(separator: ",")
            try world.run("glue create-crawler --name \(name) --role GlueRole --database-name lake --targets '{\"S3Targets\":[\(targets)]}' \(extra)")
        }
        try world.run("glue start-crawler --name \(name)")
        try world.world.advance(by: 600)
    }

    static func table(_ world: TestWorld, _ name: String) throws -> AWSValue? {
        try world.run("glue get-table --database-name lake --name \(name)")["Table"]
    }

    static func columns(_ table: AWSValue?) -> [String] {
        (table?["StorageDescriptor"]?["Columns"]?.listValue ?? []).map {
            "\($0["Name"]?.stringValue ?? ""):\($0["Type"]?.stringValue ?? "")"
        }
    }

    static func tableNames(_ world: TestWorld) throws -> [String] {
        (try world.json("glue get-tables --database-name lake")["TableList"]?.listValue ?? []).compactMap { $0["Name"]?.stringValue }
    }
}

extension TestWorld {
    /// Runs a command that must succeed, for its effect.
    @discardableResult
    func run(_ line: String) throws -> AWSValue {
        try json(line)
    }
}
