import NormsPolicy
import NormsSource

/// A holiday list that has run out, or that skips the coming year.
public struct StaleHolidaysRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "stale-holidays",
        name: "Stale Holidays",
        category: .hygiene,
        defaultSeverity: .warning,
        summary: "A policy that lists holidays lists some in the next 12 months, not only past ones.",
        rationale: """
            Holidays are dates, written a year or two ahead. Once the list has run out, every holiday \
            it does not name is an ordinary working day: Christmas interrupts people like any other \
            Thursday, and nothing says so. The rule warns when every holiday lies before today, or when \
            none lies in the 12 months from today (the range of each holiday counts, both ends included; \
            today is the machine's date, fixed in tests). A policy without `holidays` is not checked. \
            Decisions past the last holiday carry a note saying the same.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async}
                holidays:
                  - 2020-05-01
                  - {date: ↓2020-12-25, name: Christmas Day}
                """),
        ],
        nonTriggering: [
            // The examples are linted on 2026-06-01.
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async}
                holidays:
                  - {date: 2026-12-25, name: Christmas Day}
                  - {date: 2027-01-01, name: New Year's Day}
                """),
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async}
                """),
        ]
    )

    public func check(_ context: LintContext) -> [Finding] {
        guard let policy = context.policy else { return [] }
        let holidays = policy.holidays.filter { !$0.dates.value.isReversed }
        guard let last = holidays.max(by: { $0.dates.value.last < $1.dates.value.last }) else { return [] }
        let today = context.today
        let end = Self.dayBeforeOneYearAfter(today)
        let help = "add the coming holidays; a holiday the policy does not list counts as a working day"
        if last.dates.value.last < today {
            return [finding("every holiday of the policy lies in the past: the last one ends on \(last.dates.value.last)",
                            at: last.dates.span, help: help)]
        }
        guard !holidays.contains(where: { $0.dates.value.first <= end && $0.dates.value.last >= today }) else { return [] }
        let next = holidays.filter { $0.dates.value.first > end }.map(\.dates.value.first).min()
        let later = next.map { "; the next one starts on \($0)" } ?? ""
        return [finding("no holiday of the policy lies in the 12 months from \(today) to \(end)\(later)",
                        at: context.rootKeySpan("holidays") ?? last.dates.span, help: help)]
    }

    /// The last day of the 12 months that start on `date`: the day before the same date a year
    /// later (28 February for a 29 February that has no twin).
    static func dayBeforeOneYearAfter(_ date: LocalDate) -> LocalDate {
        let twin = LocalDate(year: date.year + 1, month: date.month, day: date.day)
            ?? LocalDate(year: date.year + 1, month: 3, day: 1)!
        return twin.adding(days: -1)
    }
}
