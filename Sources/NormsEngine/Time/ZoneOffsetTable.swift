import Foundation

/// A time zone's UTC offsets as a table of transitions, built once from Foundation's transition
/// API, so that the offset at an instant is a binary search rather than a call into ICU behind a
/// lock (which cost most of a decision).
///
/// The table covers ``coveredRange`` (2000 to 2050: about 100 transitions for a zone with daylight
/// saving time, so building it costs little even for one `norms check`); outside it, Foundation
/// answers, correctly but more slowly. A test checks the offsets against
/// `TimeZone.secondsFromGMT(for:)` for every known zone from 1970 to 2100.
final class ZoneOffsetTable: Sendable {
    /// The instants the table answers for: 2000-01-01 to 2050-01-01 UTC.
    static let coveredRange: Range<Int> = 946_684_800..<2_524_608_000

    let zone: TimeZone
    /// The instants at which the offset changes, ascending.
    private let transitions: [Int]
    /// `offsets[i]` is in force from `transitions[i - 1]` (or the range's start) until `transitions[i]`.
    private let offsets: [Int]
    /// For each UTC day of ``coveredRange``, the number of transitions before the day begins, so
    /// that finding an instant's offset steps over at most the day's own transitions instead of
    /// searching the table (a decision asks for dozens of offsets).
    private let transitionsBeforeDay: [UInt16]

    init(zone: TimeZone) {
        self.zone = zone
        let range = Self.coveredRange
        var transitions: [Int] = []
        var offsets = [zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(range.lowerBound)))]
        var cursor = Date(timeIntervalSince1970: Double(range.lowerBound))
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next.timeIntervalSince1970 < Double(range.upperBound) {
            let offset = zone.secondsFromGMT(for: next)
            // A "transition" that keeps the offset (a change of abbreviation only) is not one here.
            if offset != offsets[offsets.count - 1] {
                transitions.append(Int(next.timeIntervalSince1970.rounded(.down)))
                offsets.append(offset)
            }
            cursor = next
        }
        self.transitions = transitions
        self.offsets = offsets
        let dayCount = (range.count + 86_399) / 86_400
        // Filled run by run (a zone has about 100 runs, not 18,000 days to visit one by one): the
        // days after the day of transition `i` have `i + 1` transitions before them.
        self.transitionsBeforeDay = [UInt16](unsafeUninitializedCapacity: dayCount) { days, initialized in
            func fill(upTo end: Int, with count: Int) {
                let end = min(end, dayCount)
                guard end > initialized else { return }
                (days.baseAddress! + initialized).initialize(repeating: UInt16(clamping: count), count: end - initialized)
                initialized = end
            }
            for (index, transition) in transitions.enumerated() { fill(upTo: (transition - range.lowerBound) / 86_400 + 1, with: index) }
            fill(upTo: dayCount, with: transitions.count)
        }
    }

    /// Seconds east of UTC in effect at `instant`.
    func offset(at instant: Int) -> Int {
        guard Self.coveredRange.contains(instant) else {
            return zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant)))
        }
        return offsets[transitionCount(upTo: instant)]
    }

    /// The offset in force from `start` through `end` when no transition lies between them;
    /// `nil` when one does (or the range leaves the table). One binary search.
    func constantOffset(from start: Int, through end: Int) -> Int? {
        guard Self.coveredRange.contains(start), Self.coveredRange.contains(end) else { return nil }
        let index = transitionCount(upTo: start)
        guard index == transitions.count || transitions[index] > end else { return nil }
        return offsets[index]
    }

    /// The number of transitions at or before `instant`, which lies in ``coveredRange``.
    private func transitionCount(upTo instant: Int) -> Int {
        var count = Int(transitionsBeforeDay[(instant - Self.coveredRange.lowerBound) / 86_400])
        while count < transitions.count, transitions[count] <= instant { count += 1 }
        return count
    }
}
