/// A date that does not exist, or a date range that ends before it starts.
public struct InvalidDateRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = ["policy.invalid-date", "policy.reversed-date-range"]

    public static let description = RuleDescription(
        id: "invalid-date",
        name: "Invalid Date",
        category: .structure,
        defaultSeverity: .error,
        summary: "Dates are real days written `YYYY-MM-DD`; a range `FIRST..LAST` runs forwards.",
        rationale: """
            A holiday on 2026-02-30 or a leave from the 26th back to the 24th holds no day at all, so \
            the people concerned would be expected to answer on the days they meant to be off.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                holidays: [↓2026-02-30]
                channels:
                  email: {mode: async}
                """),
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                holidays: [↓2026-12-26..2026-12-24]
                channels:
                  email: {mode: async}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                holidays: [2026-12-24..2026-12-26, {date: 2027-01-01, name: New Year}]
                channels:
                  email: {mode: async}
                """),
        ]
    )
}
