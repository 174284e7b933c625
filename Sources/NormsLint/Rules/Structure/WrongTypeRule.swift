/// A value of the wrong YAML type.
public struct WrongTypeRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = ["policy.wrong-type"]

    public static let description = RuleDescription(
        id: "wrong-type",
        name: "Wrong Type",
        category: .structure,
        defaultSeverity: .error,
        summary: "Each value must have the type its key takes: text, a boolean, a list or a mapping.",
        rationale: """
            YAML guesses types from spelling, and the guesses surprise: `interrupts: "yes"` is the text \
            *yes*, not a boolean, and `members: alice, bob` is one string. The loader reads YAML 1.2 and \
            names what it expected and what it found.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async, interrupts: ↓"yes"}
                """),
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels: ↓[email, chat]
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async, interrupts: true}
                """),
        ]
    )
}
