/// A rule id that is not kebab-case.
public struct InvalidRuleIDRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = ["policy.invalid-rule-id"]

    public static let description = RuleDescription(
        id: "invalid-rule-id",
        name: "Invalid Rule ID",
        category: .structure,
        defaultSeverity: .error,
        summary: "Rule ids are lowercase words and digits joined by `-`, such as `urgent-breaks-through`.",
        rationale: """
            Rule ids appear in decisions, test expectations, overrides and CI output. One spelling \
            convention keeps them easy to type and to search for, and safe in every output format.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                rules:
                  - id: ↓Urgent_Breaks_Through
                    when: {level: urgent}
                    then: {interrupt: true}
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
                  - id: urgent-breaks-through
                    when: {level: urgent}
                    then: {interrupt: true}
                """),
        ]
    )
}
