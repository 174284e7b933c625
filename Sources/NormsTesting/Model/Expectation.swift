import NormsEngine
import NormsPolicy
import NormsSource

/// What a case expects: either an input error, or a subset of the decision's fields.
public enum Expectation: Sendable {
    /// The engine must reject the message; with a text, some diagnostic's message must contain it
    /// (case-insensitively) or its code must equal it.
    case error(Located<String?>)
    /// The decision must match every named field; fields not named are not compared.
    case decision([ExpectedField])
}

/// One expected field of a decision, with where it was written.
public struct ExpectedField: Sendable {
    /// What is compared.
    public var field: DecisionField
    /// The expected value.
    public var value: ExpectedValue
    /// The expected value's span in the test file.
    public var span: SourceSpan

    public init(field: DecisionField, value: ExpectedValue, span: SourceSpan) {
        self.field = field
        self.value = value
        self.span = span
    }
}

/// A field of a decision that a case can name.
public enum DecisionField: Sendable, Hashable, CustomStringConvertible {
    case policy
    case level
    case needsImmediateReply
    case allowed
    /// The violated rule ids, as a set.
    case violations
    /// The rules matched by any recipient, as a set.
    case rules
    /// A field of one recipient's decision; a `nil` field checks only that the recipient is present.
    case recipient(String, RecipientField?)

    /// The dotted name used in failure reports: `level`, `recipients.bob.deadline`.
    public var description: String {
        switch self {
        case .policy: "policy"
        case .level: "level"
        case .needsImmediateReply: "needs_immediate_reply"
        case .allowed: "allowed"
        case .violations: "violations"
        case .rules: "rules"
        case .recipient(let id, let field?): "recipients.\(id).\(field.rawValue)"
        case .recipient(let id, nil): "recipients.\(id)"
        }
    }

    /// The keys `expect:` accepts at the top level.
    public static let topLevelKeys = ["policy", "level", "needs_immediate_reply", "allowed", "violations", "rules", "recipients", "error"]
}

/// A field of one recipient's decision.
public enum RecipientField: String, Sendable, Hashable, CaseIterable {
    case timezone
    case localTime = "local_time"
    case state
    case replyWithin = "reply_within"
    case deadline
    case notify
    case notifyAt = "notify_at"
    case escalation
    case rules
}

/// An expected value, typed by the field it belongs to.
public enum ExpectedValue: Sendable {
    /// A name compared exactly: level, policy, state, notify, timezone.
    case text(String)
    case bool(Bool)
    /// Rule ids compared as a set (order and repeats do not matter).
    case ids([String])
    /// A reply expectation, compared in canonical form.
    case duration(PolicyDuration)
    /// An instant, compared as an instant whatever its offset; `nil` expects `null`.
    case instant(Timestamp?)
    /// `nil` expects no escalation; otherwise the named parts must match.
    case escalation(EscalationExpectation?)
}

/// The named parts of an expected escalation.
public struct EscalationExpectation: Sendable {
    public var at: Timestamp?
    public var via: String?
    /// `.some(nil)` expects `to: null` (no backup).
    public var to: String??

    public init(at: Timestamp? = nil, via: String? = nil, to: String?? = nil) {
        self.at = at
        self.via = via
        self.to = to
    }
}
