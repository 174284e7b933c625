import NormsPolicy
import NormsSource

/// A suggested channel that does not allow the message either.
public struct SuggestionNotAllowedRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "suggestion-not-allowed",
        name: "Suggestion Not Allowed",
        category: .channels,
        defaultSeverity: .error,
        summary: "A `suggest` must name a channel that allows the levels for which it is suggested.",
        rationale: """
            A channel suggests another for the messages it refuses — those below its `min_level`; a \
            rule suggests one for the messages it matches. When the suggested channel refuses them too \
            (or the channel suggests itself), following the advice produces the next violation.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                  pager: {mode: sync, min_level: high}
                  phone: {mode: sync, min_level: urgent, suggest: ↓pager}
                """),
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async}
                  phone: {mode: sync, min_level: urgent}
                rules:
                  - id: no-chat-for-incidents
                    when: {kind: incident, channel: chat}
                    then: {violation: Incidents are called in., suggest: ↓phone}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async}
                  phone: {mode: sync, min_level: urgent, suggest: chat}
                rules:
                  - id: outages-are-urgent
                    when: {tags: [outage]}
                    then: {level: urgent}
                  - id: outages-by-phone
                    when: {tags: [outage], channel: chat}
                    then: {violation: Outages are called in., suggest: phone}
                """),
        ],
        requiresValidPolicy: true
    )

    public func check(_ context: LintContext) -> [Finding] {
        guard let policy = context.policy else { return [] }
        guard let logic = context.conditionLogic else { return [] }
        var findings: [Finding] = []
        for channel in policy.channels {
            // The channel refuses every level below its minimum, the lowest level among them.
            guard let suggest = channel.suggest, let minimum = channel.minLevel.flatMap({ logic.levels.rank($0.value) }),
                  minimum > 0, let target = policy.channel(suggest.value),
                  let problem = refusal(of: target, forLowest: 0, logic: logic) else { continue }
            findings.append(finding(
                "\(quoted: channel.id.value) suggests \(quoted: target.id.value) for messages below \(quoted: logic.levels.name(minimum)), but \(problem)",
                at: suggest.span, help: "suggest a channel that allows \(quoted: logic.levels.name(0)) messages"))
        }
        for (index, rule) in policy.rules.enumerated() where rule.then.violation != nil {
            guard let suggest = rule.then.suggest, let target = policy.channel(suggest.value),
                  let lowest = logic.admittedRanks(ofRuleAt: index)?.min(),
                  let problem = refusal(of: target, forLowest: lowest, logic: logic) else { continue }
            findings.append(finding(
                "rule \(quoted: rule.id.value) suggests \(quoted: target.id.value), but \(problem)",
                at: suggest.span, help: "suggest a channel that allows \(quoted: logic.levels.name(lowest)) messages"))
        }
        return findings
    }

    /// Why `channel` refuses a message at rank `lowest`, or `nil` when it allows it.
    private func refusal(of channel: Channel, forLowest lowest: Int, logic: ConditionLogic) -> String? {
        guard let minimum = channel.minLevel, let rank = logic.levels.rank(minimum.value), rank > lowest else { return nil }
        return "\(quoted: channel.id.value) refuses \(quoted: logic.levels.name(lowest)) messages too (its min_level is \(quoted: minimum.value))"
    }
}
