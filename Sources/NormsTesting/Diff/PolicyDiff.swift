import NormsSource

/// What a policy change does to a set of messages.
public struct PolicyDiff: Sendable {
    /// How many messages were evaluated.
    public var total: Int
    /// The messages whose decision changed, in input order.
    public var messages: [MessageChange]
    /// How many messages both versions refuse for the same reason (counted in ``total``, not changed).
    public var refusedByBoth: Int

    public init(total: Int, messages: [MessageChange], refusedByBoth: Int = 0) {
        self.total = total
        self.messages = messages
        self.refusedByBoth = refusedByBoth
    }

    public var changed: Int { messages.count }
}

/// One message whose decision changed.
public struct MessageChange: Sendable, Equatable {
    /// `file:line` of the message.
    public var source: String
    /// Message-level changes first (`recipient` is `nil`), then each recipient's, in recipient order.
    public var changes: [FieldChange]

    public init(source: String, changes: [FieldChange]) {
        self.source = source
        self.changes = changes
    }
}

/// One decision field whose value changed.
///
/// `field` is one of `level`, `allowed`, `needs_immediate_reply`, `violations` (message-level),
/// `state`, `reply_within`, `deadline`, `notify`, `notify_at`, `escalation` (per recipient), or
/// `error`: the engine refused the message under one version only (or with another reason); the
/// side that evaluated has `null`, the other the reason. A refusal because a recipient is unknown
/// names that recipient; any other refusal has recipient `nil`.
public struct FieldChange: Sendable, Equatable {
    /// The recipient, or `nil` for a field of the whole message.
    public var recipient: String?
    public var field: String
    /// The values as the decision JSON writes them; `violations` as a list of rule ids.
    public var old: JSONValue
    public var new: JSONValue

    public init(recipient: String?, field: String, old: JSONValue, new: JSONValue) {
        self.recipient = recipient
        self.field = field
        self.old = old
        self.new = new
    }
}
