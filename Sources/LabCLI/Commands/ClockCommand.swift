import ArgumentParser
import CloudSim
import Foundation

/// `lab clock`: the simulated world's time, and `lab clock advance 2h` to move it, which lets
/// time-driven behaviour (S3 lifecycle transitions and expirations) happen.
struct ClockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clock",
        abstract: "Show the simulated world's time, or move it forward.",
        subcommands: [Show.self, Advance.self],
        defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the world time (UTC, ISO 8601).")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let session = try LabSession.open(global)
            do {
                print(WorldTime.iso8601(try World(workspace: session.workspace.root).now()))
            } catch {
                throw LabFailure("\(error)")
            }
        }
    }

    struct Advance: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move the world time forward by an amount such as 90s, 30m, 2h or 30d.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("How far: a positive whole number and a unit, s, m, h or d.", valueName: "amount"))
        var amount: String

        func validate() throws {
            guard WorldDuration(amount) != nil else {
                throw ValidationError(WorldDuration.notAnAmount(amount))
            }
        }

        func run() throws {
            let session = try LabSession.open(global)
            do {
                let world = try World(workspace: session.workspace.root)
                print(WorldTime.iso8601(try world.advance(by: WorldDuration(amount)!.seconds)))
            } catch {
                throw LabFailure("\(error)")
            }
        }
    }
}
