import NormsPolicy
import NormsSource

/// One concrete message to evaluate: the scenario input of `norms check`.
public struct Message: Sendable {
    /// A live status the message reports for one recipient.
    public struct Status: Sendable {
        public var recipient: Located<String>
        public var status: Located<LiveStatus>
        /// When the status ends; without it, the status lasts to the end of the recipient's
        /// current working period (or of the next one, when sent outside working hours).
        public var until: Timestamp?

        public init(recipient: Located<String>, status: Located<LiveStatus>, until: Timestamp? = nil) {
            self.recipient = recipient
            self.status = status
            self.until = until
        }
    }

    /// What a meeting invitation says about the meeting.
    public struct Meeting: Sendable {
        public var startsAt: Timestamp?
        public var agenda: Bool?
        public var preworkSharedAt: Timestamp?
        public var span: SourceSpan

        public init(startsAt: Timestamp? = nil, agenda: Bool? = nil, preworkSharedAt: Timestamp? = nil, span: SourceSpan) {
            self.startsAt = startsAt
            self.agenda = agenda
            self.preworkSharedAt = preworkSharedAt
            self.span = span
        }
    }

    /// The caller's own name for the message, echoed in batch output; TeamNorms never reads it.
    public var id: String?
    public var channel: Located<String>
    /// The sender; an id the policy does not know is `external`.
    public var from: Located<String>
    /// Person or team ids; a team is one recipient.
    public var to: [Located<String>]
    public var sentAt: Located<Timestamp>
    public var level: Located<String>?
    public var kind: Located<String>?
    public var tags: [Located<String>]
    public var subject: String?
    public var body: String?
    public var statuses: [Status]
    public var meeting: Meeting?
    /// Where the message was read from (for a batch, the line).
    public var span: SourceSpan
}

// Written out in an extension, so that the readers build messages with the memberwise
// initialiser: one written out assigns each field of a value in memory and copies the whole
// value out, a retain and a release of every reference it holds.
extension Message {
    public init(
        channel: Located<String>, from: Located<String>, to: [Located<String>], sentAt: Located<Timestamp>,
        level: Located<String>? = nil, kind: Located<String>? = nil, tags: [Located<String>] = [], subject: String? = nil,
        body: String? = nil, statuses: [Status] = [], meeting: Meeting? = nil, span: SourceSpan, id: String? = nil
    ) {
        self.id = id
        self.channel = channel
        self.from = from
        self.to = to
        self.sentAt = sentAt
        self.level = level
        self.kind = kind
        self.tags = tags
        self.subject = subject
        self.body = body
        self.statuses = statuses
        self.meeting = meeting
        self.span = span
    }
}
