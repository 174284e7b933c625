import NormsPolicy
import NormsSource

/// A sync channel that expects no reply.
public struct SyncChannelWithoutReplyRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "sync-channel-without-reply",
        name: "Sync Channel Without Reply",
        category: .channels,
        defaultSeverity: .warning,
        summary: "A sync channel (one that expects presence) should not say `reply_within: none`.",
        rationale: """
            A sync channel — a call, a pager — interrupts people because something needs them now. \
            Saying explicitly that no reply is expected contradicts the mode: either the channel is \
            really async, or it expects an `immediate` reply. Meeting channels, whose invitations need \
            no reply, can simply leave `reply_within` out.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  phone: {mode: sync, reply_within: ↓none}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  phone: {mode: sync, reply_within: immediate}
                  meeting: {mode: sync, requires: {agenda: true}}
                  email: {mode: async, reply_within: none}
                """),
        ]
    )

    public func check(_ context: LintContext) -> [Finding] {
        guard let policy = context.policy else { return [] }
        return policy.channels.compactMap { channel in
            guard channel.mode.value == .sync, let reply = channel.replyWithin, reply.value == .none else { return nil }
            return finding(
                "sync channel \(quoted: channel.id.value) expects presence but says no reply is expected",
                at: reply.span,
                help: "use 'reply_within: immediate', make the channel 'mode: async', or leave 'reply_within' out")
        }
    }
}
