import NormsEngine

/// Deadlines and escalations of unanswered messages whose outcome depends on where the log ends.
///
/// An instant at or before the latest instant seen so far is settled at once (the log's end can
/// only be later). Later ones wait here, and are settled as the log goes on and at its end. In a
/// log in time order only the entries of the last deadline window wait, so the list stays short
/// however long the log; it is compacted whenever it doubles.
struct PendingEvents {
    enum Kind { case deadline, escalation }

    struct Event {
        var at: Instant
        var kind: Kind
        /// The cells of ``AuditAccumulator`` the event counts in.
        var cells: AuditAccumulator.Cells
    }

    private(set) var events: [Event] = []
    private var compactAt = 1024

    /// Adds an event not yet settled, or settles what the latest instant settles when full.
    mutating func add(_ event: Event, latest: Instant, settle: (Event, _ isPast: Bool) -> Void) {
        events.append(event)
        guard events.count >= compactAt else { return }
        events.removeAll { event in
            guard event.at <= latest else { return false }
            settle(event, true)
            return true
        }
        compactAt = max(1024, events.count * 2)
    }

    /// Settles every event against the log's end.
    mutating func finish(asOf: Instant, settle: (Event, _ isPast: Bool) -> Void) {
        for event in events { settle(event, event.at <= asOf) }
        events = []
    }
}
