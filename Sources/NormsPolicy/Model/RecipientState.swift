/// A recipient's state at an instant, in the order the evaluation tests them.
public enum RecipientState: String, Sendable, Hashable, CaseIterable, Codable {
    case away
    case holiday
    case afterHours = "after_hours"
    case focus
    case available
}

/// A live status a message may report for a recipient.
public enum LiveStatus: String, Sendable, Hashable, CaseIterable {
    case available
    case focus
    case dnd
    case away
}
