/// A key the policy format does not know.
public struct UnknownKeyRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = ["policy.unknown-key"]

    public static let description = RuleDescription(
        id: "unknown-key",
        name: "Unknown Key",
        category: .structure,
        defaultSeverity: .error,
        summary: "Every key must be one the policy format defines at that place.",
        rationale: """
            A misspelt key is not an extra setting: it is a setting that silently does not apply. \
            `reply_whithin: 1 business day` would leave the channel without a reply expectation. The \
            finding names the closest key the format allows there.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async, ↓reply_whithin: 1 business day}
                """),
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                ↓workinghours: {mon-fri: "09:00-17:00"}
                channels:
                  email: {mode: async}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                working_hours: {mon-fri: "09:00-17:00"}
                channels:
                  email: {mode: async, reply_within: 1 business day}
                """),
        ]
    )
}
