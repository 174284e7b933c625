/// A rule that sets a level but looks at the recipient.
public struct LevelRuleDependsOnRecipientRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = ["policy.level-rule-depends-on-recipient"]

    public static let description = RuleDescription(
        id: "level-rule-depends-on-recipient",
        name: "Level Rule Depends On Recipient",
        category: .rules,
        defaultSeverity: .error,
        summary: "A rule with a `level` effect may not use `to` or `recipient_state` in its conditions.",
        rationale: """
            The level belongs to the message and is decided once, before any recipient is looked at; a \
            message sent to two people cannot be urgent for one and normal for the other. Put the \
            recipient-specific part in a second rule without the `level` effect.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                people:
                  alice: {}
                rules:
                  - id: alice-is-important
                    when: {↓to: alice}
                    then: {level: high}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                people:
                  alice: {}
                rules:
                  - id: from-alice-is-important
                    when: {from: alice}
                    then: {level: high}
                """),
        ]
    )
}
