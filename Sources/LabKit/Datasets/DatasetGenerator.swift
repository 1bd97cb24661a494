import Foundation

/// `lab datasets generate`: writes the scenario's sources (sales CSV, customer JSON lines, the
/// product catalog's PostgreSQL dump, partitioned web events, geography) and `manifest.json` into
/// a folder. Same scale and seed, same bytes. Everything is written into a staging folder first and
/// moved into place at the end, so a failure leaves no half-written dataset behind.
public struct DatasetGenerator: Sendable {
    public let scale: DatasetScale
    public let seed: UInt64

    /// What the generator owns in an output folder; `replacing` removes exactly these first.
    public static let outputs = ["sales", "customers", "products", "events", "geography", DatasetManifest.fileName]
    static let staging = ".lab-datasets-partial"

    public init(scale: DatasetScale, seed: UInt64) {
        self.scale = scale
        self.seed = seed
    }

    /// Generates into `folder` (created if missing). A non-empty folder is refused unless
    /// `replacing`, which removes the generator's own outputs there and leaves anything else.
    @discardableResult
    public func generate(into folder: URL, replacing: Bool = false) throws -> DatasetManifest {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw DatasetError.notADirectory(folder.path) }
            let entries = try contents(of: folder)
            if !entries.isEmpty && !replacing { throw DatasetError.notEmpty(folder.path) }
        } else {
            do {
                try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw Self.folderError(folder, error)
            }
        }
        let stage = folder.appendingPathComponent(Self.staging, isDirectory: true)
        try? manager.removeItem(at: stage)
        do {
            try manager.createDirectory(at: stage, withIntermediateDirectories: false)
        } catch {
            throw DatasetError.cannotWrite(folder.path, reason: DatasetError.reason(error))
        }
        do {
            let manifest = try write(into: stage)
            for name in Self.outputs where replacing {
                let target = folder.appendingPathComponent(name)
                if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
            }
            for name in Self.outputs {
                try manager.moveItem(at: stage.appendingPathComponent(name), to: folder.appendingPathComponent(name))
            }
            try manager.removeItem(at: stage)
            return manifest
        } catch {
            try? manager.removeItem(at: stage)
            if let datasetError = error as? DatasetError { throw datasetError }
            throw DatasetError.cannotWrite(folder.path, reason: DatasetError.reason(error))
        }
    }

    /// Every source into `root`, then the manifest describing them.
    private func write(into root: URL) throws -> DatasetManifest {
        let customers = CustomerSource(seed: seed)
        let products = ProductSource(seed: seed)
        var files: [DatasetManifest.File] = []
        let (geography, geographyFile) = try GeographySource.write(to: root)
        files.append(geographyFile)
        let (productSummary, productFile) = try products.write(count: scale.products, to: root)
        files.append(productFile)
        let (customerSummary, customerFiles) = try customers.write(count: scale.customers, scale: scale, seed: seed, to: root)
        files += customerFiles
        let (sales, salesFiles) = try SalesSource(customers: customers, products: products).write(scale: scale, seed: seed, to: root)
        files += salesFiles
        let (events, eventFiles) = try EventSource().write(scale: scale, seed: seed, customers: scale.customers,
                                                             products: scale.products, to: root)
        files += eventFiles
        let manifest = DatasetManifest(scale: scale.value, seed: seed, sales: sales, customers: customerSummary,
                                       products: productSummary, events: events, geography: geography,
                                       files: files.sorted { $0.path < $1.path })
        let url = root.appendingPathComponent(DatasetManifest.fileName)
        do {
            try manifest.encoded().write(to: url)
        } catch {
            throw DatasetError.cannotWrite(url.path, reason: DatasetError.reason(error))
        }
        return manifest
    }

    private func contents(of folder: URL) throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw Self.folderError(folder, error)
        }
    }

    private static func folderError(_ folder: URL, _ error: Error) -> DatasetError {
        // Creating a folder below a file fails with "not a directory": name the file that is in the way.
        var ancestor = folder.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        while ancestor.path != "/" {
            if FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isDirectory) {
                if !isDirectory.boolValue { return .notADirectory(ancestor.path) }
                break
            }
            ancestor = ancestor.deletingLastPathComponent()
        }
        return .cannotWrite(folder.path, reason: DatasetError.reason(error))
    }
}
