import Foundation
import NormsPolicy
import NormsSource

/// A recipient's settings as ``ResolvedSettings`` resolves them (person → home team → policy), ready
/// for evaluation.
///
/// Profiles are built once, when the ``Evaluator`` is created, so an evaluation only reads them.
package struct RecipientProfile: Sendable {
    /// The person or team id.
    package let id: String
    /// Whether the recipient is a team (a team named in `to` is one recipient).
    package let isTeam: Bool
    package let clock: ZoneClock
    /// The working periods that start on each weekday, sorted by start (index: ``Weekday/rawValue``).
    package let periodsByWeekday: [[HourRange]]
    /// Dates nobody works (the policy's holidays), as inclusive day-number ranges.
    let holidays: [ClosedRange<Int>]
    /// The recipient's away dates, as inclusive day-number ranges.
    let away: [ClosedRange<Int>]
    package let focus: [RecurringBlock]
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
    init(settings: ResolvedSettings, roles: [Located<String>], away: [Located<DateRange>], in policy: Policy, clock: ZoneClock) {
        self.init(
            id: settings.id, isTeam: settings.isTeam, clock: clock, schedule: settings.workingHours.value,
            holidays: policy.holidays.map(\.dates.value), away: away.map(\.value), focus: (settings.focus?.value ?? []).map(\.value),
            backup: settings.backup?.value.value, homeTeam: settings.homeTeam,
            teams: Set(settings.teams), roles: Set(roles.map(\.value)))
    }

    private init(
        id: String, isTeam: Bool, clock: ZoneClock, schedule: WeeklySchedule, holidays: [DateRange], away: [DateRange],
        focus: [RecurringBlock], backup: String?, homeTeam: Team?, teams: Set<String>, roles: Set<String>
    ) {
        self.id = id
        self.isTeam = isTeam
        self.clock = clock
        self.periodsByWeekday = Weekday.allCases.map { schedule.periods(startingOn: $0) }
        self.holidays = holidays.filter { !$0.isReversed }.map { $0.first.daysSinceEpoch...$0.last.daysSinceEpoch }
        self.away = away.filter { !$0.isReversed }.map { $0.first.daysSinceEpoch...$0.last.daysSinceEpoch }
        self.lastDayOff = (self.holidays + self.away).map(\.upperBound).max()
        self.focus = focus
        self.backup = backup
        self.homeTeam = homeTeam
        self.overrideSource = homeTeam.map { "team.\($0.id.value)" }
        self.teams = teams
        self.roles = roles
    }

    /// Whether some period starts on some weekday.
    package var hasWorkingTime: Bool { periodsByWeekday.contains { !$0.isEmpty } }

    /// Whether the local date (a day number) is a holiday.
    func isHoliday(_ day: Int) -> Bool { holidays.contains { $0.contains(day) } }

    /// Whether the local date (a day number) is an away date.
    func isAway(_ day: Int) -> Bool { away.contains { $0.contains(day) } }

    /// The last day number of any holiday or away range: after it, every week is a normal week.
    let lastDayOff: Int?
}
