import NormsPolicy
import NormsSource

/// A person or a team: whom a message can go to, and who has working hours, focus blocks and a
/// backup of their own.
enum Recipient {
    case person(Person)
    case team(Team)

    /// Every team, then every person, in policy order.
    static func all(in policy: Policy) -> [Recipient] {
        policy.teams.map(Recipient.team) + policy.people.map(Recipient.person)
    }

    /// The id, where it is defined.
    var id: Located<String> {
        switch self {
        case .person(let person): person.id
        case .team(let team): team.id
        }
    }

    /// How findings name it: `team 'platform'`, or `'alice'` for a person.
    var label: String {
        switch self {
        case .person(let person): "\(quoted: person.id.value)"
        case .team(let team): "team \(quoted: team.id.value)"
        }
    }

    /// Its own working hours; `nil` when it inherits them.
    var workingHours: WeeklySchedule? {
        switch self {
        case .person(let person): person.workingHours
        case .team(let team): team.workingHours
        }
    }

    /// Its own focus blocks; `nil` when it has none written.
    var focus: [Located<RecurringBlock>]? {
        switch self {
        case .person(let person): person.focus
        case .team(let team): team.focus
        }
    }
}
