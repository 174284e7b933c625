/// Two rules with one id, or an override of nothing.
public struct DuplicateRuleIDRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = ["policy.duplicate-rule-id", "policy.override-without-base"]

    public static let description = RuleDescription(
        id: "duplicate-rule-id",
        name: "Duplicate Rule ID",
        category: .rules,
        defaultSeverity: .error,
        summary: "Rule ids are unique across a policy and its bases; a policy replaces a base's rule only with `override: true`, and only a rule the base defines.",
        rationale: """
            Decisions, test expectations and suppressions name rules by id. Two rules with one id make \
            every such reference ambiguous, and a rule pasted from a base would otherwise replace it \
            without anyone saying so.
            """,
        triggering: [
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
                  - id: ↓fyi-is-quiet
                    when: {kind: fyi}
                    then: {reply_within: none}
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
                    then: {interrupt: false, reply_within: none}
                """),
        ]
    )
}
