import Foundation

/// Local files carry wall-clock times while S3 objects carry world times, which `lab clock
/// advance` (or a test's manual clock) moves away from the wall clock. Sync compares them on
/// the world's time line, and a download stamps the file with its object's time on the wall's.
struct LocalClock {
    let skew: TimeInterval

    func worldTime(_ local: Date) -> Date { local.addingTimeInterval(skew) }
    func localTime(_ world: Date) -> Date { world.addingTimeInterval(-skew) }
}
