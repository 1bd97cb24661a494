import Foundation
import Synchronization

/// A clock that moves only when told to: tests and `lab clock` advance it explicitly.
public final class ManualClock: WorldClock {
    private let current: Mutex<Date>

    public init(start: Date = Date(timeIntervalSince1970: 1_767_225_600)) {
        current = Mutex(start)
    }

    public var now: Date { current.withLock { $0 } }

    /// Moves the clock forward; time never runs backwards, so a negative amount is refused.
    public func advance(by seconds: TimeInterval) {
        precondition(seconds >= 0, "the world clock never runs backwards")
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}
