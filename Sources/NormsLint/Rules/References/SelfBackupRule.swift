/// A person named as their own backup.
public struct SelfBackupRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = ["policy.self-backup"]

    public static let description = RuleDescription(
        id: "self-backup",
        name: "Self Backup",
        category: .references,
        defaultSeverity: .error,
        summary: "A person's `backup` must be someone else.",
        rationale: """
            Escalation goes to the backup when the person does not answer; escalating to the same \
            person who did not answer reaches nobody new.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                people:
                  alice: {backup: ↓alice}
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
                  alice: {backup: bob}
                  bob: {backup: alice}
                """),
        ]
    )
}
