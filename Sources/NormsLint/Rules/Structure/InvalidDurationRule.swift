/// A duration that does not fit the duration grammar.
public struct InvalidDurationRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = ["policy.invalid-duration", "policy.duration-without-unit", "policy.wall-clock-only"]

    public static let description = RuleDescription(
        id: "invalid-duration",
        name: "Invalid Duration",
        category: .structure,
        defaultSeverity: .error,
        summary: "Durations are `immediate`, `none`, elapsed time (`45m`, `4h`, `2d`) or business time (`4 business hours`, `2 business days`); notice periods and `immediate_window` take elapsed time only.",
        rationale: """
            A reply expectation is the heart of a norm, and a bare `15` could mean minutes, hours or \
            working days. Notice periods and the immediate window are measured on the wall clock, so \
            business time there would be meaningless.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async, reply_within: ↓4 buisness hours}
                """),
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async, reply_within: ↓15}
                """),
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                immediate_window: ↓1 business hour
                channels:
                  chat: {mode: async}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                immediate_window: 15m
                channels:
                  chat: {mode: async, reply_within: 4 business hours}
                  email: {mode: async, reply_within: 2d}
                """),
        ]
    )
}
