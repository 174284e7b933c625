import NormsPolicy
import NormsSource

/// A person whose `team:` and the teams' `members` lists disagree.
public struct TeamMembershipMismatchRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "team-membership-mismatch",
        name: "Team Membership Mismatch",
        category: .references,
        defaultSeverity: .warning,
        summary: "A person's `team:` and the teams' `members` lists must not contradict each other.",
        rationale: """
            A person belongs to a team named in their `team:` or listing them in its `members`; naming \
            both ways is fine. But when `bob` says `team: platform` while only `support` lists him, or \
            `platform` lists its members and he is not among them, one of the two is out of date — and \
            his home team, which gives him working hours, focus time and a backup, may not be the one \
            meant.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                teams:
                  platform: {members: [alice]}
                  support: {members: [bob]}
                people:
                  alice: {team: platform}
                  bob: {team: ↓platform}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                teams:
                  platform: {members: [alice, bob]}
                  support: {}
                people:
                  alice: {team: platform}
                  bob: {team: [platform, support]}
                  carol: {team: support}
                """),
        ]
    )

    public func check(_ context: LintContext) -> [Finding] {
        guard let policy = context.policy else { return [] }
        return policy.people.compactMap { person in
            guard let first = person.teams.first else { return nil }
            let named = Set(person.teams.map(\.value))
            let id = person.id.value
            let listing = policy.teams.filter { team in team.members.contains { $0.value == id } }
            let unlisted = person.teams.filter { name in
                guard let team = policy.team(name.value) else { return false }
                return !team.members.isEmpty && !team.members.contains { $0.value == id }
            }
            let unnamed = listing.filter { !named.contains($0.id.value) }
            guard !unlisted.isEmpty || !unnamed.isEmpty else { return nil }
            var parts: [String] = []
            if !unlisted.isEmpty {
                parts.append("\(Self.quoted(unlisted.map(\.value))) \(unlisted.count == 1 ? "does" : "do") not list them in 'members'")
            }
            if !unnamed.isEmpty {
                parts.append("\(Self.quoted(unnamed.map(\.id.value))) \(unnamed.count == 1 ? "lists" : "list") them but \(unnamed.count == 1 ? "is" : "are") not in their 'team'")
            }
            let notes = unnamed.compactMap { team in
                team.members.first { $0.value == id }.map { Diagnostic.Note("\(quoted: team.id.value) lists \(quoted: id) here", at: $0.span) }
            }
            return finding(
                "\(quoted: id) names team \(Self.quoted(person.teams.map(\.value))), but \(parts.joined(separator: ", and "))",
                at: first.span,
                help: "make 'team:' and the teams' 'members' agree; the first team in 'team:' is the home team",
                notes: notes)
        }
    }

    private static func quoted(_ names: [String]) -> String {
        names.map { "\(quoted: $0)" }.joined(separator: ", ")
    }
}
