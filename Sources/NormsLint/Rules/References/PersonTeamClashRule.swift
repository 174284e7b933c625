/// An id used both for a person and a team.
public struct PersonTeamClashRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = ["policy.person-team-clash"]

    public static let description = RuleDescription(
        id: "person-team-clash",
        name: "Person Team Clash",
        category: .references,
        defaultSeverity: .error,
        summary: "Person ids and team ids share one namespace: an id may not be both.",
        rationale: """
            `to: support` must mean one thing. When `support` is both a person and a team, a message, a \
            rule condition or an escalation naming it could reach either.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                teams:
                  support: {members: [dana]}
                people:
                  dana: {}
                  ↓support: {}
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
                  support: {members: [dana]}
                people:
                  dana: {}
                  support-lead: {}
                """),
        ]
    )
}
