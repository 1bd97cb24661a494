import Foundation
import GRDB

/// What an operation sees while it runs: the database inside its transaction, the world time
/// it runs at, who is calling and in which region, and the object-body store.
public final class WorldTransaction {
    let db: Database
    public let now: Date
    public let account: Account
    public let region: String
    private let blobs: BlobStore
    private let ledger: BlobLedger
    /// The clusters' and snapshots' database files.
    let storage: ClusterStorage

    init(db: Database, now: Date, account: Account, region: String, blobs: BlobStore, ledger: BlobLedger,
         storage: ClusterStorage) {
        self.db = db
        self.now = now
        self.account = account
        self.region = region
        self.blobs = blobs
        self.ledger = ledger
        self.storage = storage
    }

    /// Stores a body and returns its id. Should the transaction fail, the body is removed again.
    func storeBody(_ data: Data) throws(WorldError) -> String {
        let id = try blobs.store(data)
        ledger.ids.insert(id)
        return id
    }

    func loadBody(_ id: String) throws(WorldError) -> Data {
        try blobs.load(id)
    }

    func loadBodyBytes(_ id: String) throws(WorldError) -> [UInt8] {
        try blobs.loadBytes(id)
    }

    /// Notes that a record no longer refers to body `id`; the body goes once nothing refers to it.
    func releaseBody(_ id: String) {
        ledger.ids.insert(id)
    }
}
