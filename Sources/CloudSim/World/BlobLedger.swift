/// The body ids one transaction wrote or released: candidates for removal once it ends.
final class BlobLedger {
    var ids: Set<String> = []
}
