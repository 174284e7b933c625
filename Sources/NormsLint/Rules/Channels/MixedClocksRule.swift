import NormsPolicy
import NormsSource

/// Wall-clock and business-time expectations mixed on one channel.
public struct MixedClocksRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "mixed-clocks",
        name: "Mixed Clocks",
        category: .channels,
        defaultSeverity: .info,
        summary: "The reply expectations for one channel use one clock: elapsed time or business time, not both.",
        rationale: """
            `4h` counts elapsed time, nights and weekends included; `4 business hours` counts only the \
            recipient's working time. When a channel's default uses one and a rule or team override for \
            that channel uses the other, which expectation is more demanding depends on the hour the \
            message is sent, and the earliest deadline wins — so the rule may apply only at night, or \
            only during the day. Sometimes that is the intent; usually it is an oversight.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async, reply_within: 4 business hours}
                rules:
                  - id: questions-within-two-hours
                    when: {channel: chat, kind: question}
                    then: {reply_within: ↓2h}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async, reply_within: 4 business hours}
                rules:
                  - id: questions-within-two-hours
                    when: {channel: chat, kind: question}
                    then: {reply_within: 2 business hours}
                  - id: urgent-is-immediate
                    when: {channel: chat, level: urgent}
                    then: {reply_within: immediate}
                """),
        ]
    )

    /// The clock a duration counts on, or `nil` for `immediate` and `none`.
    private static func clock(_ duration: PolicyDuration) -> String? {
        if duration.isWallClock { return "elapsed time" }
        if duration.isBusinessTime { return "business time" }
        return nil
    }

    public func check(_ context: LintContext) -> [Finding] {
        guard let policy = context.policy else { return [] }
        var findings: [Finding] = []
        // The rules that set a reply time for some channels, with those channels, read once for every channel.
        let ruleReplies = policy.rules.compactMap { rule -> (rule: NormRule, channels: [Located<String>], reply: Located<PolicyDuration>)? in
            guard let channels = rule.when?.channel, let reply = rule.then.replyWithin else { return nil }
            return (rule, channels, reply)
        }
        for channel in policy.channels {
            guard let base = channel.replyWithin, let clock = Self.clock(base.value) else { continue }
            // Who sets each other reply time: `rule` or `team`, and its id; named in a message only
            // when the clocks differ.
            var others: [(owner: (kind: String, id: String), reply: Located<PolicyDuration>)] = []
            others += ruleReplies.compactMap { rule, channels, reply in
                guard channels.contains(where: { $0.value == channel.id.value }) else { return nil }
                return (("rule", rule.id.value), reply)
            }
            others += policy.teams.compactMap { team in
                team.override(for: channel.id.value)?.replyWithin.map { (("team", team.id.value), $0) }
            }
            for (owner, reply) in others {
                guard let other = Self.clock(reply.value), other != clock else { continue }
                findings.append(finding(
                    "\(owner.kind) \(quoted: owner.id) counts \(quoted: reply.value) in \(other) on \(quoted: channel.id.value), whose default \(quoted: base.value) counts \(clock)",
                    at: reply.span,
                    help: "use one clock for the channel, or check that the earliest deadline is the one meant at every hour",
                    notes: [.init("the channel's default is set here", at: base.span)]))
            }
        }
        return findings
    }
}
