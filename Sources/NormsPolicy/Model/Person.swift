import NormsSource

/// A person, whose unset settings come from their home team and then the policy.
public struct Person: Sendable {
    public var id: Located<String>
    public var name: String?
    /// The teams named by `team:`; the first is the home team.
    public var teams: [Located<String>]
    public var timezone: Located<String>?
    public var workingHours: WeeklySchedule?
    public var focus: [Located<RecurringBlock>]?
    public var away: [Located<DateRange>]
    public var backup: Located<String>?
    public var roles: [Located<String>]
    /// Free text, shown in generated documentation.
    public var description: String?
    /// Free text, shown in generated documentation; an event this address declined does not count.
    public var email: String?
    /// The `calendar:` setting: where the person's availability is also read from.
    public var calendar: CalendarSettings?
    /// What the calendars say, filled in when the policy is loaded.
    public var calendarAvailability: CalendarAvailability = .empty

    public init(
        id: Located<String>, name: String? = nil, teams: [Located<String>] = [], timezone: Located<String>? = nil,
        workingHours: WeeklySchedule? = nil, focus: [Located<RecurringBlock>]? = nil, away: [Located<DateRange>] = [],
        backup: Located<String>? = nil, roles: [Located<String>] = [], description: String? = nil, email: String? = nil
    ) {
        self.id = id
        self.name = name
        self.teams = teams
        self.timezone = timezone
        self.workingHours = workingHours
        self.focus = focus
        self.away = away
        self.backup = backup
        self.roles = roles
        self.description = description
        self.email = email
    }
}
