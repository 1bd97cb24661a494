import Synchronization

/// An encoded block's values once decoded. Blocks never change after they are written, so the
/// first scan that decodes a block can keep the vector for every later scan: a query then pays
/// for decoding once per process rather than once per block per query (the buffer cache a
/// real warehouse keeps in memory). Blocks sealed by a load start with the vector they were
/// encoded from, so a table loaded and queried in one process never decodes at all.
///
/// Two threads reading the same block may both decode it; they get equal vectors and the
/// second store is harmless, so the lock is held only to read or store the reference.
final class DecodedBlockCache: Sendable {
    private let vector: Mutex<ColumnVector?>

    init(_ vector: ColumnVector? = nil) {
        self.vector = Mutex(vector)
    }

    /// The payload's values: the kept vector, or the payload decoded now and kept.
    func values(of payload: BlockPayload) throws(SQLError) -> ColumnVector {
        if let kept = vector.withLock({ $0 }) { return kept }
        let decoded = try payload.decode()
        vector.withLock { $0 = decoded }
        return decoded
    }
}
