import NormsPolicy
import NormsSource

/// Resolves the settings that people inherit: person → home team → policy.
struct Availability {
    let policy: Policy

    /// The person's home team: the first of their `team:` list, else the first team listing them.
    func homeTeam(of person: Person) -> Team? {
        policy.teams(of: person.id.value).first.flatMap(policy.team)
    }

    /// The working hours in force: a person's own, else their home team's, else the policy's; a
    /// team's own, else the policy's.
    func schedule(of recipient: Recipient) -> WeeklySchedule {
        switch recipient {
        case .person(let person): person.workingHours ?? homeTeam(of: person)?.workingHours ?? policy.workingHours
        case .team(let team): team.workingHours ?? policy.workingHours
        }
    }

    /// Every team and person with focus blocks of their own, with the minutes of the working hours
    /// in force for them, so that the two can be compared.
    func focusOwners() -> [(owner: Recipient, focus: [Located<RecurringBlock>], working: WeekMinutes)] {
        Recipient.all(in: policy).compactMap { owner in
            owner.focus.map { (owner, $0, WeekMinutes(schedule(of: owner))) }
        }
    }

    /// The backup in force: a person's own, else their home team's; a team's own.
    func backup(of recipient: Recipient) -> Located<String>? {
        switch recipient {
        case .person(let person): person.backup ?? homeTeam(of: person)?.backup
        case .team(let team): team.backup
        }
    }
}
