import NormsSource

/// Whether a channel expects presence.
public enum ChannelMode: String, Sendable, Hashable, CaseIterable {
    /// Expects presence: phone, call, meeting.
    case sync
    /// Can wait: e-mail, chat, tracker.
    case async
}

/// A way to reach people, with its default reply expectation.
public struct Channel: Sendable {
    public var id: Located<String>
    public var description: String?
    public var mode: Located<ChannelMode>
    /// The default reply expectation; `none` when not set.
    public var replyWithin: Located<PolicyDuration>?
    /// Whether a message on it notifies the recipient at all; `nil` means the mode's default.
    public var interrupts: Located<Bool>?
    /// The lowest level this channel may be used for.
    public var minLevel: Located<String>?
    /// The channel to propose when this one is not allowed.
    public var suggest: Located<String>?
    /// Conditions for meeting-like channels.
    public var requires: MeetingRequirements?

    public init(
        id: Located<String>, description: String? = nil, mode: Located<ChannelMode>, replyWithin: Located<PolicyDuration>? = nil,
        interrupts: Located<Bool>? = nil, minLevel: Located<String>? = nil, suggest: Located<String>? = nil,
        requires: MeetingRequirements? = nil
    ) {
        self.id = id
        self.description = description
        self.mode = mode
        self.replyWithin = replyWithin
        self.interrupts = interrupts
        self.minLevel = minLevel
        self.suggest = suggest
        self.requires = requires
    }

    /// The reply expectation after defaults: `none` when the channel sets none.
    public var effectiveReplyWithin: PolicyDuration { replyWithin?.value ?? .none }

    /// Whether it notifies after defaults: `true` for sync channels, `false` for async ones.
    public var effectiveInterrupts: Bool { interrupts?.value ?? (mode.value == .sync) }
}

/// What a meeting-like channel requires of a message: an agenda and enough notice.
public struct MeetingRequirements: Sendable {
    public var agenda: Located<Bool>?
    /// The invite must be sent at least this many minutes before the meeting starts.
    public var notice: Located<Int>?
    /// Materials must be shared at least this many minutes before the meeting starts.
    public var preworkNotice: Located<Int>?

    public init(agenda: Located<Bool>? = nil, notice: Located<Int>? = nil, preworkNotice: Located<Int>? = nil) {
        self.agenda = agenda
        self.notice = notice
        self.preworkNotice = preworkNotice
    }
}

/// A team's per-channel override of `reply_within` and `interrupts`.
public struct ChannelOverride: Sendable {
    public var channel: Located<String>
    public var replyWithin: Located<PolicyDuration>?
    public var interrupts: Located<Bool>?

    public init(channel: Located<String>, replyWithin: Located<PolicyDuration>? = nil, interrupts: Located<Bool>? = nil) {
        self.channel = channel
        self.replyWithin = replyWithin
        self.interrupts = interrupts
    }
}
