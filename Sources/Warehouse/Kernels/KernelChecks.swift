/// Preconditions kernels check on their (engine-built, not user-built) inputs, reported as
/// internal errors instead of crashing.
enum KernelChecks {
    static func sameLength(_ vectors: ColumnVector...) throws {
        guard let first = vectors.first, vectors.allSatisfy({ $0.count == first.count }) else {
            throw SQLError(SQLState.internalError, "kernel inputs differ in length")
        }
    }
}
