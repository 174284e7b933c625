/// A time zone written as an alias the time-zone database keeps only for compatibility.
public struct LegacyTimezoneRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = ["policy.legacy-timezone"]

    public static let description = RuleDescription(
        id: "legacy-timezone",
        name: "Legacy Timezone",
        category: .hygiene,
        defaultSeverity: .warning,
        summary: "A time zone is written with its current IANA id, not an alias such as `US/Eastern`, `Asia/Calcutta` or `GMT`.",
        rationale: """
            Aliases give the same times today, but the time-zone database keeps them only for \
            compatibility: some systems leave them out, and a policy that loads on one machine then \
            fails on another. `GMT` is also read as the time in London, which changes in summer while \
            `GMT` does not. The finding names the id to write (`America/New_York`, `Asia/Kolkata`, \
            `UTC`). Abbreviations (`EST`) and fixed offsets (`UTC+1`) are errors of `invalid-value`.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: ↓US/Eastern
                channels:
                  chat: {mode: async}
                people:
                  priya: {timezone: ↓Asia/Calcutta}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: America/New_York
                channels:
                  chat: {mode: async}
                people:
                  priya: {timezone: Asia/Kolkata}
                  sam: {timezone: UTC}
                """),
        ]
    )
}
