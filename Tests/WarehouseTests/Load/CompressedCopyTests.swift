import Testing
@testable import Warehouse

@Suite struct CompressedCopyTests {
    /// `printf '1\n2\n' | gzip -n` and `| bzip2`.
    static let gzipped: [UInt8] = [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x33, 0xe4, 0x32, 0xe2, 0x02,
                                   0x00, 0x61, 0x78, 0xe1, 0x69, 0x04, 0x00, 0x00, 0x00]
    static let bzipped: [UInt8] = [0x42, 0x5a, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59, 0x4b, 0x95, 0x0b, 0xbb, 0x00, 0x00,
                                   0x01, 0x48, 0x00, 0x00, 0x10, 0x30, 0x00, 0x20, 0x00, 0x30, 0xcc, 0x0c, 0x7a, 0x82, 0x71, 0x77,
                                   0x24, 0x53, 0x85, 0x09, 0x04, 0xb9, 0x50, 0xbb, 0xb0]

    @Test func gzipAndBzip2Inflate() throws {
        let fx = try CopyFixture("create table t (a int)")
        fx.store.put("s3://b/g.gz", Self.gzipped)
        fx.store.put("s3://b/z.bz2", Self.bzipped)
        try fx.run("copy t from 's3://b/g' \(CopyFixture.role) gzip")
        try fx.run("copy t from 's3://b/z' \(CopyFixture.role) bzip2")
        #expect(try fx.rows("select a from t order by a") == [["1"], ["1"], ["2"], ["2"]])
    }

    @Test func corruptCompressedInputFailsTheLoad() throws {
        let fx = try CopyFixture("create table t (a int)")
        fx.store.put("s3://b/g.gz", Array(Self.gzipped.prefix(15)))
        fx.store.put("s3://b/plain", "1\n")
        #expect(fx.failure("copy t from 's3://b/g' \(CopyFixture.role) gzip") == "gzip decompression failed: the file is not valid gzip input")
        #expect(fx.failure("copy t from 's3://b/plain' \(CopyFixture.role) bzip2") == "bzip2 decompression failed: the file is not valid bzip2 input")
        #expect(try fx.rows("select count(*) from t") == [["0"]])
    }
}
