/// A time, hour range, day set or focus block that does not fit its grammar, or a day named twice.
public struct InvalidScheduleRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = [
        "policy.invalid-time", "policy.invalid-hour-range", "policy.invalid-day-set", "policy.invalid-recurring-block",
        "policy.duplicate-day",
    ]

    public static let description = RuleDescription(
        id: "invalid-schedule",
        name: "Invalid Schedule",
        category: .structure,
        defaultSeverity: .error,
        summary: "Working hours and focus blocks use day sets (`mon-fri`, `weekdays`) and 24-hour ranges (`09:00-17:00`), and name each day once per schedule.",
        rationale: """
            `9-17` or `mon-fir` cannot be read without guessing, and a day named by two keys of one \
            schedule has two sets of hours with no way to tell which is meant. A day with a break \
            takes a list: `fri: ["09:00-12:00", "13:00-15:00"]`.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                working_hours: {mon-fri: ↓"9-17"}
                channels:
                  email: {mode: async}
                """),
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                working_hours:
                  mon-fri: "09:00-17:00"
                  ↓fri: "09:00-12:00"
                channels:
                  email: {mode: async}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                working_hours:
                  mon-thu: "09:00-17:00"
                  fri: ["09:00-12:00", "13:00-15:00"]
                channels:
                  email: {mode: async}
                """),
        ]
    )
}
