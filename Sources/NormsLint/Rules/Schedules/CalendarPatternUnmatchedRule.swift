import NormsPolicy

/// An `away` or `focus` pattern of a `calendar:` setting that no event matches.
public struct CalendarPatternUnmatchedRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "calendar-pattern-unmatched",
        name: "Calendar Pattern Unmatched",
        category: .schedules,
        defaultSeverity: .warning,
        summary: "Every category or summary pattern written under a `calendar:` setting matches some event of its files.",
        rationale: """
            A pattern is compared with each event's summary and categories, ignoring case, with `*` \
            for any text. One that matches nothing is usually misspelt (`Focus-time` for `Focus \
            time`), or the client names such blocks differently, and those events then count for \
            nothing. Events are those read when the policy loads: every single event, and the \
            instances of recurring ones within three years of today. Patterns are not checked when \
            a file cannot be read.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async}
                people:
                  jan:
                    calendar:
                      files: examples/calendars/jan.ics
                      focus: {summary: [↓Deep work, Focus time]}
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
                  jan:
                    calendar:
                      files: examples/calendars/jan.ics
                      away: {summary: ["Out of office*"]}
                      focus: {categories: [focus time]}
                """),
        ]
    )

    public func check(_ context: LintContext) -> [Finding] {
        guard let policy = context.policy else { return [] }
        let unmatched = policy.people.flatMap(\.calendarAvailability.unmatchedPatterns)
            + policy.teams.flatMap(\.calendarAvailability.unmatchedPatterns)
        return unmatched.map { pattern in
            finding("pattern \(quoted: pattern.value) matches no event of the calendar", at: pattern.span,
                    help: "write the summary or category as the calendar shows it (case is ignored; '*' stands for any text)")
        }
    }
}
