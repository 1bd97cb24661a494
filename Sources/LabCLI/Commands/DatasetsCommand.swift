import ArgumentParser
import Foundation
import LabKit

/// `lab datasets`: the scenario's source data.
struct DatasetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datasets", abstract: "Generate the scenario's source data at any scale.",
        subcommands: [Generate.self])

    /// `lab datasets generate --scale S --seed N --out DIR [--force]`.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write sales CSV, customer JSON lines, the product catalog's PostgreSQL dump, web events and geography.",
            discussion: "Scale 1 is 100,000 sales; scale 100 is 10 million. The same scale and seed always give "
                + "byte-identical files. Planted faults and their counts are listed in manifest.json in the output "
                + "folder and described in datasets/README.md.")

        @Option(help: ArgumentHelp("Size: 0.01 to 1000 (1 = 100,000 sales rows).", valueName: "scale"))
        var scale: String = "1"
        @Option(help: "Random seed; the same seed gives the same data.") var seed: UInt64 = 42
        @Option(help: ArgumentHelp("The folder to write (created if missing; must be empty).", valueName: "dir"))
        var out: String
        @Flag(help: "Replace the generated folders in a non-empty output folder (other files are kept).")
        var force = false

        func validate() throws {
            do {
                _ = try DatasetScale(parsing: scale)
            } catch {
                throw ValidationError("\(error)")
            }
        }

        func run() throws {
            let generator = DatasetGenerator(scale: try DatasetScale(parsing: scale), seed: seed)
            let folder = URL(fileURLWithPath: out, isDirectory: true).standardizedFileURL
            let started = Date()
            let manifest: DatasetManifest
            do {
                manifest = try generator.generate(into: folder, replacing: force)
            } catch {
                throw LabFailure("\(error)")
            }
            let seconds = Date().timeIntervalSince(started)
            let bytes = manifest.files.map(\.bytes).reduce(0, +)
            let faults = manifest.sales.faults
            print("""
                Wrote \(folder.path) (scale \(scale), seed \(seed)): \(manifest.files.count) files, \(bytes) bytes in \
                \(String(format: "%.1f", seconds)) s
                  sales       \(manifest.sales.sales) sales in \(manifest.sales.files.count) monthly files \
                (\(manifest.sales.dataLines) data lines), \(manifest.sales.strayFiles.count) stray files
                  faults      \(faults.duplicateRows) duplicate rows, \(faults.malformedDates) malformed dates, \
                \(faults.badNumbers) bad numbers, \(faults.orphanCustomerIds) unknown and \(faults.nullCustomerIds) \
                empty customer ids
                  customers   \(manifest.customers.customers) records in \(manifest.customers.files.count) JSON lines file(s); \
                messy: \(manifest.customers.faults.messyNames) names, \(manifest.customers.faults.messyEmails) emails, \
                \(manifest.customers.faults.messyStates) states
                  products    \(manifest.products.products) rows in \(manifest.products.file) (\(manifest.products.table))
                  events      \(manifest.events.events) events in \(manifest.events.files) batch files over \
                \(manifest.events.partitions.count) dt/hour partitions
                  geography   \(manifest.geography.rows) places in \(manifest.geography.file)
                See manifest.json for the counts per file.
                """)
        }
    }
}
