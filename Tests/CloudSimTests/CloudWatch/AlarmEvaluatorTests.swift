import Foundation
import Testing
@testable import CloudSim

/// The documented evaluation of M-out-of-N alarms over ranges with missing data: `X` breaches,
/// `O` does not, `-` is missing; the range reads oldest to newest (N + 2 periods).
@Suite struct AlarmEvaluatorTests {
    struct Case: CustomStringConvertible {
        let points: String
        let m: Int
        let n: Int
        let treatment: MissingDataTreatment
        let current: AlarmStateValue
        /// nil: the state stays as it is.
        let expected: AlarmStateValue?

        var description: String { "\(points) M=\(m) N=\(n) \(treatment) from \(current.rawValue)" }
    }

    static let cases: [Case] = [
        // The documentation's table for M = N = 3 (range of 5).
        Case(points: "O-X-X", m: 3, n: 3, treatment: .missing, current: .alarm, expected: .ok),
        Case(points: "O-X-X", m: 3, n: 3, treatment: .ignore, current: .alarm, expected: .ok),
        Case(points: "O-X-X", m: 3, n: 3, treatment: .breaching, current: .alarm, expected: .ok),
        Case(points: "O-X-X", m: 3, n: 3, treatment: .notBreaching, current: .alarm, expected: .ok),
        Case(points: "O----", m: 3, n: 3, treatment: .missing, current: .alarm, expected: .ok),
        Case(points: "O----", m: 3, n: 3, treatment: .ignore, current: .alarm, expected: .ok),
        Case(points: "O----", m: 3, n: 3, treatment: .breaching, current: .alarm, expected: .ok),
        Case(points: "O----", m: 3, n: 3, treatment: .notBreaching, current: .alarm, expected: .ok),
        Case(points: "-----", m: 3, n: 3, treatment: .missing, current: .ok, expected: .insufficientData),
        Case(points: "-----", m: 3, n: 3, treatment: .ignore, current: .ok, expected: nil),
        Case(points: "-----", m: 3, n: 3, treatment: .ignore, current: .alarm, expected: nil),
        Case(points: "-----", m: 3, n: 3, treatment: .breaching, current: .ok, expected: .alarm),
        Case(points: "-----", m: 3, n: 3, treatment: .notBreaching, current: .alarm, expected: .ok),
        Case(points: "OXX-X", m: 3, n: 3, treatment: .missing, current: .ok, expected: .alarm),
        Case(points: "OXX-X", m: 3, n: 3, treatment: .ignore, current: .ok, expected: .alarm),
        Case(points: "OXX-X", m: 3, n: 3, treatment: .breaching, current: .ok, expected: .alarm),
        Case(points: "OXX-X", m: 3, n: 3, treatment: .notBreaching, current: .ok, expected: .alarm),
        // The premature-alarm rule applies to `missing` only.
        Case(points: "--X--", m: 3, n: 3, treatment: .missing, current: .ok, expected: .alarm),
        Case(points: "--X--", m: 3, n: 3, treatment: .ignore, current: .ok, expected: nil),
        Case(points: "--X--", m: 3, n: 3, treatment: .breaching, current: .ok, expected: .alarm),
        Case(points: "--X--", m: 3, n: 3, treatment: .notBreaching, current: .alarm, expected: .ok),
        Case(points: "---X-", m: 3, n: 3, treatment: .missing, current: .ok, expected: nil),
        // M out of N with every point present: the N newest count, not necessarily consecutive.
        Case(points: "XXOXO", m: 2, n: 3, treatment: .missing, current: .ok, expected: .ok),
        Case(points: "OOXOX", m: 2, n: 3, treatment: .missing, current: .ok, expected: .alarm),
        Case(points: "XXXXO", m: 1, n: 1, treatment: .missing, current: .alarm, expected: .ok),
        Case(points: "OOOX", m: 1, n: 2, treatment: .notBreaching, current: .ok, expected: .alarm),
        Case(points: "XOOO", m: 1, n: 2, treatment: .breaching, current: .alarm, expected: .ok),
        // Fewer real points than N: fills count as the treatment says.
        Case(points: "---OX", m: 2, n: 3, treatment: .breaching, current: .ok, expected: .alarm),
        Case(points: "---OX", m: 2, n: 3, treatment: .notBreaching, current: .alarm, expected: .ok),
        Case(points: "---XX", m: 2, n: 3, treatment: .notBreaching, current: .ok, expected: .alarm),
        Case(points: "---OO", m: 2, n: 3, treatment: .missing, current: .alarm, expected: .ok),
        Case(points: "---", m: 1, n: 1, treatment: .missing, current: .ok, expected: .insufficientData),
        Case(points: "---", m: 1, n: 1, treatment: .breaching, current: .insufficientData, expected: .alarm),
    ]

    @Test(arguments: cases) func evaluatesTheDocumentedTable(_ example: Case) {
        let evaluator = AlarmEvaluator(evaluationPeriods: example.n, datapointsToAlarm: example.m, threshold: 50,
                                       comparison: .greaterThanThreshold, treatment: example.treatment)
        let start = Date(timeIntervalSince1970: 1_767_225_600)
        let range: [AlarmEvaluator.Point?] = example.points.enumerated().map { index, mark in
            let timestamp = start.addingTimeInterval(Double(index) * 60)
            switch mark {
            case "X": return AlarmEvaluator.Point(timestamp: timestamp, value: 90, sampleCount: 1)
            case "O": return AlarmEvaluator.Point(timestamp: timestamp, value: 10, sampleCount: 1)
            default: return nil
            }
        }
        let outcome = evaluator.evaluate(range, current: example.current)
        #expect(outcome?.state == example.expected, "\(example)")
    }

    @Test func reasonsUseCloudWatchsWording() {
        let evaluator = AlarmEvaluator(evaluationPeriods: 1, datapointsToAlarm: 1, threshold: 80,
                                       comparison: .greaterThanThreshold, treatment: .missing)
        let time = Date(timeIntervalSince1970: 1_795_601_700)  // 2026-11-25T10:15:00Z
        let breach = AlarmEvaluator.Point(timestamp: time, value: 85.2, sampleCount: 1)
        let alarm = evaluator.evaluate([nil, nil, breach], current: .ok)
        #expect(alarm?.reason == "Threshold Crossed: 1 out of the last 1 datapoints [85.2 (25/11/26 10:15:00)] was greater "
                + "than the threshold (80.0) (minimum 1 datapoint for OK -> ALARM transition).")
        let calm = AlarmEvaluator.Point(timestamp: time, value: 38, sampleCount: 1)
        #expect(evaluator.evaluate([nil, nil, calm], current: .alarm)?.reason
                == "Threshold Crossed: 1 datapoint [38.0 (25/11/26 10:15:00)] was not greater than the threshold (80.0).")
        #expect(evaluator.evaluate([nil, nil, nil], current: .ok)?.reason == "Insufficient Data: 1 datapoint was unknown.")
        let breaching = AlarmEvaluator(evaluationPeriods: 2, datapointsToAlarm: 2, threshold: 80,
                                       comparison: .lessThanThreshold, treatment: .breaching)
        #expect(breaching.evaluate([nil, nil, nil, nil], current: .ok)?.reason
                == "Threshold Crossed: no datapoints were received for 2 periods and 2 missing datapoints were treated as [Breaching].")
    }
}
