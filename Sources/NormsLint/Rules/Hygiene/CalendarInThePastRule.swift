import NormsPolicy

/// A calendar whose events have all ended.
public struct CalendarInThePastRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "calendar-in-the-past",
        name: "Calendar In The Past",
        category: .hygiene,
        defaultSeverity: .warning,
        summary: "A calendar a policy reads has some event today or later.",
        rationale: """
            A calendar file is a copy: an export that nobody refreshes keeps last year's holidays \
            and says nothing about the coming weeks, so everyone looks available. The rule warns \
            when every event of a calendar ends before today and none repeats without end. An \
            empty calendar is not reported. Today is the machine's date (fixed in tests).
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async}
                people:
                  jan: {calendar: ↓examples/calendars/old.ics}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async}
                holiday_calendars: [examples/calendars/holidays-de.ics]
                people:
                  jan: {calendar: examples/calendars/jan.ics}
                """),
        ]
    )

    public func check(_ context: LintContext) -> [Finding] {
        guard let policy = context.policy else { return [] }
        let files = policy.people.flatMap(\.calendarAvailability.files) + policy.teams.flatMap(\.calendarAvailability.files)
            + policy.holidayCalendarFiles
        return files.compactMap { file in
            guard file.isReadable, !file.hasEndlessRecurrence, let last = file.lastDate, last < context.today else { return nil }
            return finding("every event of calendar \(quoted: file.reference.value) ends before today; the last one is on \(last)",
                           at: file.reference.span, help: "export the calendar again, or subscribe to a feed that is kept up to date")
        }
    }
}
