import Foundation
import NormsAudit

/// How the audit's reporters write figures: shares as percentages, working time as hours and
/// minutes, counts with thousands separators. Every reporter uses these, so all formats agree.
enum AuditFigureText {
    /// `93.2%`, or `—` when nothing was due.
    static func share(_ value: Double?) -> String {
        guard let value else { return "—" }
        return String(format: "%.1f%%", value * 100)
    }

    /// `1h 05m` of working time, `45s` under a minute, or `—`.
    static func workingTime(_ seconds: Int?) -> String {
        guard let seconds else { return "—" }
        if seconds < 60 { return "\(seconds)s" }
        let minutes = seconds / 60
        if minutes < 60 { return "\(minutes)m" }
        let rest = minutes % 60
        return "\(minutes / 60)h \(rest < 10 ? "0" : "")\(rest)m"
    }

    /// `12,345`.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }

    /// The share of actual interruptions the policy avoids, or `nil` when there were none.
    static func protectedShare(_ figures: Figures) -> Double? {
        figures.actual.interruptions == 0 ? nil : Double(figures.protected) / Double(figures.actual.interruptions)
    }

    /// The columns of a reply-figures row: due, in time, late, unanswered, open, compliance,
    /// late median, late p90.
    static let replyHeader = ["due", "in time", "late", "unanswered", "open", "compliance", "late median", "late p90"]

    static func replyCells(_ replies: ReplyFigures) -> [String] {
        [count(replies.due), count(replies.inTime), count(replies.late), count(replies.unanswered), count(replies.open),
         share(replies.compliance), workingTime(replies.lateness.quantile(0.5)), workingTime(replies.lateness.quantile(0.9))]
    }

    /// The columns of an interruptions row: messages, actual, policy, protected.
    static let interruptionHeader = ["messages", "actual interruptions", "policy interruptions", "protected"]

    static func interruptionCells(_ figures: Figures) -> [String] {
        [count(figures.messages), count(figures.actual.interruptions), count(figures.policy.interruptions),
         "\(count(figures.protected)) (\(share(protectedShare(figures))))"]
    }

    /// The weekday names, Monday first.
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
}
