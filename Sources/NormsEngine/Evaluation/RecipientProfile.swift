import Foundation
import NormsPolicy

/// A recipient's settings once person → home team → policy resolution is done.
///
/// Profiles are built once, when the ``Evaluator`` is created, so an evaluation only reads them.
public struct RecipientProfile: Sendable {
    /// The person or team id.
    public let id: String
    /// Whether the recipient is a team (a team named in `to` is one recipient).
    public let isTeam: Bool
    public let clock: ZoneClock
    /// The working periods that start on each weekday, sorted by start (index: ``Weekday/rawValue``).
    public let periodsByWeekday: [[HourRange]]
    /// Dates nobody works (the policy's holidays), as inclusive day-number ranges.
    let holidays: [ClosedRange<Int>]
    /// The recipient's away dates, as inclusive day-number ranges.
    let away: [ClosedRange<Int>]
    public let focus: [RecurringBlock]
    /// The person to escalate to for `to: backup`.
    public let backup: String?
    /// The home team, whose channel overrides apply.
    public let homeTeam: Team?
    /// `team.NAME` of the home team: what decided a field when its channel override did.
    let overrideSource: String?
    /// Every team the recipient belongs to (for a team: itself).
    public let teams: Set<String>
    public let roles: Set<String>

    /// Resolves a person's settings.
    init(person: Person, in policy: Policy, clock: ZoneClock) {
        let teamIDs = policy.teams(of: person.id.value)
        let home = teamIDs.first.flatMap(policy.team)
        self.init(
            id: person.id.value, isTeam: false, clock: clock,
            schedule: person.workingHours ?? home?.workingHours ?? policy.workingHours,
            holidays: policy.holidays.map(\.dates.value), away: person.away.map(\.value),
            focus: (person.focus ?? home?.focus ?? []).map(\.value),
            // A home team's backup who is the person themself is no backup for them.
            backup: person.backup?.value ?? home?.backup.flatMap { $0.value == person.id.value ? nil : $0.value }, homeTeam: home,
            teams: Set(teamIDs), roles: Set(person.roles.map(\.value))
        )
    }

    /// Resolves a team's settings, for a team named as one recipient.
    init(team: Team, in policy: Policy, clock: ZoneClock) {
        self.init(
            id: team.id.value, isTeam: true, clock: clock, schedule: team.workingHours ?? policy.workingHours,
            holidays: policy.holidays.map(\.dates.value), away: [], focus: (team.focus ?? []).map(\.value),
            backup: team.backup?.value, homeTeam: team, teams: [team.id.value], roles: []
        )
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
    public var hasWorkingTime: Bool { periodsByWeekday.contains { !$0.isEmpty } }

    /// Whether the local date (a day number) is a holiday.
    func isHoliday(_ day: Int) -> Bool { holidays.contains { $0.contains(day) } }

    /// Whether the local date (a day number) is an away date.
    func isAway(_ day: Int) -> Bool { away.contains { $0.contains(day) } }

    /// The last day number of any holiday or away range: after it, every week is a normal week.
    let lastDayOff: Int?
}
