/// An event whose `TZID` is defined nowhere.
public struct CalendarUnknownTimezoneRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = ["calendar.unknown-tzid"]

    public static let description = RuleDescription(
        id: "calendar-unknown-tzid",
        name: "Calendar Unknown TZID",
        category: .hygiene,
        defaultSeverity: .warning,
        summary: "Every `TZID` of a calendar's events is defined by a `VTIMEZONE` of the file or is a known zone.",
        rationale: """
            A time with a `TZID` nobody defines has no known offset. libical would read it as a \
            floating time; TeamNorms reads it in the person's own zone, which is right only when the \
            event was written there. Exporting the calendar with its time zones (most clients do), \
            or using an IANA id such as `Europe/Berlin`, removes the guess. Ids that end in an IANA \
            id behind a vendor prefix (`/mozilla.org/20050126_1/Europe/Berlin`) are understood.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async}
                people:
                  jan: {calendar: ↓examples/calendars/mars.ics}
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
