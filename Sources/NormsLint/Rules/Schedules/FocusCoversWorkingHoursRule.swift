import NormsPolicy
import NormsSource

/// Focus blocks that cover every working hour.
public struct FocusCoversWorkingHoursRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "focus-covers-working-hours",
        name: "Focus Covers Working Hours",
        category: .schedules,
        defaultSeverity: .warning,
        summary: "Focus blocks leave some working time in which the person or team is available.",
        rationale: """
            A recipient in focus is notified only of what breaks through; when focus covers the whole \
            working week, ordinary messages are never delivered while they work and \"notify later\" \
            means \"notify never\". Focus time is a part of the day, not all of it.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                working_hours: {mon-fri: "09:00-17:00"}
                channels:
                  email: {mode: async}
                people:
                  bob:
                    focus: [↓"mon-fri 09:00-13:00", "mon-fri 13:00-17:00"]
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                working_hours: {mon-fri: "09:00-17:00"}
                channels:
                  email: {mode: async}
                people:
                  bob:
                    focus: ["mon-fri 09:00-12:00", "mon-fri 14:00-16:00"]
                """),
        ],
        requiresValidPolicy: true
    )

    public func check(_ context: LintContext) -> [Finding] {
        context.focusOwners.compactMap { owner, focus, working in
            guard let first = focus.first, !working.isEmpty, working.isSubset(of: WeekMinutes(focus.map(\.value))) else { return nil }
            return finding(
                "the focus blocks of \(owner.label) cover all of their working hours, so they are never available",
                at: first.span,
                help: "leave working time outside focus, or ordinary messages wait until they are never delivered")
        }
    }
}
