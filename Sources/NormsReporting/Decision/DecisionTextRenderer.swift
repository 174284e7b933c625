import NormsEngine
import NormsPolicy
import NormsSource

/// Renders a decision for a person: the answer first, in one line they can act on, then the
/// detail per recipient, the violations with suggestions, and the trace when there is one.
public struct DecisionTextRenderer: Sendable {
    public init() {}

    /// The whole text, ending in a newline.
    public func render(_ decision: Decision) -> String {
        var lines = [headline(decision)]
        if !decision.allowed {
            let blocking = decision.violations.filter { $0.isEnforced && $0.severity == .error }
            lines.append("Not allowed: " + blocking.map(sentence).joined(separator: " "))
        }
        lines.append("")
        lines.append("Level: \(decision.level) (set by \(decision.levelBy))")
        for recipient in decision.recipients { lines += detail(recipient) }
        if !decision.violations.isEmpty {
            lines.append("Violations:")
            lines += decision.violations.map { "  \($0.severity.rawValue) [\($0.rule)] \(sentence($0)) (\($0.source))" }
        }
        if let trace = decision.trace { lines += TraceRenderer().render(trace, of: decision) }
        // Policy and message text (ids, violation messages, notes) may hold control characters:
        // each line is escaped, so none can start a new line or drive the terminal.
        return lines.map(DisplayText.escaped).joined(separator: "\n") + "\n"
    }

    /// "Needs an immediate reply: no. bob (Los Angeles, 09:30, focus time) — notify at 11:00, reply by Wed 13:00."
    func headline(_ decision: Decision) -> String {
        let answer = decision.needsImmediateReply ? "yes" : "no"
        let summaries = decision.recipients.map { recipient in
            let time = TimeText.clock(recipient.localTime)
            return "\(recipient.id) (\(TimeText.city(recipient.timezone)), \(time), \(stateText(recipient.state))) — "
                + "\(notifyText(recipient)), \(replyText(recipient))"
        }
        return "Needs an immediate reply: \(answer). " + summaries.joined(separator: "; ") + "."
    }

    private func detail(_ recipient: RecipientDecision) -> [String] {
        var lines = ["\(recipient.id) (\(recipient.timezone), \(TimeText.full(recipient.localTime)), \(stateText(recipient.state)))"]
        lines.append("  reply within: \(recipient.replyWithin)" + (recipient.deadline.map { ", by \(TimeText.full($0))" } ?? ""))
        lines.append("  notify: \(recipient.notify.rawValue)" + (recipient.notifyAt.map { " at \(TimeText.full($0))" } ?? ""))
        if let escalation = recipient.escalation {
            lines.append("  escalate: at \(TimeText.full(escalation.at)) via \(escalation.via) to \(escalation.to ?? "nobody (no backup)")")
        }
        lines.append("  rules: " + (recipient.rules.isEmpty ? "none" : recipient.rules.joined(separator: ", ")))
        lines.append("  decided by: " + Self.decidedBy(recipient.decidedBy))
        lines += recipient.notes.map { "  note: \($0)" }
        return lines
    }

    /// "reply within: urgent-breaks-through, notify: channel.chat, escalation: urgent-breaks-through".
    static func decidedBy(_ sources: DecidedBy) -> String {
        "reply within: \(sources.replyWithin), notify: \(sources.notify)" + (sources.escalation.map { ", escalation: \($0)" } ?? "")
    }

    private func sentence(_ violation: Violation) -> String {
        let message = violation.message.last.map { ".!?".contains($0) } == false ? violation.message + "." : violation.message
        return message + (violation.suggest.map { " Use \($0) instead." } ?? "")
    }

    private func stateText(_ state: RecipientState) -> String {
        switch state {
        case .available: "available"
        case .focus: "focus time"
        case .afterHours: "after hours"
        case .holiday: "holiday"
        case .away: "away"
        }
    }

    func notifyText(_ recipient: RecipientDecision) -> String {
        switch recipient.notify {
        case .now: return "notify now"
        case .none: return "no notification"
        case .later:
            guard let at = recipient.notifyAt else { return "notify when next available (never within a year)" }
            return "notify at \(TimeText.relative(at, from: recipient.localTime))"
        }
    }

    func replyText(_ recipient: RecipientDecision) -> String {
        if recipient.replyWithin == .none { return "no reply expected" }
        guard let deadline = recipient.deadline else { return "reply within \(recipient.replyWithin), no deadline" }
        return "reply by \(TimeText.relative(deadline, from: recipient.localTime))"
    }
}
