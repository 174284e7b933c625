import NormsPolicy
import NormsSource

/// A rule past its `expires` date.
public struct ExpiredRuleRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "expired-rule",
        name: "Expired Rule",
        category: .hygiene,
        defaultSeverity: .error,
        summary: "A rule whose `expires` date has passed must be renewed or removed; the finding names its owner.",
        rationale: """
            Exceptions are written with an end date because they are meant to end: a launch week's \
            on-call duty, a migration's extra channel. A rule past its date still applies — the \
            evaluation does not look at `expires` — so lint fails until its owner decides. The date is \
            inclusive: a rule expiring today is still valid today.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async}
                people:
                  alice: {}
                rules:
                  - id: launch-week-on-call
                    when: {tags: [launch]}
                    then: {interrupt: true}
                    owner: alice
                    expires: ↓2020-03-31
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
                  alice: {}
                rules:
                  - id: launch-week-on-call
                    when: {tags: [launch]}
                    then: {interrupt: true}
                    owner: alice
                    expires: 2999-12-31
                """),
        ]
    )

    public func check(_ context: LintContext) -> [Finding] {
        guard let policy = context.policy else { return [] }
        return policy.rules.compactMap { rule in
            guard let expires = rule.expires, expires.value < context.today else { return nil }
            let owner = rule.owner.map { "ask its owner \(quoted: $0.value) to renew or remove it" }
                ?? "it names no owner to renew or remove it"
            return finding(
                "rule \(quoted: rule.id.value) expired on \(expires.value); \(owner)",
                at: expires.span,
                help: "move 'expires' to a later date if the rule still holds, or delete the rule")
        }
    }
}
