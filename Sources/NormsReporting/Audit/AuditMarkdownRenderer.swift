import Foundation
import NormsAudit

/// The audit as GitHub-flavoured Markdown, for a pull request comment or a wiki page. Every key
/// from the log or the policy is escaped, so it shows as text, never as markup, a link or a mention.
public struct AuditMarkdownRenderer: Sendable {
    public init() {}

    public func render(_ report: AuditReport) -> String {
        let total = report.total
        var lines = [
            "# Audit of \(escape(report.policy))",
            "",
            "\(AuditFigureText.count(report.messages)) messages; \(AuditFigureText.count(report.errors)) lines with errors; "
                + "the log ends \(report.asOf?.description ?? "—").",
            "",
            "- **Interruptions:** \(AuditFigureText.count(total.actual.interruptions)) as they happened, "
                + "\(AuditFigureText.count(total.policy.interruptions)) under the policy: it protects \(AuditFigureText.count(total.protected)) "
                + "(\(AuditFigureText.share(AuditFigureText.protectedShare(total)))).",
            "- **Replies:** \(AuditFigureText.share(total.replies.compliance)) in time (\(AuditFigureText.count(total.replies.inTime)) of "
                + "\(AuditFigureText.count(total.replies.due)) due); \(AuditFigureText.count(total.replies.unanswered)) unanswered past the deadline; "
                + "late replies late by \(AuditFigureText.workingTime(total.replies.lateness.quantile(0.5))) (median), "
                + "\(AuditFigureText.workingTime(total.replies.lateness.quantile(0.9))) (p90) of working time.",
            "- **Escalations:** \(AuditFigureText.count(total.escalationsPlanned)) planned, \(AuditFigureText.count(total.escalationsFired)) would have fired.",
            "",
            "| interruptions | actual | policy |",
            "|---|---:|---:|",
            "| focus time | \(total.actual.focus) | \(total.policy.focus) |",
            "| after hours | \(total.actual.afterHours) | \(total.policy.afterHours) |",
            "| holidays | \(total.actual.holiday) | \(total.policy.holiday) |",
            "| away | \(total.actual.away) | \(total.policy.away) |",
            "",
        ]
        lines += table("Replies by channel", "channel", report.byChannel, AuditFigureText.replyHeader) { AuditFigureText.replyCells($0.replies) }
        lines += table("Replies by team", "team", report.byTeam, AuditFigureText.replyHeader) { AuditFigureText.replyCells($0.replies) }
        lines += table("Interruptions by team", "team", report.byTeam, AuditFigureText.interruptionHeader, AuditFigureText.interruptionCells)
        lines += table("By week", "week", report.byWeek, AuditFigureText.interruptionHeader + ["compliance"]) {
            AuditFigureText.interruptionCells($0) + [AuditFigureText.share($0.replies.compliance)]
        }
        lines += table("By person", "person", report.byPerson, AuditFigureText.interruptionHeader + ["compliance"]) {
            AuditFigureText.interruptionCells($0) + [AuditFigureText.share($0.replies.compliance)]
        }
        lines += ["## Rules", "", "| rule | fired | violations |", "|---|---:|---:|"]
        lines += report.rules.map { "| \(escape($0.id))\($0.fired == 0 ? " *(never fired)*" : "") | \($0.fired) | \($0.violations) |" }
        lines += ["", "- **Channel misuse:** \(counts(report.channelMisuse))",
                  "- **Top senders of violations\(report.topViolatorsExact ? "" : " (estimated)"):** \(counts(report.topViolators))", ""]
        return lines.joined(separator: "\n")
    }

    /// Markdown's special characters escaped; `&` as an entity, so no text from the log becomes
    /// one; `@` (a mention, an e-mail address), `://` and `www.` (bare links) broken by entities
    /// that show the same text, so a report posted as a pull-request comment notifies nobody and
    /// links nowhere.
    private func escape(_ text: String) -> String {
        MarkdownCharterRenderer().escape(text, inTable: true)
            .replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "@", with: "@&#8203;")
            .replacingOccurrences(of: "://", with: "&#58;//")
            .replacingOccurrences(of: "(?i)(www)\\.", with: "$1&#46;", options: .regularExpression)
    }

    private func counts(_ counts: [AuditReport.Count]) -> String {
        counts.isEmpty ? "none" : counts.map { "\(escape($0.key)) (\($0.count))" }.joined(separator: ", ")
    }

    private func table(_ title: String, _ keyName: String, _ rows: [AuditReport.Row], _ header: [String], _ cells: (Figures) -> [String]) -> [String] {
        var lines = ["## \(title)", "", "| \(keyName) | " + header.joined(separator: " | ") + " |",
                     "|---|" + header.map { _ in "---:" }.joined(separator: "|") + "|"]
        lines += rows.map { "| \(escape($0.key)) | " + cells($0.figures).joined(separator: " | ") + " |" }
        lines.append("")
        return lines
    }
}
