import NormsEngine

/// One entry of a message log: the message, and what really happened to it when the log says.
public struct AuditRecord: Sendable {
    /// What really happened for one recipient.
    public struct Delivery: Sendable, Equatable {
        /// When the recipient was actually notified; `nil`: at `sent_at`.
        public var notifiedAt: Instant?
        /// When the recipient answered; `nil`: no answer.
        public var repliedAt: Instant?

        public init(notifiedAt: Instant? = nil, repliedAt: Instant? = nil) {
            self.notifiedAt = notifiedAt
            self.repliedAt = repliedAt
        }
    }

    public var message: Message
    /// What happened per recipient id, when the log records it (a `delivery` object, or delivery
    /// columns in a CSV log); `nil` when the log says nothing about replies, as a decision log.
    /// A recipient missing from a recorded delivery was notified at `sent_at` and never answered.
    public var delivery: [String: Delivery]?
    /// For a decision-log line, when the serving policy had each recipient notified (`nil`: never),
    /// by recipient id: that is what actually happened to notifications.
    public var served: [String: Instant?]?

    public init(message: Message, delivery: [String: Delivery]? = nil, served: [String: Instant?]? = nil) {
        self.message = message
        self.delivery = delivery
        self.served = served
    }

    /// When `recipient` was actually notified, or `nil` when they never were: the decision log's
    /// notification, else `notified_at`, else `sent_at`.
    public func actualNotification(of recipient: String) -> Instant? { outcome(of: recipient).notifiedAt }

    /// When `recipient` was actually notified (as ``actualNotification(of:)``), and when they
    /// answered (`nil`: no answer, or the log does not say), from one look-up.
    func outcome(of recipient: String) -> (notifiedAt: Instant?, repliedAt: Instant?) {
        let sentAt = message.sentAt.value.instant
        if let served { return (served[recipient] ?? sentAt, nil) }
        guard let delivered = delivery?[recipient] else { return (sentAt, nil) }
        return (delivered.notifiedAt ?? sentAt, delivered.repliedAt)
    }
}
