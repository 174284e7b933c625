/// A calendar the policy names that cannot be read as a calendar.
public struct CalendarUnreadableRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = ["calendar.unreadable", "calendar.outside-root", "calendar.not-icalendar", "calendar.too-deep"]

    public static let description = RuleDescription(
        id: "calendar-unreadable",
        name: "Calendar Unreadable",
        category: .structure,
        defaultSeverity: .error,
        summary: "Every file named by `calendar:` or `holiday_calendars:` exists inside the policy root and is an iCalendar file.",
        rationale: """
            A calendar that cannot be read adds no away dates, focus blocks or holidays, so \
            decisions would treat everyone as in the office. The file is looked for relative to the \
            policy file that names it, must lie inside the policy root (like a base policy), be no \
            larger than a policy, hold a `BEGIN:VCALENDAR`, and nest components at most 16 levels \
            deep. The finding points at the path in the policy, or at the line of the file that is \
            wrong.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async}
                holiday_calendars: ↓examples/calendars/no-such-file.ics
                people:
                  jan: {calendar: ↓/etc/passwd}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async}
                holiday_calendars: examples/calendars/holidays-de.ics
                people:
                  jan: {calendar: examples/calendars/jan.ics}
                """),
        ]
    )

    public func check(_ context: LintContext) -> [Finding] {
        CalendarReferences.findings(of: Self.description.id, in: context)
    }
}
