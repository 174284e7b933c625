import NormsPolicy
import NormsSource

/// A schedule with no working time in the week.
public struct NoWorkingTimeRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "no-working-time",
        name: "No Working Time",
        category: .schedules,
        defaultSeverity: .error,
        summary: "Every person and team has some working time in the week.",
        rationale: """
            Business-time deadlines count working hours, and delayed notifications wait for the next \
            working period. With none in the week, `4 business hours` never ends and a message sent \
            \"for later\" is never delivered. Someone who does not work here at all should not be in \
            the policy; someone on leave belongs in `away`.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                people:
                  ↓bob:
                    working_hours: {}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                people:
                  bob:
                    working_hours: {sat-sun: "10:00-16:00"}
                """),
        ],
        requiresValidPolicy: true
    )

    public func check(_ context: LintContext) -> [Finding] {
        guard let policy = context.policy else { return [] }
        var findings: [Finding] = []
        let help = "give working hours such as {mon-fri: \"09:00-17:00\"}, or remove 'working_hours' to inherit them"
        if !policy.workingHours.hasWorkingTime {
            findings.append(finding("the policy's working hours hold no working time in the week",
                                    at: context.rootKeySpan("working_hours") ?? context.fileStart, help: help))
        }
        for owner in Recipient.all(in: policy) where owner.workingHours.map({ !$0.hasWorkingTime }) == true {
            findings.append(finding("\(owner.label) has no working time in the week", at: owner.id.span, help: help))
        }
        return findings
    }
}
