import NormsPolicy

/// A live status a message reports for a recipient, and the time it lasts.
public struct LiveStatusWindow: Sendable, Hashable {
    public var status: LiveStatus
    /// From the moment the message was sent to `until`, or to the end of the recipient's
    /// current working period (the next one, when sent outside working hours); `Int.max` when
    /// no period follows.
    public var interval: TimeInterval

    public init(status: LiveStatus, interval: TimeInterval) {
        self.status = status
        self.interval = interval
    }
}
