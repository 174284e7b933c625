import NormsPolicy

/// A live status a message reports for a recipient, and the time it lasts.
package struct LiveStatusWindow: Sendable, Hashable {
    package var status: LiveStatus
    /// From the moment the message was sent to `until`, or to the end of the recipient's
    /// current working period (the next one, when sent outside working hours); `Int.max` when
    /// no period follows.
    package var interval: InstantInterval

    package init(status: LiveStatus, interval: InstantInterval) {
        self.status = status
        self.interval = interval
    }
}
