/// A mapping names the same key twice.
public struct DuplicateKeyRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = ["yaml.duplicate-key"]

    public static let description = RuleDescription(
        id: "duplicate-key",
        name: "Duplicate Key",
        category: .structure,
        defaultSeverity: .error,
        summary: "A key may appear only once in a mapping.",
        rationale: """
            Most YAML readers silently keep the last of two equal keys, so the first definition is lost \
            without a word — often a channel or person pasted twice with different settings. The policy \
            loader refuses the file instead and names both places.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                  ↓email: {mode: async, reply_within: 1 business day}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async, reply_within: 1 business day}
                  chat: {mode: async, reply_within: 4 business hours}
                """),
        ]
    )
}
