import NormsPolicy
import NormsSource

/// Resolves the settings that people inherit: person → home team → policy.
struct Availability {
    let policy: Policy

    /// The person's home team: the first of their `team:` list, else the first team listing them.
    func homeTeam(of person: Person) -> Team? {
        policy.teams(of: person.id.value).first.flatMap(policy.team)
    }

    /// The working hours in force for a person.
    func schedule(of person: Person) -> WeeklySchedule {
        person.workingHours ?? homeTeam(of: person)?.workingHours ?? policy.workingHours
    }

    /// The working hours in force for a team.
    func schedule(of team: Team) -> WeeklySchedule {
        team.workingHours ?? policy.workingHours
    }

    /// The focus blocks in force for a person: their own, else their home team's.
    func focus(of person: Person) -> [Located<RecurringBlock>] {
        person.focus ?? homeTeam(of: person)?.focus ?? []
    }

    /// The backup in force for a person: their own, else their home team's.
    func backup(of person: Person) -> Located<String>? {
        person.backup ?? homeTeam(of: person)?.backup
    }
}
