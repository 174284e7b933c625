/// A name that the policy does not define.
public struct UnknownReferenceRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = [
        "policy.unknown-channel", "policy.unknown-person", "policy.unknown-team", "policy.unknown-level",
        "policy.unknown-kind", "policy.unknown-reference",
    ]

    public static let description = RuleDescription(
        id: "unknown-reference",
        name: "Unknown Reference",
        category: .references,
        defaultSeverity: .error,
        summary: "Every channel, person, team, role, level and kind a policy names must be defined in it or its bases.",
        rationale: """
            A rule that names the channel `emial` never matches, an escalation to a person who left goes \
            nowhere, and a rule owned by nobody is owned by nobody. The finding names the closest \
            defined name.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                  phone: {mode: sync, min_level: urgent, suggest: ↓emial}
                """),
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                people:
                  alice: {}
                rules:
                  - id: decisions-by-email
                    when: {kind: decision, channel: ↓chat}
                    then: {violation: Decisions are made by e-mail., suggest: email}
                    owner: ↓alcie
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                  chat: {mode: async}
                people:
                  alice: {}
                rules:
                  - id: decisions-by-email
                    when: {kind: decision, channel: chat}
                    then: {violation: Decisions are made by e-mail., suggest: email}
                    owner: alice
                """),
        ]
    )
}
