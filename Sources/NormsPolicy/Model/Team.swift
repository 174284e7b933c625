import NormsSource

/// A team: its members and the settings they share.
public struct Team: Sendable {
    public var id: Located<String>
    public var name: String?
    public var members: [Located<String>]
    public var timezone: Located<String>?
    public var workingHours: WeeklySchedule?
    public var focus: [Located<RecurringBlock>]?
    /// Per-channel overrides, in the order written.
    public var channels: [ChannelOverride]
    public var backup: Located<String>?
    /// Free text, shown in generated documentation.
    public var description: String?
    /// The `calendar:` setting: where the team's availability (and its members') is also read from.
    public var calendar: CalendarSettings?
    /// What the calendars say, filled in when the policy is loaded.
    public var calendarAvailability: CalendarAvailability = .empty

    public init(
        id: Located<String>, name: String? = nil, members: [Located<String>] = [], timezone: Located<String>? = nil,
        workingHours: WeeklySchedule? = nil, focus: [Located<RecurringBlock>]? = nil, channels: [ChannelOverride] = [],
        backup: Located<String>? = nil, description: String? = nil
    ) {
        self.id = id
        self.name = name
        self.members = members
        self.timezone = timezone
        self.workingHours = workingHours
        self.focus = focus
        self.channels = channels
        self.backup = backup
        self.description = description
    }

    /// The override for a channel, if the team has one.
    public func override(for channel: String) -> ChannelOverride? {
        channels.first { $0.channel.value == channel }
    }
}
