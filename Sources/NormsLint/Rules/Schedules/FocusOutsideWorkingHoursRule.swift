import NormsPolicy
import NormsSource

/// A focus block that lies outside its owner's working hours.
public struct FocusOutsideWorkingHoursRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "focus-outside-working-hours",
        name: "Focus Outside Working Hours",
        category: .schedules,
        defaultSeverity: .warning,
        summary: "Focus blocks lie inside the working hours of the person or team they belong to.",
        rationale: """
            Focus time protects working hours from interruptions; outside them the recipient is already \
            `after_hours`, which comes first. A block that starts before the day does is usually a block \
            written in another zone, or left behind when the working hours changed — and the part inside \
            the day is shorter than it looks.
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
                    focus: [↓"mon-fri 08:00-10:00"]
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
                    focus: ["mon-fri 09:00-11:00"]
                """),
        ],
        requiresValidPolicy: true
    )

    public func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for (owner, focus, working) in context.focusOwners where !working.isEmpty {
            for block in focus {
                let minutes = WeekMinutes([block.value])
                let outside = minutes.subtracting(working)
                guard !outside.isEmpty else { continue }
                let extent = outside == minutes ? "entirely" : "partly"
                findings.append(finding(
                    "focus block \(quoted: block.value) of \(owner.label) lies \(extent) outside their working hours",
                    at: block.span,
                    help: "outside working hours the recipient is already 'after_hours'; keep focus blocks inside the working hours"))
            }
        }
        return findings
    }
}
