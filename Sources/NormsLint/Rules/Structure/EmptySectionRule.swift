/// A section that must hold something is empty.
public struct EmptySectionRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = ["policy.empty-channels", "policy.empty-levels", "policy.empty-effects"]

    public static let description = RuleDescription(
        id: "empty-section",
        name: "Empty Section",
        category: .structure,
        defaultSeverity: .error,
        summary: "`channels` needs at least one channel, `levels` at least one level, and a rule's `then` at least one effect.",
        rationale: """
            A policy without channels has nothing to govern, an empty level list leaves messages without \
            a level, and a rule without effects does nothing while looking as if it did.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels: ↓{}
                """),
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                rules:
                  - id: fyi-is-quiet
                    when: {kind: fyi}
                    ↓then: {}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                rules:
                  - id: fyi-is-quiet
                    when: {kind: fyi}
                    then: {interrupt: false}
                """),
        ]
    )
}
