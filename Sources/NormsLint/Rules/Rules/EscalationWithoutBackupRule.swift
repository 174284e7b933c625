import NormsPolicy
import NormsSource

/// A rule that escalates to the recipient's backup for recipients who have none.
public struct EscalationWithoutBackupRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "escalation-without-backup",
        name: "Escalation Without Backup",
        category: .rules,
        defaultSeverity: .warning,
        summary: "An escalation `to: backup` (the default) needs a backup for every recipient the rule can apply to: their own or their home team's.",
        rationale: """
            An escalation is the policy's answer to \"nobody replied in time\". For a recipient with no \
            backup it goes nowhere, silently, at exactly the moment it matters. Give the people (or \
            their teams) a backup, name a person in `to`, or narrow the rule with `to`.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  phone: {mode: sync, reply_within: immediate}
                people:
                  alice: {backup: bob}
                  bob: {}
                rules:
                  - id: urgent-escalates
                    when: {level: urgent}
                    then: {escalate: {after: 15m, via: phone, to: ↓backup}}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  phone: {mode: sync, reply_within: immediate}
                teams:
                  platform: {members: [alice, bob], backup: carol}
                people:
                  alice: {}
                  bob: {}
                  carol: {backup: alice}
                rules:
                  - id: urgent-escalates
                    when: {level: urgent}
                    then: {escalate: {after: 15m, via: phone, to: backup}}
                """),
        ]
    )

    public func check(_ context: LintContext) -> [Finding] {
        guard let policy = context.policy else { return [] }
        let availability = Availability(policy: policy)
        // Whether each person (and each team) has a backup, looked up once for all rules.
        var personHasBackup: [String: Bool] = [:]
        var teamHasBackup: [String: Bool] = [:]
        func hasBackup(_ recipient: Recipient) -> Bool {
            switch recipient {
            case .person(let person):
                if let known = personHasBackup[person.id.value] { return known }
                let has = availability.backup(of: recipient) != nil
                personHasBackup[person.id.value] = has
                return has
            case .team(let team):
                if let known = teamHasBackup[team.id.value] { return known }
                let has = availability.backup(of: recipient) != nil
                teamHasBackup[team.id.value] = has
                return has
            }
        }
        // The end of the message for the rules that name no recipient (`nil` inside: everyone has a
        // backup), worked out for the first of them.
        var everyoneMissing: String??
        // Only for rules that escalate to the backup of a team's members.
        lazy var members = TeamMembers(policy)
        return policy.rules.compactMap { rule in
            guard let escalation = rule.then.escalate, escalation.to.value == .backup else { return nil }
            let missing: String?
            if rule.when?.to == nil, let known = everyoneMissing {
                missing = known
            } else {
                missing = Self.lackingBackup(recipients(of: rule, in: policy, members: members).filter { !hasBackup($0) }.map(\.id.value))
                if rule.when?.to == nil { everyoneMissing = .some(missing) }
            }
            guard let missing else { return nil }
            return finding(
                "rule \(quoted: rule.id.value) escalates to the recipient's backup, but " + missing,
                at: escalation.to.span,
                help: "give them a 'backup' (or their home team one), or escalate to a named person with 'to: PERSON'")
        }
    }

    /// `'a', 'b' have none`: the end of a message naming the recipients without a backup (the
    /// first five); `nil` when there are none.
    private static func lackingBackup(_ missing: [String]) -> String? {
        guard !missing.isEmpty else { return nil }
        let shown = missing.prefix(5).map { "\(quoted: $0)" }.joined(separator: ", ") + (missing.count > 5 ? " and \(missing.count - 5) more" : "")
        return "\(shown) \(missing.count == 1 ? "has" : "have") none"
    }

    /// The recipients the rule can apply to: those its `to` names (a team as itself and as its
    /// members, a role as the people holding it), or every person when it names none.
    private func recipients(of rule: NormRule, in policy: Policy, members: TeamMembers) -> [Recipient] {
        guard let names = rule.when?.to else { return policy.people.map(Recipient.person) }
        var result: [Recipient] = []
        var seen = Set<String>()
        func add(_ recipient: Recipient) {
            if seen.insert(recipient.id.value).inserted { result.append(recipient) }
        }
        for name in names.map(\.value) {
            if let person = policy.person(name) {
                add(.person(person))
            } else if let team = policy.team(name) {
                add(.team(team))
                for person in members.people(in: name) { add(.person(person)) }
            } else {
                for person in policy.people where person.roles.contains(where: { $0.value == name }) { add(.person(person)) }
            }
        }
        return result
    }
}

/// The people of each team, in policy order, as ``NormsPolicy/Policy/teams(of:)`` places them:
/// worked out once for all rules rather than once per person for each rule that names a team.
private struct TeamMembers {
    private let peopleByTeam: [String: [Person]]

    init(_ policy: Policy) {
        var peopleByTeam: [String: [Person]] = [:]
        for person in policy.people {
            for team in Set(policy.teams(of: person.id.value)) { peopleByTeam[team, default: []].append(person) }
        }
        self.peopleByTeam = peopleByTeam
    }

    /// The people in `team`, in policy order.
    func people(in team: String) -> [Person] { peopleByTeam[team] ?? [] }
}
