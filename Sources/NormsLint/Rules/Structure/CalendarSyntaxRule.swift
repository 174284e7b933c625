/// A line or an event of a calendar that libical could not read, or could not expand in bounds.
public struct CalendarSyntaxRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = [
        "calendar.syntax", "calendar.invalid-event", "calendar.unsupported-recurrence", "calendar.expansion-limit",
    ]

    public static let description = RuleDescription(
        id: "calendar-syntax",
        name: "Calendar Syntax",
        category: .structure,
        defaultSeverity: .warning,
        summary: "Every line and event of a policy's calendars can be read and expanded.",
        rationale: """
            libical reads what it can and skips the rest: a property it cannot parse, an event \
            without a start, a `BEGIN` without its `END`. A recurrence that repeats more often than \
            hourly with date filters is not expanded (libical could step for years to find one \
            instance), nor is a rule whose day filters never meet, and a file stops at 100,000 \
            instances, 1,000,000 recurrence steps or 5 seconds of expansion. Each \
            finding points at the line of the calendar file it is about; what was skipped counts \
            for nothing in decisions.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async}
                people:
                  jan: {calendar: ↓examples/calendars/broken.ics}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async}
                people:
                  jan: {calendar: examples/calendars/jan.ics}
                """),
        ]
    )

    public func check(_ context: LintContext) -> [Finding] {
        CalendarReferences.findings(of: Self.description.id, in: context)
    }
}
