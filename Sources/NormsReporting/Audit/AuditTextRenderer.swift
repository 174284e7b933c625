import NormsAudit
import NormsSource

/// The audit as plain text for a terminal: a summary, then tables. Every key from the log or
/// the policy is escaped, so no control character reaches the terminal.
public struct AuditTextRenderer: Sendable {
    public init() {}

    public func render(_ report: AuditReport) -> String {
        let total = report.total
        var lines = [
            "Audit of \(DisplayText.quoted(report.policy)): \(AuditFigureText.count(report.messages)) messages, "
                + "\(AuditFigureText.count(report.errors)) lines with errors, log ends \(report.asOf?.description ?? "—")",
            "",
            "Interruptions      actual   policy",
        ]
        let rows: [(String, Int, Int)] = [
            ("focus time", total.actual.focus, total.policy.focus), ("after hours", total.actual.afterHours, total.policy.afterHours),
            ("holidays", total.actual.holiday, total.policy.holiday), ("away", total.actual.away, total.policy.away),
            ("all", total.actual.interruptions, total.policy.interruptions),
        ]
        for (name, actual, policy) in rows {
            lines.append("  " + pad(name, 14) + padLeft(AuditFigureText.count(actual), 8) + " " + padLeft(AuditFigureText.count(policy), 8))
        }
        lines.append("  the policy protects \(AuditFigureText.count(total.protected)) of \(AuditFigureText.count(total.actual.interruptions)) interruptions "
            + "(\(AuditFigureText.share(AuditFigureText.protectedShare(total)))); \(AuditFigureText.count(total.actual.notifications)) notifications in all")
        lines.append("")
        lines.append("Replies: \(AuditFigureText.share(total.replies.compliance)) in time (\(AuditFigureText.count(total.replies.inTime)) of \(AuditFigureText.count(total.replies.due)) due, "
            + "\(AuditFigureText.count(total.replies.open)) not yet due, \(AuditFigureText.count(total.replies.unknown)) without reply data), "
            + "\(AuditFigureText.count(total.replies.unanswered)) unanswered past the deadline, late by \(AuditFigureText.workingTime(total.replies.lateness.quantile(0.5))) "
            + "(median) and \(AuditFigureText.workingTime(total.replies.lateness.quantile(0.9))) (p90) of working time")
        lines.append("Escalations: \(AuditFigureText.count(total.escalationsPlanned)) planned, \(AuditFigureText.count(total.escalationsFired)) would have fired")
        lines.append("")
        lines += table("Channel", report.byChannel, AuditFigureText.replyHeader) { AuditFigureText.replyCells($0.replies) }
        lines += table("Team", report.byTeam, AuditFigureText.replyHeader) { AuditFigureText.replyCells($0.replies) }
        lines += table("Team", report.byTeam, AuditFigureText.interruptionHeader, AuditFigureText.interruptionCells)
        lines += table("Week", report.byWeek, AuditFigureText.interruptionHeader + ["compliance"]) {
            AuditFigureText.interruptionCells($0) + [AuditFigureText.share($0.replies.compliance)]
        }
        lines += table("Person", report.byPerson, AuditFigureText.interruptionHeader + ["compliance"]) {
            AuditFigureText.interruptionCells($0) + [AuditFigureText.share($0.replies.compliance)]
        }
        lines.append("Rules (messages on which each held, and violations)")
        for rule in report.rules {
            lines.append("  " + pad(DisplayText.quoted(rule.id), 40) + padLeft(AuditFigureText.count(rule.fired), 8) + padLeft(AuditFigureText.count(rule.violations), 8))
        }
        lines.append("Never fired: " + (report.deadRules.isEmpty ? "none" : report.deadRules.map { DisplayText.quoted($0) }.joined(separator: ", ")))
        lines.append("Channel misuse: " + counts(report.channelMisuse))
        lines.append("Violations by rule: " + counts(report.violationsByRule))
        lines.append("Top senders of violations\(report.topViolatorsExact ? "" : " (estimated)"): " + counts(report.topViolators))
        return lines.joined(separator: "\n") + "\n"
    }

    private func counts(_ counts: [AuditReport.Count]) -> String {
        counts.isEmpty ? "none" : counts.map { "\(DisplayText.quoted($0.key)) \(AuditFigureText.count($0.count))" }.joined(separator: ", ")
    }

    private func table(_ title: String, _ rows: [AuditReport.Row], _ header: [String], _ cells: (Figures) -> [String]) -> [String] {
        let body = rows.map { [DisplayText.quoted($0.key)] + cells($0.figures) }
        let all = [[title] + header] + body
        let widths = (0..<all[0].count).map { column in all.map { $0[column].count }.max()! }
        var lines = all.map { row in
            "  " + row.enumerated().map { $0.offset == 0 ? pad($0.element, widths[0]) : padLeft($0.element, widths[$0.offset]) }.joined(separator: "  ")
        }
        lines.append("")
        return lines
    }

    private func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
    private func padLeft(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
}
