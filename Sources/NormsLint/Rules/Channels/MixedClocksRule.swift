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
        let ruleReplies = policy.rules.compactMap { rule -> (id: String, channels: [Located<String>], reply: Located<PolicyDuration>)? in
            guard let channels = rule.when?.channel, let reply = rule.then.replyWithin else { return nil }
            return (rule.id.value, channels, reply)
        }
        for channel in policy.channels {
            guard let base = channel.replyWithin, let clock = Self.clock(base.value) else { continue }
            // The end of the message and the note: the same for every finding on the channel.
            let messageEnd = " on \(quoted: channel.id.value), whose default \(quoted: base.value) counts \(clock)"
            let notes = [Diagnostic.Note("the channel's default is set here", at: base.span)]
            // Each other reply time, set by `rule` or `team` and its id: a finding when the clocks differ.
            func compare(_ kind: String, _ id: String, _ reply: Located<PolicyDuration>) {
                guard let other = Self.clock(reply.value), other != clock else { return }
                findings.append(finding(
                    "\(kind) \(quoted: id) counts \(quoted: reply.value) in \(other)" + messageEnd,
                    at: reply.span,
                    help: "use one clock for the channel, or check that the earliest deadline is the one meant at every hour",
                    notes: notes))
            }
            for (id, channels, reply) in ruleReplies where channels.contains(where: { $0.value == channel.id.value }) {
                compare("rule", id, reply)
            }
            for team in policy.teams {
                if let reply = team.override(for: channel.id.value)?.replyWithin { compare("team", team.id.value, reply) }
            }
        }
        return findings
    }
}
