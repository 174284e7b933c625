import NormsPolicy
import NormsSource

/// A rule with an end date but nobody to answer for it.
public struct ExpiryWithoutOwnerRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "expiry-without-owner",
        name: "Expiry Without Owner",
        category: .hygiene,
        defaultSeverity: .warning,
        summary: "A rule with `expires` names an `owner` who decides what happens when it runs out.",
        rationale: """
            An expiring rule fails lint on the day after its date. Without an owner, whoever is on duty \
            that day has to find out why the exception existed and whether it still should.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async}
                rules:
                  - id: ↓migration-chat-channel
                    when: {channel: chat}
                    then: {reply_within: 1 business day}
                    expires: 2999-12-31
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async}
                teams:
                  platform: {}
                rules:
                  - id: migration-chat-channel
                    when: {channel: chat}
                    then: {reply_within: 1 business day}
                    owner: platform
                    expires: 2999-12-31
                """),
        ]
    )

    public func check(_ context: LintContext) -> [Finding] {
        guard let policy = context.policy else { return [] }
        return policy.rules.compactMap { rule in
            guard let expires = rule.expires, rule.owner == nil else { return nil }
            return finding(
                "rule \(quoted: rule.id.value) expires on \(expires.value) but names no owner",
                at: rule.id.span,
                help: "add 'owner:' with the person or team who decides whether to renew it")
        }
    }
}
