/// A value outside the set its key accepts.
public struct InvalidValueRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = [
        "policy.invalid-value", "policy.unsupported-version", "policy.unknown-timezone", "policy.conflicting-keys",
        "policy.invalid-level-comparison", "policy.default-level-required",
    ]

    public static let description = RuleDescription(
        id: "invalid-value",
        name: "Invalid Value",
        category: .structure,
        defaultSeverity: .error,
        summary: "Values from a fixed set (a mode, a recipient state, a time zone, a format version) must be one of that set.",
        rationale: """
            `mode: asnyc` or `timezone: Europe/Berln` cannot be guessed at safely: the first decides \
            whether a channel interrupts, the second when everyone works. The finding names the closest \
            valid value. The rule also reports keys that exclude each other and any other problem the \
            loader finds that no more specific rule covers.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: ↓asnyc}
                """),
            Example("""
                norms: 1
                name: Example
                timezone: ↓Europe/Berln
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
                  email: {mode: async}
                """),
        ]
    )
}
