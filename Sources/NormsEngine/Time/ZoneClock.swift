import Foundation
import NormsPolicy

/// Converts between instants and local wall-clock time in one IANA zone, without `Calendar`.
///
/// Local times that do not exist (the gap of a spring-forward change) resolve to the first
/// instant after the gap; ambiguous ones (the repeated hour of a fall-back change) resolve to
/// the first occurrence.
///
/// Offsets come from a table of the zone's transitions built when the clock is made, so a clock is
/// made once per zone (an ``Evaluator`` shares one per zone among every recipient) and then asked
/// many times.
package struct ZoneClock: Sendable {
    package var zone: TimeZone { table.zone }
    /// The zone's IANA identifier as the policy wrote it (Foundation may report an alias, such
    /// as `GMT` for `UTC`).
    package let identifier: String
    private let table: ZoneOffsetTable

    package init(zone: TimeZone, identifier: String? = nil) {
        self.table = ZoneOffsetTable(zone: zone)
        self.identifier = identifier ?? zone.identifier
    }

    /// Seconds east of UTC in effect at `instant`.
    package func offset(at instant: Instant) -> Int {
        table.offset(at: instant)
    }

    /// The local date and the seconds since local midnight at `instant`.
    package func local(at instant: Instant) -> (date: LocalDate, secondOfDay: Int) {
        timestamp(instant).local
    }

    /// The local date at `instant`.
    package func date(at instant: Instant) -> LocalDate { local(at: instant).date }

    /// The local date at `instant` as a day number (days since 1970-01-01), without working out
    /// its year, month and day: what calendar searches compare.
    func day(at instant: Instant) -> Int {
        let wall = instant + offset(at: instant)
        return wall >= 0 ? wall / 86_400 : (wall - 86_399) / 86_400
    }

    /// The timestamp of `instant` in this zone's offset at that instant.
    package func timestamp(_ instant: Instant) -> Timestamp {
        Timestamp(instant: instant, offset: offset(at: instant))
    }

    /// The instant of a local wall-clock time.
    /// - Parameters:
    ///   - date: the local date.
    ///   - minutes: minutes after that date's midnight; `1440` and more run into the next days.
    /// - Returns: the instant, resolved by the rules for gaps and repeats described on the type.
    package func instant(on date: LocalDate, minutes: Int) -> Instant {
        instant(onDay: date.daysSinceEpoch, minutes: minutes)
    }

    /// The instant of a local wall-clock time on a day number (days since 1970-01-01); see
    /// ``instant(on:minutes:)``.
    func instant(onDay day: Int, minutes: Int) -> Instant {
        let wall = day * 86_400 + minutes * 60
        // No change within a day either side: the one offset in force answers (the common case).
        if let offset = table.constantOffset(from: wall - 86_400, through: wall + 86_400) { return wall - offset }
        let offsetBefore = offset(at: wall - 86_400)
        let offsetAfter = offset(at: wall + 86_400)
        if offsetBefore == offsetAfter { return wall - offsetBefore }
        let earlier = wall - offsetBefore
        let later = wall - offsetAfter
        let earlierFits = offset(at: earlier) == offsetBefore
        let laterFits = offset(at: later) == offsetAfter
        switch (earlierFits, laterFits) {
        case (true, true): return min(earlier, later)  // a repeated hour: the first occurrence
        case (true, false): return earlier
        case (false, true): return later
        case (false, false): return transition(between: later, and: earlier, to: offsetAfter)
        }
    }

    /// The first instant of the change to `newOffset` within `[low, high]`: the end of a gap.
    private func transition(between low: Instant, and high: Instant, to newOffset: Int) -> Instant {
        var (low, high) = (min(low, high), max(low, high))
        while low < high {
            let middle = low + (high - low) / 2
            if offset(at: middle) == newOffset { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// The instant at which local `date` begins (its midnight, or the end of a gap at midnight).
    package func startOfDay(_ date: LocalDate) -> Instant { instant(on: date, minutes: 0) }
}
