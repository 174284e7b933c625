import NormsPolicy

/// Notifications and the interruptions among them: those that found the recipient in focus
/// time, after hours, on a holiday or away.
public struct InterruptionFigures: Sendable, Equatable {
    public var notifications = 0
    public var focus = 0
    public var afterHours = 0
    public var holiday = 0
    public var away = 0

    public init() {}

    /// Every notification that interrupted.
    public var interruptions: Int { focus + afterHours + holiday + away }

    mutating func add(_ notification: Observation.Notification) {
        notifications += 1
        switch notification.state {
        case .focus: focus += 1
        case .afterHours: afterHours += 1
        case .holiday: holiday += 1
        case .away: away += 1
        case .available: break
        }
    }
}

/// Replies against the policy's deadlines.
public struct ReplyFigures: Sendable, Equatable {
    /// Answered at or before the deadline.
    public var inTime = 0
    /// Answered after the deadline.
    public var late = 0
    /// Not answered, and the deadline lies at or before the end of the log (``AuditReport/asOf``).
    public var unanswered = 0
    /// Not answered, and the deadline lies after the end of the log: not yet due.
    public var open = 0
    /// The log does not record replies (a decision log), so the deadline cannot be judged.
    public var unknown = 0
    /// Lateness of late replies, in the recipient's working time (seconds).
    public var lateness = QuantileSketch()

    public init() {}

    /// Replies that were due: in time, late, or unanswered past the deadline.
    public var due: Int { inTime + late + unanswered }

    /// The share of due replies answered in time; `nil` when none was due.
    public var compliance: Double? { due == 0 ? nil : Double(inTime) / Double(due) }
}

/// The figures of one slice of the log (the whole log, a channel, a team, a person or a week).
public struct Figures: Sendable, Equatable {
    /// Messages (for a team or a person: messages sent to them).
    public var messages = 0
    /// Message × recipient pairs.
    public var deliveries = 0
    /// Notifications as they happened.
    public var actual = InterruptionFigures()
    /// Notifications as the policy would make them.
    public var policy = InterruptionFigures()
    public var replies = ReplyFigures()
    /// Escalations the policy would plan: the decision has one.
    public var escalationsPlanned = 0
    /// Escalations that would have fired: no reply had come when they were due (only where the
    /// log records replies, and only once the log's end passes them).
    public var escalationsFired = 0

    public init() {}

    /// Interruptions the policy avoids: actual minus policy (negative when it adds some).
    public var protected: Int { actual.interruptions - policy.interruptions }
}
