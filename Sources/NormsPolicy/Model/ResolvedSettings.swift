import NormsSource

/// Where a resolved setting comes from.
package enum SettingOrigin: Sendable, Hashable {
    /// Written on the person or team itself.
    case own
    /// A person's home team's.
    case homeTeam
    /// The policy's.
    case policy
}

/// A setting once inheritance is resolved, with where it comes from.
package struct Inherited<Value: Sendable>: Sendable {
    package var value: Value
    package var origin: SettingOrigin
}

/// The settings of a person or a team once person → home team → policy inheritance is resolved.
///
/// The one place that decides what a recipient inherits: the engine evaluates with it, lint
/// checks it and `norms doc` prints it, so the three cannot disagree.
package struct ResolvedSettings: Sendable {
    /// The person or team id.
    package let id: String
    /// Whether the recipient is a team (a team named in `to` is one recipient).
    package let isTeam: Bool
    /// A person's home team — the first of their `team:` list, else the first team listing them —
    /// or, for a team, the team itself: whose channel overrides apply.
    package let homeTeam: Team?
    /// Every team the recipient belongs to, the home team first (for a team: itself).
    package let teams: [String]
    /// The zone id: the recipient's own, else the home team's (people only), else the policy's.
    package let timezone: Inherited<String>
    /// The recipient's own working hours, else the home team's (people only), else the policy's.
    package let workingHours: Inherited<WeeklySchedule>
    /// The recipient's own focus blocks, else the home team's (people only); `nil` when neither
    /// writes any.
    package let focus: Inherited<[Located<RecurringBlock>]>?
    /// The person to escalate to for `to: backup`: the recipient's own, else the home team's —
    /// unless that is the person themself, who is no backup for themself; `nil` when none.
    package let backup: Inherited<Located<String>>?

    /// Resolves a person's settings.
    package init(person: Person, in policy: Policy) {
        let teams = policy.teams(of: person.id.value)
        let home = teams.first.flatMap(policy.team)
        func inherit<Value>(_ own: Value?, _ team: Value?) -> Inherited<Value>? {
            if let own { return Inherited(value: own, origin: .own) }
            return team.map { Inherited(value: $0, origin: .homeTeam) }
        }
        self.id = person.id.value
        self.isTeam = false
        self.homeTeam = home
        self.teams = teams
        self.timezone = inherit(person.timezone?.value, home?.timezone?.value)
            ?? Inherited(value: policy.timezone.value, origin: .policy)
        self.workingHours = inherit(person.workingHours, home?.workingHours)
            ?? Inherited(value: policy.workingHours, origin: .policy)
        self.focus = inherit(person.focus, home?.focus)
        self.backup = inherit(person.backup, home?.backup.flatMap { $0.value == person.id.value ? nil : $0 })
    }

    /// Resolves a team's settings, for a team named as one recipient.
    package init(team: Team, in policy: Policy) {
        self.id = team.id.value
        self.isTeam = true
        self.homeTeam = team
        self.teams = [team.id.value]
        self.timezone = team.timezone.map { Inherited(value: $0.value, origin: .own) }
            ?? Inherited(value: policy.timezone.value, origin: .policy)
        self.workingHours = team.workingHours.map { Inherited(value: $0, origin: .own) }
            ?? Inherited(value: policy.workingHours, origin: .policy)
        self.focus = team.focus.map { Inherited(value: $0, origin: .own) }
        self.backup = team.backup.map { Inherited(value: $0, origin: .own) }
    }

    /// The home team's override of a channel (for a team, its own), if it has one.
    package func override(for channel: String) -> ChannelOverride? {
        homeTeam?.override(for: channel)
    }
}
