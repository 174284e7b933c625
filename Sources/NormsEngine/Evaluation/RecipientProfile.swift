import Foundation
import NormsPolicy
import NormsSource

/// A recipient's settings as ``ResolvedSettings`` resolves them (person → home team → policy), ready
/// for evaluation.
///
/// Profiles are built once, when the ``Evaluator`` is created, so an evaluation only reads them;
/// a class, so that handing one to a ``WorkCalendar`` costs one reference count, not a copy of
/// every field.
package final class RecipientProfile: Sendable {
    /// The person or team id.
    package let id: String
    /// Whether the recipient is a team (a team named in `to` is one recipient).
    package let isTeam: Bool
    package let clock: ZoneClock
    /// The working periods that start on each weekday, sorted by start (index: ``Weekday/rawValue``).
    package let periodsByWeekday: [[HourRange]]
    /// Dates nobody works (the policy's holidays, its holiday calendars' included).
    let holidays: DayRanges
    /// The recipient's away dates (written in the policy, and from calendars).
    let away: DayRanges
    package let focus: [RecurringBlock]
    /// Focus blocks from calendars, as instants, sorted and merged.
    let calendarFocus: [Range<Instant>]
    /// The person to escalate to for `to: backup`.
    package let backup: String?
    /// The home team, whose channel overrides apply.
    package let homeTeam: Team?
    /// `team.NAME` of the home team: what decided a field when its channel override did.
    let overrideSource: String?
    /// Every team the recipient belongs to (for a team: itself).
    package let teams: Set<String>
    package let roles: Set<String>

    /// A person's or team's settings, as ``ResolvedSettings`` resolves them.
    convenience init(settings: ResolvedSettings, roles: [Located<String>], away: [Located<DateRange>], in policy: Policy, clock: ZoneClock) {
        let calendars = Self.calendars(of: settings, in: policy)
        self.init(
            id: settings.id, isTeam: settings.isTeam, clock: clock, schedule: settings.workingHours.value,
            holidays: policy.holidays.map(\.dates.value), away: (away + calendars.flatMap(\.away)).map(\.value),
            focus: (settings.focus?.value ?? []).map(\.value), calendarFocus: calendars.flatMap(\.focus),
            backup: settings.backup?.value.value, homeTeam: settings.homeTeam,
            teams: Set(settings.teams), roles: Set(roles.map(\.value)))
    }

    /// What the recipient's calendars say: a team's own; a person's own and their home team's.
    private static func calendars(of settings: ResolvedSettings, in policy: Policy) -> [CalendarAvailability] {
        guard !settings.isTeam else { return [policy.team(settings.id)?.calendarAvailability].compactMap { $0 } }
        return [policy.person(settings.id)?.calendarAvailability, settings.homeTeam?.calendarAvailability].compactMap { $0 }
    }

    private init(
        id: String, isTeam: Bool, clock: ZoneClock, schedule: WeeklySchedule, holidays: [DateRange], away: [DateRange],
        focus: [RecurringBlock], calendarFocus: [Range<Instant>], backup: String?, homeTeam: Team?, teams: Set<String>, roles: Set<String>
    ) {
        self.id = id
        self.isTeam = isTeam
        self.clock = clock
        self.periodsByWeekday = Weekday.allCases.map { schedule.periods(startingOn: $0) }
        self.holidays = DayRanges(holidays)
        self.away = DayRanges(away)
        self.lastDayOff = [self.holidays.lastDay, self.away.lastDay].compactMap { $0 }.max()
        self.focus = focus
        self.calendarFocus = Self.merged(calendarFocus)
        self.backup = backup
        self.homeTeam = homeTeam
        self.overrideSource = homeTeam.map { "team.\($0.id.value)" }
        self.teams = teams
        self.roles = roles
        var leading = JSONOutput()
        RecipientDecision.appendLeadingJSON(id: id, timezone: clock.identifier, to: &leading)
        self.decisionLeadingJSON = leading.bytes
    }

    /// Whether some period starts on some weekday.
    package var hasWorkingTime: Bool { periodsByWeekday.contains { !$0.isEmpty } }

    /// Whether the local date (a day number) is a holiday.
    func isHoliday(_ day: Int) -> Bool { holidays.contains(day) }

    /// Whether the local date (a day number) is an away date.
    func isAway(_ day: Int) -> Bool { away.contains(day) }

    /// The end of the calendar focus block holding `instant`, if any (binary search).
    func calendarFocusEnd(containing instant: Instant) -> Instant? {
        var low = 0
        var high = calendarFocus.count
        while low < high {
            let middle = (low + high) / 2
            if calendarFocus[middle].upperBound <= instant { low = middle + 1 } else { high = middle }
        }
        guard low < calendarFocus.count, calendarFocus[low].contains(instant) else { return nil }
        return calendarFocus[low].upperBound
    }

    /// Blocks sorted by start, overlapping and touching ones merged, empty ones dropped.
    private static func merged(_ blocks: [Range<Instant>]) -> [Range<Instant>] {
        var result: [Range<Instant>] = []
        for block in blocks.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, block.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, block.upperBound)
            } else {
                result.append(block)
            }
        }
        return result
    }

    /// The last day number of any holiday or away range: after it, every week is a normal week.
    let lastDayOff: Int?

    /// The first members of the recipient's decision as JSON, `{"id":ID,"timezone":ZONE,"local_time":`,
    /// written once (see ``RecipientDecision/leadingJSON``).
    let decisionLeadingJSON: [UInt8]
}
