import NormsPolicy
import NormsSource

/// A rule that escalates through a channel the message's level may not use.
public struct EscalationChannelNotAllowedRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "escalation-channel-not-allowed",
        name: "Escalation Channel Not Allowed",
        category: .rules,
        defaultSeverity: .error,
        summary: "A rule escalates only through a channel that every level it can match may use.",
        rationale: """
            When a rule that matches `high` messages escalates by phone, and the phone is for `urgent` \
            only, the escalation itself breaks the policy. The level a rule can see is the one its \
            `when` admits, raised by its own `level` effect and by level rules that certainly apply \
            whenever it does.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async, reply_within: 4 business hours}
                  phone: {mode: sync, reply_within: immediate, min_level: urgent}
                rules:
                  - id: high-escalates
                    when: {level: ">= high"}
                    then:
                      reply_within: 1 business hour
                      escalate: {after: 30m, via: ↓phone}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async, reply_within: 4 business hours}
                  phone: {mode: sync, reply_within: immediate, min_level: urgent}
                rules:
                  - id: outages-are-urgent
                    when: {tags: [outage]}
                    then: {level: urgent}
                  - id: outages-escalate
                    when: {tags: [outage]}
                    then: {escalate: {after: 15m, via: phone}}
                  - id: high-escalates
                    when: {level: high}
                    then: {escalate: {after: 30m, via: chat}}
                """),
        ],
        requiresValidPolicy: true
    )

    public func check(_ context: LintContext) -> [Finding] {
        guard let policy = context.policy else { return [] }
        guard let logic = context.conditionLogic else { return [] }
        return policy.rules.enumerated().compactMap { index, rule in
            guard let escalation = rule.then.escalate, let channel = policy.channel(escalation.via.value),
                  let minimum = channel.minLevel, let minimumRank = logic.levels.rank(minimum.value),
                  let lowest = logic.admittedRanks(ofRuleAt: index)?.min(), lowest < minimumRank else { return nil }
            return finding(
                "rule \(quoted: rule.id.value) escalates via \(quoted: channel.id.value), which needs level \(quoted: minimum.value), but the rule also matches \(quoted: logic.levels.name(lowest)) messages",
                at: escalation.via.span,
                help: "escalate through a channel those levels may use, or narrow the rule with a level condition",
                notes: [.init("\(quoted: channel.id.value) requires \(quoted: minimum.value) here", at: minimum.span)])
        }
    }
}
