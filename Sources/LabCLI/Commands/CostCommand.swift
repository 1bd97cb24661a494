import ArgumentParser
import CloudSim
import Foundation

/// `lab cost`: what the simulated account has cost so far.
struct CostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost", abstract: "Show the bill: cluster node-hours and their cost, and data stored in S3.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = try LabSession.open(global)
        do {
            let world = try World(workspace: session.workspace.root)
            print(BillText.render(try world.bill(), at: try world.now()))
        } catch {
            throw LabFailure("\(error)")
        }
    }
}

/// The bill as the learner reads it, for `lab cost` and the REPL's `cost`.
enum BillText {
    static func render(_ bill: Bill, at now: Date) -> String {
        var lines = ["Bill at \(WorldTime.iso8601(now)) (world time)"]
        if bill.clusters.isEmpty { lines.append("  No clusters have run.") }
        for line in bill.clusters {
            let cost = line.cost.map { money($0) } ?? "no confirmed price for \(line.nodeType)"
            lines.append("  cluster \(line.clusterID): \(line.nodeType) x \(line.nodes), "
                         + "\(String(format: "%.2f", line.nodeHours)) node-hours, \(cost)")
        }
        lines.append("  compute total: \(money(bill.computeTotal))")
        if bill.storage.isEmpty { lines.append("  S3: no objects stored.") }
        for line in bill.storage {
            let cost = line.cost.map { money($0) } ?? "no confirmed price for \(line.storageClass)"
            lines.append("  S3 \(line.storageClass): \(line.objects) object(s), \(bytes(line.bytes)) now; "
                         + "\(String(format: "%.6f", line.gigabyteMonths)) GB-months so far, \(cost)")
        }
        lines.append("  storage total: \(money(bill.storageTotal))")
        lines.append("Compute is billed per second while a cluster runs (not while creating, paused or deleting), "
                     + "and S3 storage per GB-month in each class for as long as objects stay in it, "
                     + "at on-demand us-east-1 prices.")
        return lines.joined(separator: "\n")
    }

    private static func money(_ dollars: Double) -> String { String(format: "$%.2f", dollars) }

    private static func bytes(_ count: Int64) -> String {
        let units = ["bytes", "KB", "MB", "GB", "TB"]
        var value = Double(count), unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return unit == 0 ? "\(count) bytes" : String(format: "%.1f %@", value, units[unit])
    }
}
