import NormsPolicy
import NormsSource

/// The answer for one message: may it be sent this way, whom it interrupts now, and by when a
/// reply is expected — with the rules that decided it.
public struct Decision: Sendable {
    /// The policy's name.
    public var policy: String
    /// The message's level after classification.
    public var level: String
    /// Whether any recipient's reply expectation is `immediate`.
    public var needsImmediateReply: Bool
    /// `false` when any enforced violation has severity `error`.
    public var allowed: Bool
    /// Each violated rule once: channel constraints first, then rules in policy order.
    public var violations: [Violation]
    /// One entry per recipient, in the order the message names them.
    public var recipients: [RecipientDecision]
    /// The evaluation trace, when it was asked for.
    public var trace: [RuleTrace]?
    /// What gave the final level: the id of the rule whose `level` effect raised it last,
    /// `message.level` when the message's own level stands, or `default_level` when the policy's
    /// default does.
    public var levelBy: String

    public init(policy: String, level: String, levelBy: String, needsImmediateReply: Bool, allowed: Bool,
                violations: [Violation], recipients: [RecipientDecision], trace: [RuleTrace]? = nil) {
        self.policy = policy
        self.level = level
        self.levelBy = levelBy
        self.needsImmediateReply = needsImmediateReply
        self.allowed = allowed
        self.violations = violations
        self.recipients = recipients
        self.trace = trace
    }
}

/// A norm the message breaks.
public struct Violation: Sendable, Hashable {
    /// The rule id, or `channel.NAME.min_level` / `channel.NAME.requires.agenda` etc. for channel constraints.
    public var rule: String { didSet { encodeJSON() } }
    /// The severity after the rule's mode (`advisory` reports at `info`).
    public var severity: Severity { didSet { encodeJSON() } }
    public var message: String { didSet { encodeJSON() } }
    /// The channel to use instead, if any.
    public var suggest: String? { didSet { encodeJSON() } }
    /// Where the violated norm is defined.
    public var source: SourceSpan { didSet { encodeJSON() } }
    /// Whether the violation counts against `allowed`.
    public var isEnforced: Bool
    /// The violation as compact JSON, made when the violation is made or changed: a rule's
    /// violation is made once and written in every decision that breaks the rule.
    var compactJSON: [UInt8] = []

    public init(rule: String, severity: Severity, message: String, suggest: String?, source: SourceSpan, isEnforced: Bool) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.suggest = suggest
        self.source = source
        self.isEnforced = isEnforced
        encodeJSON()
    }
}

/// How a message reaches a recipient.
public enum Notify: String, Sendable, Hashable, CaseIterable {
    /// Push a notification when the message is sent.
    case now
    /// Hold the notification until the recipient is next available.
    case later
    /// Never push; the recipient reads it when they next look.
    case none
}

/// What happens when no reply came in time.
public struct EscalationDecision: Sendable, Hashable {
    public var at: Timestamp
    public var via: String
    /// The person escalated to; `nil` for `to: backup` when the recipient has no backup.
    public var to: String?
    /// The rule whose escalation won.
    public var rule: String

    public init(at: Timestamp, via: String, to: String?, rule: String) {
        self.at = at
        self.via = via
        self.to = to
        self.rule = rule
    }
}

/// The decision for one recipient.
public struct RecipientDecision: Sendable {
    public var id: String
    public var timezone: String
    /// `sent_at` in the recipient's zone.
    public var localTime: Timestamp
    public var state: RecipientState
    /// The winning reply expectation.
    public var replyWithin: PolicyDuration
    public var deadline: Timestamp?
    public var notify: Notify
    public var notifyAt: Timestamp?
    public var escalation: EscalationDecision?
    /// Every rule whose conditions hold for this recipient with the final level, in policy order.
    public var rules: [String] { didSet { ruleIDsJSON = nil } }
    /// Each of ``rules`` as a JSON string, when the evaluator made the decision: each rule's id is
    /// escaped once, when the policy is compiled, and written as it is in every decision.
    var ruleIDsJSON: [[UInt8]]?
    /// Why a field is missing or surprising ("no working time in the week, so no business deadline").
    public var notes: [String]
    /// The rule or default that decided ``replyWithin``, ``notify`` and ``escalation``.
    public var decidedBy: DecidedBy

    public init(id: String, timezone: String, localTime: Timestamp, state: RecipientState, replyWithin: PolicyDuration,
                deadline: Timestamp?, notify: Notify, notifyAt: Timestamp?, escalation: EscalationDecision?,
                rules: [String], notes: [String] = [], decidedBy: DecidedBy) {
        self.id = id
        self.timezone = timezone
        self.localTime = localTime
        self.state = state
        self.replyWithin = replyWithin
        self.deadline = deadline
        self.notify = notify
        self.notifyAt = notifyAt
        self.escalation = escalation
        self.rules = rules
        self.notes = notes
        self.decidedBy = decidedBy
    }

    /// A decision of the evaluator, with its rules' ids as JSON.
    init(id: String, timezone: String, localTime: Timestamp, state: RecipientState, replyWithin: PolicyDuration,
         deadline: Timestamp?, notify: Notify, notifyAt: Timestamp?, escalation: EscalationDecision?,
         rules: [String], notes: [String], decidedBy: DecidedBy, ruleIDsJSON: [[UInt8]]) {
        self.init(id: id, timezone: timezone, localTime: localTime, state: state, replyWithin: replyWithin, deadline: deadline,
                  notify: notify, notifyAt: notifyAt, escalation: escalation, rules: rules, notes: notes, decidedBy: decidedBy)
        self.ruleIDsJSON = ruleIDsJSON
    }
}

/// What decided each field of a recipient's decision: a rule id, or the default that applied —
/// `channel.NAME` for the channel's own setting, `team.NAME` for the home team's override of it
/// (for a team recipient, the team's own).
public struct DecidedBy: Sendable, Hashable {
    /// The rule whose `reply_within` won (step 3.3), or the default.
    public var replyWithin: String
    /// The rule that set `interrupt` or whose `breaks_through` applied (step 3.4), or the default
    /// whose `interrupts` setting decided.
    public var notify: String
    /// The rule whose escalation won (step 3.6); `nil` when there is no escalation.
    public var escalation: String?

    public init(replyWithin: String, notify: String, escalation: String?) {
        self.replyWithin = replyWithin
        self.notify = notify
        self.escalation = escalation
    }
}
