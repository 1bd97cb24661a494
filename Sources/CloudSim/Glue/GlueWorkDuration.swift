import Foundation
import GRDB

/// How long a crawl or a job run works in world time: at least a minute, like real crawlers and
/// Glue 2.0+ job runs, plus ten seconds for each megabyte of data it reads.
enum GlueWorkDuration {
    static func seconds(forBytes bytes: Int) -> TimeInterval {
        60 + (Double(bytes) / 100_000).rounded(.up)
    }

    /// The bytes stored under the S3 paths, ignoring paths that name no bucket (the run reports those).
    static func bytes(under paths: [String], _ db: Database) throws -> Int {
        var total = 0
        for path in paths {
            guard let folder = try? GlueS3Reader.Folder(path) else { continue }
            total += try S3Object.list(bucket: folder.bucket, prefix: folder.prefix, after: nil, db).reduce(0) { $0 + $1.size }
        }
        return total
    }
}
