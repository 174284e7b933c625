/// A required key is absent, or the file holds nothing.
public struct MissingKeyRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = ["policy.missing-key", "policy.empty-file"]

    public static let description = RuleDescription(
        id: "missing-key",
        name: "Missing Key",
        category: .structure,
        defaultSeverity: .error,
        summary: "Required keys must be present: `norms`, `name`, `timezone` and `channels` in a policy, `mode` in a channel, `id` and `then` in a rule.",
        rationale: """
            Without these the policy cannot answer its questions: a channel without a mode does not say \
            whether it expects presence, a rule without effects does nothing, a policy without a zone \
            cannot tell when anyone works.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  ↓email: {reply_within: 1 business day}
                """),
            Example("""
                ↓norms: 1
                name: Example
                channels:
                  email: {mode: async}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async, reply_within: 1 business day}
                """),
        ]
    )
}
