import NormsEngine
import NormsPolicy

/// The audit of one log against one policy: every figure the reporters show.
public struct AuditReport: Sendable {
    /// The version of the JSON report's schema (docs/audit.md); it grows when fields are added and
    /// changes only if a field's meaning changes.
    public static let schemaVersion = 1

    /// One row of a breakdown.
    public struct Row: Sendable {
        public var key: String
        public var figures: Figures
    }

    /// How often a rule of the policy held and was violated.
    public struct RuleRow: Sendable {
        public var id: String
        /// Messages for which the rule held for at least one recipient.
        public var fired: Int
        /// Messages that violated it.
        public var violations: Int
    }

    /// A key and how often it was counted.
    public struct Count: Sendable, Equatable {
        public var key: String
        public var count: Int

        public init(key: String, count: Int) {
            self.key = key
            self.count = count
        }
    }

    /// How many rows the top lists keep.
    public static let topLimit = 10

    public var policy: String
    /// The end of the log, against which unanswered deadlines are judged (UTC).
    public var asOf: Timestamp?
    /// Lines (or CSV rows) read, errors included.
    public var lines: Int
    /// Lines that could not be read or evaluated.
    public var errors: Int
    /// Messages the policy allows (no enforced violation of severity error).
    public var allowedMessages: Int
    public var total: Figures
    public var byChannel: [Row]
    public var byTeam: [Row]
    public var byPerson: [Row]
    /// By week, in order; the key is the Monday starting the week, in the policy's zone.
    public var byWeek: [Row]
    /// Every rule of the policy, in policy order.
    public var rules: [RuleRow]
    /// Violations by rule id, most first (channel constraints included).
    public var violationsByRule: [Count]
    /// Senders of violating messages, most first, at most ``topLimit``.
    public var topViolators: [Count]
    /// Whether ``topViolators`` is exact (fewer distinct senders than the counter holds).
    public var topViolatorsExact: Bool
    /// Violations of a channel's `min_level` or a meeting's `requires`, by constraint.
    public var channelMisuse: [Count]
    /// Interruptions by weekday (Monday first) and hour, in the recipients' local time: as they
    /// happened, and as the policy would make them.
    public var heatmapActual: [[Int]]
    public var heatmapPolicy: [[Int]]

    /// Rules that never held in the log: norms nobody's messages touch.
    public var deadRules: [String] { rules.filter { $0.fired == 0 }.map(\.id) }

    /// Messages read and evaluated.
    public var messages: Int { total.messages }

    init(accumulator a: AuditAccumulator, lines: Int) {
        policy = a.policy.name.value
        asOf = a.asOf.map { Timestamp(instant: $0, offset: 0) }
        self.lines = lines
        errors = a.errors
        allowedMessages = a.allowedMessages
        total = a.total
        func rows(_ breakdown: AuditAccumulator.Breakdown, sorted: Bool = false) -> [Row] {
            let rows = zip(breakdown.keys, breakdown.figures).map { Row(key: $0, figures: $1) }
            return sorted ? rows.sorted { $0.key < $1.key } : rows
        }
        byChannel = rows(a.channels)
        byTeam = rows(a.teams)
        byPerson = rows(a.people, sorted: true)
        byWeek = rows(a.weeks, sorted: true)
        rules = a.policy.rules.map { RuleRow(id: $0.id.value, fired: a.numbers.rules[$0.id.value].map { a.ruleFired[$0] } ?? 0, violations: a.ruleViolations[$0.id.value] ?? 0) }
        let violations = a.ruleViolations.map { Count(key: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
        violationsByRule = violations
        channelMisuse = violations.filter { $0.key.hasPrefix("channel.") }
        topViolators = a.senderViolations.top(Self.topLimit).map { Count(key: $0.key, count: $0.count) }
        topViolatorsExact = a.senderViolations.isExact
        heatmapActual = (0..<7).map { Array(a.heatmapActual[$0 * 24..<($0 + 1) * 24]) }
        heatmapPolicy = (0..<7).map { Array(a.heatmapPolicy[$0 * 24..<($0 + 1) * 24]) }
    }
}
