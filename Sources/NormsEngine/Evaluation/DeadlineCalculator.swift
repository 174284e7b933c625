import NormsPolicy

/// Turns durations into instants for one recipient and one message (step 3.5 of the evaluation).
struct DeadlineCalculator {
    let calendar: WorkCalendar
    let sentAt: Instant
    /// When the recipient is notified; `nil` when nothing notifies.
    let notifyAt: Instant?
    /// Whether the notification waits (`notify: later`).
    let notifiesLater: Bool
    /// What `immediate` means, in seconds.
    let immediateWindow: Int

    /// When the reply clock starts: at the notification when it waits (`notify: later`), so a
    /// reply is never due before the recipient is told; otherwise at `sent_at`. `nil` when the
    /// notification waits for an instant that never comes.
    var clockStart: Instant? { notifiesLater ? notifyAt : sentAt }

    /// The deadline a reply expectation gives, or `nil` when there is none (`none`, or no
    /// working or available time within the search horizon).
    ///
    /// - `immediate`: the notification plus the immediate window; when nothing notifies, the next
    ///   instant the recipient is available plus the window.
    /// - wall clock: the ``clockStart`` plus that much elapsed time.
    /// - business hours and days: counted in the recipient's working time from the ``clockStart``.
    func deadline(for duration: PolicyDuration) -> Instant? {
        switch duration {
        case .immediate:
            return (notifyAt ?? calendar.nextAvailable(from: sentAt)).map { $0 + immediateWindow }
        case .none:
            return nil
        case .wallClock, .businessHours, .businessDays:
            return clockStart.flatMap { instant(after: duration, from: $0) }
        }
    }

    /// `from` plus a duration: elapsed time for wall-clock durations and `immediate` (the
    /// immediate window), working time for business durations; `nil` for `none`.
    func instant(after duration: PolicyDuration, from start: Instant) -> Instant? {
        switch duration {
        case .immediate: start + immediateWindow
        case .none: nil
        case .wallClock(let minutes): start + minutes * 60
        case .businessHours(let hours): calendar.adding(businessHours: hours, to: start)
        case .businessDays(let days): calendar.adding(businessDays: days, to: start)
        }
    }

    /// How demanding an expectation is, for "the earliest deadline wins": a real deadline by its
    /// instant, then an expectation that cannot be met in time, then `none`.
    func rank(_ duration: PolicyDuration, _ deadline: Instant?) -> (Int, Instant) {
        if let deadline { return (0, deadline) }
        return duration == .none ? (2, 0) : (1, 0)
    }

    /// Why an expectation other than `none` gives no deadline, for the decision's notes.
    func whyNoDeadline(for duration: PolicyDuration) -> String? {
        let id = calendar.profile.id
        if clockStart == nil, duration != .none, duration != .immediate {
            return "\(id) is never available within a year, so the reply clock never starts and \(quoted: duration) has no deadline"
        }
        switch duration {
        case .none, .wallClock:
            return nil
        case .businessHours, .businessDays:
            return calendar.profile.hasWorkingTime
                ? "\(id) has no working time within a year, so \(quoted: duration) has no deadline"
                : "\(id) has no working time in the week, so \(quoted: duration) has no deadline"
        case .immediate:
            return "\(id) is never available within a year, so 'immediate' has no deadline"
        }
    }
}
