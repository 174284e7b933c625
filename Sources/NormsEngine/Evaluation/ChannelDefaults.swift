import NormsPolicy

/// What a recipient's decision falls back on in one channel when no rule decides: the channel's
/// `reply_within` and `interrupts` after the recipient's home-team override, and what decided each
/// (``DecidedBy``). Worked out once per recipient and channel when the ``Evaluator`` is made.
struct ChannelDefaults: Sendable {
    let replyWithin: PolicyDuration
    /// `team.NAME` when the home team's override sets `reply_within`, else `channel.NAME`.
    let replyWithinSource: String
    let interrupts: Bool
    /// `team.NAME` when the home team's override sets `interrupts`, else `channel.NAME`.
    let interruptsSource: String

    /// - Parameter channelSource: `channel.NAME` of the channel.
    init(channel: Channel, channelSource: String, profile: RecipientProfile) {
        let override = profile.homeTeam?.override(for: channel.id.value)
        // A field the team override sets is decided by the team, else by the channel.
        func source(overridden: Bool) -> String { overridden ? profile.overrideSource! : channelSource }
        let overriddenReply = override?.replyWithin?.value
        replyWithin = overriddenReply ?? channel.effectiveReplyWithin
        replyWithinSource = source(overridden: overriddenReply != nil)
        let overriddenInterrupts = override?.interrupts?.value
        interrupts = overriddenInterrupts ?? channel.effectiveInterrupts
        interruptsSource = source(overridden: overriddenInterrupts != nil)
    }
}
