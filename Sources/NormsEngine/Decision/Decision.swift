import NormsPolicy
import NormsSource

/// The answer for one message: may it be sent this way, whom it interrupts now, and by when a
/// reply is expected — with the rules that decided it.
public struct Decision: Sendable {
    /// The policy's name.
    public var policy: String { didSet { leadingJSON = nil } }
    /// The message's level after classification.
    public var level: String { didSet { leadingJSON = nil } }
    /// `"policy":NAME,"level":LEVEL,"needs_immediate_reply":` when the evaluator made the
    /// decision: written once per level, when the policy is compiled.
    var leadingJSON: [UInt8]?
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
}

// Initialisers written out live in extensions, so that the evaluator builds its decisions with
// the memberwise initialiser: one written out assigns each field of a value in memory and
// copies the whole value out, a retain and a release of every reference it holds.

extension Decision {
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
    public var rule: String {
        get { content.rule }
        set { content = Content(rule: newValue, severity: severity, message: message, suggest: suggest, source: source) }
    }
    /// The severity after the rule's mode (`advisory` reports at `info`).
    public var severity: Severity {
        get { content.severity }
        set { content = Content(rule: rule, severity: newValue, message: message, suggest: suggest, source: source) }
    }
    public var message: String {
        get { content.message }
        set { content = Content(rule: rule, severity: severity, message: newValue, suggest: suggest, source: source) }
    }
    /// The channel to use instead, if any.
    public var suggest: String? {
        get { content.suggest }
        set { content = Content(rule: rule, severity: severity, message: message, suggest: newValue, source: source) }
    }
    /// Where the violated norm is defined.
    public var source: SourceSpan {
        get { content.source }
        set { content = Content(rule: rule, severity: severity, message: message, suggest: suggest, source: newValue) }
    }
    /// Whether the violation counts against `allowed`.
    public var isEnforced: Bool
    /// Everything but ``isEnforced``, in one shared object made when the violation is made or
    /// changed: a rule's violation is made once, and copying it into every decision that breaks
    /// the rule costs one reference count, not one per field.
    private var content: Content

    public init(rule: String, severity: Severity, message: String, suggest: String?, source: SourceSpan, isEnforced: Bool) {
        self.content = Content(rule: rule, severity: severity, message: message, suggest: suggest, source: source)
        self.isEnforced = isEnforced
    }

    /// The violation as compact JSON, made with the violation and written as it is.
    var compactJSON: [UInt8] { content.compactJSON }

    public static func == (left: Violation, right: Violation) -> Bool {
        left.isEnforced == right.isEnforced && left.rule == right.rule && left.severity == right.severity
            && left.message == right.message && left.suggest == right.suggest && left.source == right.source
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rule)
        hasher.combine(severity)
        hasher.combine(message)
        hasher.combine(suggest)
        hasher.combine(source)
        hasher.combine(isEnforced)
    }

    /// A violation's fields, never changed once made, and its compact JSON.
    private final class Content: Sendable {
        let rule: String
        let severity: Severity
        let message: String
        let suggest: String?
        let source: SourceSpan
        let compactJSON: [UInt8]

        init(rule: String, severity: Severity, message: String, suggest: String?, source: SourceSpan) {
            self.rule = rule
            self.severity = severity
            self.message = message
            self.suggest = suggest
            self.source = source
            self.compactJSON = Violation.compactJSON(rule: rule, severity: severity, message: message, suggest: suggest, source: source)
        }
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
    public var id: String { didSet { leadingJSON = nil } }
    public var timezone: String { didSet { leadingJSON = nil } }
    /// `{"id":ID,"timezone":ZONE,"local_time":` when the evaluator made the decision: each
    /// recipient's is written once, when the policy is compiled.
    var leadingJSON: [UInt8]?
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
    public var rules: [String] {
        get {
            switch ruleList {
            case .ids(let ids): ids
            case .indices(let indices, let table): indices.map { table.ids[$0] }
            }
        }
        set { ruleList = .ids(newValue) }
    }
    /// ``rules`` as stored: a decision of the evaluator keeps the rules' indices and the policy's
    /// table of ids, whose JSON is escaped once, when the policy is compiled, and written as it is.
    var ruleList: RuleList
    /// Why a field is missing or surprising ("no working time in the week, so no business deadline").
    public var notes: [String]
    /// The rule or default that decided ``replyWithin``, ``notify`` and ``escalation``.
    public var decidedBy: DecidedBy

    /// How a decision holds its matching rules.
    enum RuleList: Sendable {
        /// The ids, as given to the public initialiser or set.
        case ids([String])
        /// Rule indices in policy order, and the policy's ids.
        case indices([Int], of: RuleIDTable)
    }
}

extension RecipientDecision {
    public init(id: String, timezone: String, localTime: Timestamp, state: RecipientState, replyWithin: PolicyDuration,
                deadline: Timestamp?, notify: Notify, notifyAt: Timestamp?, escalation: EscalationDecision?,
                rules: [String], notes: [String] = [], decidedBy: DecidedBy) {
        self.init(id: id, timezone: timezone, localTime: localTime, state: state, replyWithin: replyWithin, deadline: deadline,
                  notify: notify, notifyAt: notifyAt, escalation: escalation, ruleList: .ids(rules), notes: notes,
                  decidedBy: decidedBy)
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
