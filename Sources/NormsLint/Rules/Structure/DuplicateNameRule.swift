/// A level or kind listed twice.
public struct DuplicateNameRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = ["policy.duplicate-level", "policy.duplicate-kind"]

    public static let description = RuleDescription(
        id: "duplicate-name",
        name: "Duplicate Name",
        category: .structure,
        defaultSeverity: .error,
        summary: "Each level and each kind is listed once.",
        rationale: """
            Levels are ordered least to most urgent; a level listed twice has two places in that order, \
            and comparisons such as `>= high` would depend on which one is meant.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                levels: [low, normal, high, ↓normal, urgent]
                channels:
                  email: {mode: async}
                """),
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                kinds: [fyi, question, ↓fyi]
                channels:
                  email: {mode: async}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                levels: [low, normal, high, urgent]
                kinds: [fyi, question]
                channels:
                  email: {mode: async}
                """),
        ]
    )
}
