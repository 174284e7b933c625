import NormsPolicy
import NormsSource

/// The settings lint rules compare, as the engine resolves them (``ResolvedSettings``).
struct Availability {
    let policy: Policy

    /// A team or person with focus blocks of their own, with the minutes of their working hours.
    typealias FocusOwner = (owner: Recipient, focus: [Located<RecurringBlock>], working: WeekMinutes)

    /// Every team and person with focus blocks of their own, with the minutes of the working hours
    /// in force for them, so that the two can be compared.
    func focusOwners() -> [FocusOwner] {
        Recipient.all(in: policy).compactMap { owner in
            owner.focus.map { (owner, $0, WeekMinutes(settings(of: owner).workingHours.value)) }
        }
    }

    /// The backup in force: a person's own, else their home team's unless that is the person
    /// themself; a team's own.
    func backup(of recipient: Recipient) -> Located<String>? {
        settings(of: recipient).backup?.value
    }

    private func settings(of recipient: Recipient) -> ResolvedSettings {
        switch recipient {
        case .person(let person): ResolvedSettings(person: person, in: policy)
        case .team(let team): ResolvedSettings(team: team, in: policy)
        }
    }
}
