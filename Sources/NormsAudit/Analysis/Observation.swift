import NormsEngine
import NormsPolicy

/// What one log entry contributes to the audit: the policy's decision and what really happened,
/// reduced to the few numbers the figures need. Built on a worker thread, folded on one.
public struct Observation: Sendable {
    /// A notification in a recipient's local time, and the state it found them in.
    public struct Notification: Sendable, Equatable {
        public var state: RecipientState
        /// Monday 0 … Sunday 6, in the recipient's zone.
        public var weekday: Int
        /// 0 … 23, in the recipient's zone.
        public var hour: Int

        public init(state: RecipientState, weekday: Int, hour: Int) {
            self.state = state
            self.weekday = weekday
            self.hour = hour
        }

        /// Whether the notification interrupted: it found the recipient in focus time, after hours,
        /// on a holiday or away.
        public var isInterruption: Bool { state != .available }
    }

    /// How a recipient's reply went against the policy's deadline.
    public enum Reply: Sendable, Equatable {
        /// The policy expects no reply by a time (`none`, or no working time).
        case noDeadline
        /// The log does not record replies (a decision log, or no delivery data).
        case unknown(deadline: Instant)
        /// Answered at or before the deadline.
        case inTime
        /// Answered after the deadline, this much working time late (seconds).
        case late(workingSeconds: Int)
        /// Not answered; past its deadline once the log's end passes it.
        case unanswered(deadline: Instant)
    }

    /// One recipient of the message.
    public struct Recipient: Sendable {
        /// The recipient's number in ``PolicyNumbers/recipientIDs``.
        var number: Int
        /// The number of the recipient's home team (for a team, itself); `nil` for a person in no team.
        var team: Int?
        /// The notification as it happened; `nil` when it never came.
        public var actual: Notification?
        /// The notification the policy would make (`notify: now` or `later`); `nil` for `none`.
        public var policy: Notification?
        public var reply: Reply
        /// When the policy's escalation would fire, if it has one.
        public var escalationAt: Instant?
        /// When the recipient answered, if they did and the log says so.
        public var repliedAt: Instant?
        /// Whether the log records this recipient's replies at all.
        public var isReplyRecorded: Bool
    }

    /// The channel's number in ``PolicyNumbers/channels``.
    var channel: Int
    public var sender: String
    /// The Monday that starts the week of `sent_at`, in the policy's zone, as a day number.
    public var week: Int
    /// The latest instant the entry mentions: the log's end is the latest of these.
    public var latestInstant: Instant
    public var allowed: Bool
    /// The rules that held for any recipient, each once, by number (``PolicyNumbers/rules``).
    var rulesFired: [Int]
    /// The violated rules, each once; channel constraints are named `channel.NAME.…`.
    public var violations: [String]
    public var recipients: [Recipient]
}
