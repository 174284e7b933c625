import NormsPolicy
import NormsSource

/// An async channel that expects an immediate reply.
public struct AsyncChannelImmediateRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "async-channel-immediate",
        name: "Async Channel Immediate",
        category: .channels,
        defaultSeverity: .warning,
        summary: "An async channel (one that can wait) should not expect `reply_within: immediate` by default, nor in a team's override.",
        rationale: """
            Async channels do not notify by default: the message waits until the recipient looks. An \
            immediate reply expectation on every message of such a channel turns it into a sync channel \
            that nobody is alerted on — people end up watching chat all day. Make the urgent cases a \
            rule (`when: {level: urgent}`), or use a sync channel for them.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async, reply_within: ↓immediate}
                """),
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async, reply_within: 4 business hours}
                teams:
                  support:
                    channels: {chat: {reply_within: ↓immediate}}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async, reply_within: 4 business hours}
                  phone: {mode: sync, reply_within: immediate}
                teams:
                  support:
                    channels: {chat: {reply_within: 15m}}
                """),
        ]
    )

    public func check(_ context: LintContext) -> [Finding] {
        guard let policy = context.policy else { return [] }
        let help = "expect a reply that can wait, and make urgent cases a rule or a sync channel"
        var findings: [Finding] = []
        for channel in policy.channels where channel.mode.value == .async {
            if let reply = channel.replyWithin, reply.value == .immediate {
                findings.append(finding("async channel \(quoted: channel.id.value) expects an immediate reply to every message",
                                        at: reply.span, help: help))
            }
        }
        for team in policy.teams {
            for override in team.channels {
                guard let reply = override.replyWithin, reply.value == .immediate,
                      policy.channel(override.channel.value)?.mode.value == .async else { continue }
                findings.append(finding(
                    "team \(quoted: team.id.value) expects an immediate reply to every message on async channel \(quoted: override.channel.value)",
                    at: reply.span, help: help))
            }
        }
        return findings
    }
}
