import Foundation
import NormsEngine
import NormsPolicy
import PropertyBased

/// A work calendar in a real zone, with a name for failure messages.
struct NamedCalendar: Sendable, CustomStringConvertible {
    var zone: String
    var schedule: String
    var calendar: WorkCalendar
    /// The zone's clock changes between 2025 and 2029, to draw instants near them.
    var changes: [Instant]

    var description: String { "\(zone) \(schedule)" }
}

/// An instant written both ways, for failure messages.
struct Moment: Sendable, CustomStringConvertible {
    var instant: Instant
    var description: String { "\(instant) (\(Timestamp(instant: instant, offset: 0)))" }
}

/// The calendars the time properties run on: five zones with odd offsets and clock changes
/// (New York and Berlin change at night, Santiago at midnight, Lord Howe by half an hour,
/// Kathmandu never, at +05:45) times five weekly schedules, office hours, a split day, an
/// overnight shift, a weekend night shift and one running through midnight, with focus blocks,
/// holidays and away dates on some.
enum CalendarCases {
    static let zones = ["America/New_York", "Europe/Berlin", "Asia/Kathmandu", "Australia/Lord_Howe", "America/Santiago"]

    /// (name, working_hours, person) of the policy that holds the calendar.
    static let schedules: [(name: String, hours: String, person: String)] = [
        ("office", #"mon-fri: "09:00-17:00""#, #"{focus: ["mon-fri 09:00-11:00"]}"#),
        ("split", #"mon-fri: ["09:00-12:00", "13:00-17:30"], sat: "10:00-12:00""#,
         #"{focus: ["tue,thu 13:00-16:00"], away: [2026-07-06..2026-07-17]}"#),
        ("overnight", #"daily: "22:00-06:00""#, "{}"),
        ("weekend-nights", #"fri-sun: "23:00-02:30""#, #"{away: [2027-01-01..2027-01-10]}"#),
        ("through-midnight", #"mon-fri: ["00:00-02:00", "20:00-24:00"]"#, #"{focus: ["wed 20:00-22:00"]}"#),
    ]

    static let holidays = ["2025-12-25", "2026-04-03..2026-04-06", "2026-12-24..2026-12-26", "2027-03-28", "2027-10-31"]

    /// Every zone with every schedule.
    static let all: [NamedCalendar] = zones.flatMap { zone in
        let changes = clockChanges(TimeZone(identifier: zone)!, from: Self.start, to: Self.end)
        return schedules.map { schedule in
            let calendar = try! Fixture.calendar(
                timezone: zone, workingHours: schedule.hours, holidays: holidays, person: schedule.person)
            return NamedCalendar(zone: zone, schedule: schedule.name, calendar: calendar, changes: changes)
        }
    }

    /// 2025-01-01T00:00:00Z and 2029-01-01T00:00:00Z: the span instants are drawn from.
    static let start: Instant = 1_735_689_600
    static let end: Instant = 1_861_920_000

    /// The instants at which `zone`'s offset changes in `start..<end`.
    static func clockChanges(_ zone: TimeZone, from start: Instant, to end: Instant) -> [Instant] {
        var changes: [Instant] = []
        var cursor = Date(timeIntervalSince1970: Double(start))
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next.timeIntervalSince1970 < Double(end) {
            changes.append(Int(next.timeIntervalSince1970))
            cursor = next
        }
        return changes
    }

    // MARK: - Generators

    /// One of ``all``.
    static let calendar = Gen.element(of: all).map { $0! }

    /// A calendar and an instant in 2025–2028: half of them within two days of one of the zone's
    /// clock changes (none for Kathmandu, which then draws anywhere), the others anywhere.
    static let calendarAndInstant = zip(calendar, Gen.bool, Gen.int(in: start...end), Gen.int(in: -2 * 86_400...2 * 86_400))
        .map { named, nearChange, anywhere, offset -> (NamedCalendar, Moment) in
            guard nearChange, !named.changes.isEmpty else { return (named, Moment(instant: anywhere)) }
            let change = named.changes[abs(anywhere) % named.changes.count]
            return (named, Moment(instant: change + offset))
        }

    /// A later instant: up to 3 seconds, 2 hours or 10 days after, one kind each third of the time.
    static let delay = zip(Gen.int(in: 0...2), Gen.int(in: 0...3), Gen.int(in: 0...7_200), Gen.int(in: 0...864_000))
        .map { kind, seconds, hours, days in [seconds, hours, days][kind] }
}
