import NormsAudit
import NormsSource

/// The audit as one self-contained HTML page: inline CSS and SVG charts, no script, no network
/// (a Content-Security-Policy forbids both). Every string from the log or the policy has its
/// control characters made visible (``DisplayText/escaped(_:)``) and then goes through
/// ``HTMLCharterRenderer/escape(_:)``, so it shows as text, never as markup.
public struct AuditHTMLRenderer: Sendable {
    public init() {}

    public func render(_ report: AuditReport) -> String {
        let escape = { (text: String) in HTMLCharterRenderer().escape(DisplayText.escaped(text)) }
        let charts = AuditCharts(escape: escape)
        let total = report.total
        let peak = max(1, (report.heatmapActual + report.heatmapPolicy).flatMap { $0 }.max() ?? 1)
        var html = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"generator\" content=\"norms audit\">",
            "<title>Audit of \(escape(report.policy))</title>",
            "<style>", Self.style, "</style>",
            "</head>",
            "<body>",
            "<main>",
            "<h1>Audit of \(escape(report.policy))</h1>",
            "<p class=\"lead\">\(AuditFigureText.count(report.messages)) messages replayed against the policy; "
                + "\(AuditFigureText.count(report.errors)) lines with errors; the log ends \(escape(report.asOf?.description ?? "—")).</p>",
            "<div class=\"tiles\">",
            tile("interruptions as they happened", AuditFigureText.count(total.actual.interruptions)),
            tile("under the policy", AuditFigureText.count(total.policy.interruptions)),
            tile("focus protected", AuditFigureText.share(AuditFigureText.protectedShare(total))),
            tile("replies in time", AuditFigureText.share(total.replies.compliance)),
            tile("late by (median, working time)", AuditFigureText.workingTime(total.replies.lateness.quantile(0.5))),
            tile("unanswered past deadline", AuditFigureText.count(total.replies.unanswered)),
            tile("escalations that would fire", AuditFigureText.count(total.escalationsFired)),
            "</div>",
            "<section id=\"heatmap\">",
            "<h2>When notifications interrupt</h2>",
            "<p>Notifications that found the recipient in focus time, after hours, on a holiday or away, by weekday and hour "
                + "in the recipient's own time zone. Left: as they happened; right: as the policy would send them.</p>",
            "<div class=\"pair\">",
            "<figure>\(charts.heatmap(report.heatmapActual, maximum: peak, title: "Interruptions as they happened"))"
                + "<figcaption>As they happened: \(AuditFigureText.count(total.actual.interruptions)) (darkest cell: \(peak) interruptions)</figcaption></figure>",
            "<figure>\(charts.heatmap(report.heatmapPolicy, maximum: peak, title: "Interruptions under the policy"))"
                + "<figcaption>Under the policy: \(AuditFigureText.count(total.policy.interruptions)) (same scale)</figcaption></figure>",
            "</div>",
            "</section>",
            "<section id=\"compliance\">",
            "<h2>Replies in time</h2>",
            "<p>The share of replies due that came by the policy's deadline, by channel and by the recipient's team.</p>",
            "<div class=\"pair\">",
            "<figure>\(charts.bars(complianceBars(report.byChannel), scale: 1, title: "Reply compliance by channel"))<figcaption>By channel</figcaption></figure>",
            "<figure>\(charts.bars(complianceBars(report.byTeam), scale: 1, title: "Reply compliance by team"))<figcaption>By team</figcaption></figure>",
            "</div>",
            "</section>",
            "<section id=\"rules\">",
            "<h2>Rule firing counts</h2>",
            "<p>Messages on which each rule held for at least one recipient; grey rules never fired in this log.</p>",
            "<figure>\(charts.bars(ruleBars(report), scale: Double(max(1, report.rules.map(\.fired).max() ?? 1)), title: "Rule firing counts"))</figure>",
            "</section>",
            "<section id=\"trend\">",
            "<h2>Weekly trend</h2>",
            "<p>Interruptions per week as they happened (orange) and under the policy (blue), and the share of replies in time (green line, right axis).</p>",
            "<figure>\(charts.trend(report.byWeek, title: "Weekly trend"))</figure>",
            "</section>",
        ]
        html += tables(report, escape: escape)
        html += ["</main>", "</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    private func tile(_ label: String, _ value: String) -> String {
        "<div class=\"tile\"><div class=\"figure\">\(value)</div><div class=\"caption\">\(label)</div></div>"
    }

    private func complianceBars(_ rows: [AuditReport.Row]) -> [AuditCharts.Bar] {
        rows.map { row in
            let replies = row.figures.replies
            return AuditCharts.Bar(
                label: row.key, value: replies.compliance,
                text: replies.compliance == nil ? "no reply due" : "\(AuditFigureText.share(replies.compliance)) of \(replies.due)")
        }
    }

    private func ruleBars(_ report: AuditReport) -> [AuditCharts.Bar] {
        report.rules.map { rule in
            AuditCharts.Bar(label: rule.id, value: Double(rule.fired),
                            text: rule.fired == 0 ? "never fired" : "\(AuditFigureText.count(rule.fired)) (\(rule.violations) violations)",
                            isMuted: rule.fired == 0)
        }
    }

    private func tables(_ report: AuditReport, escape: (String) -> String) -> [String] {
        func table(_ id: String, _ title: String, _ key: String, _ rows: [AuditReport.Row], _ header: [String], _ cells: (Figures) -> [String]) -> String {
            var html = "<section id=\"\(id)\"><h2>\(title)</h2><table><thead><tr><th>\(key)</th>"
            html += header.map { "<th>\($0)</th>" }.joined() + "</tr></thead><tbody>"
            for row in rows {
                html += "<tr><td>\(escape(row.key))</td>" + cells(row.figures).map { "<td class=\"n\">\(escape($0))</td>" }.joined() + "</tr>"
            }
            return html + "</tbody></table></section>"
        }
        func list(_ counts: [AuditReport.Count]) -> String {
            counts.isEmpty ? "none" : counts.map { "<code>\(escape($0.key))</code> (\($0.count))" }.joined(separator: ", ")
        }
        return [
            table("replies-by-channel", "Replies by channel", "channel", report.byChannel, AuditFigureText.replyHeader) { AuditFigureText.replyCells($0.replies) },
            table("replies-by-team", "Replies by team", "team", report.byTeam, AuditFigureText.replyHeader) { AuditFigureText.replyCells($0.replies) },
            table("by-person", "By person", "person", report.byPerson, AuditFigureText.interruptionHeader + ["compliance"]) {
                AuditFigureText.interruptionCells($0) + [AuditFigureText.share($0.replies.compliance)]
            },
            "<section id=\"violations\"><h2>Violations</h2><ul>",
            "<li>Never fired: \(report.deadRules.isEmpty ? "none" : report.deadRules.map { "<code>\(escape($0))</code>" }.joined(separator: ", "))</li>",
            "<li>Channel misuse: \(list(report.channelMisuse))</li>",
            "<li>By rule: \(list(report.violationsByRule))</li>",
            "<li>Top senders\(report.topViolatorsExact ? "" : " (estimated)"): \(list(report.topViolators))</li>",
            "</ul></section>",
        ]
    }

    static let style = """
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2430; background: #fff; margin: 0; }
        main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 48px; }
        h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 32px 0 6px; border-bottom: 1px solid #e3e7ee; padding-bottom: 4px; }
        p { margin: 4px 0 12px; color: #3b4452; } .lead { color: #5b6472; }
        .tiles { display: flex; flex-wrap: wrap; gap: 10px; margin: 16px 0; }
        .tile { flex: 1 1 130px; border: 1px solid #e3e7ee; border-radius: 8px; padding: 10px 12px; background: #f8fafc; }
        .tile .figure { font-size: 22px; font-weight: 650; } .tile .caption { font-size: 12px; color: #5b6472; }
        .pair { display: flex; flex-wrap: wrap; gap: 18px; } figure { margin: 0; } figcaption { font-size: 13px; color: #5b6472; }
        svg.chart { display: block; max-width: 100%; height: auto; font: 11px system-ui, sans-serif; }
        svg .axis { fill: #5b6472; font-size: 11px; } svg .label { fill: #1d2430; font-size: 12px; } svg .value { fill: #3b4452; font-size: 12px; }
        svg .track { fill: #f1f3f5; } svg .bar { fill: #2f7d4f; } svg .bar.muted { fill: #adb5bd; }
        svg .actual { fill: #e8590c; } svg .policy { fill: #1c7ed6; } svg .grid { stroke: #e9ecef; }
        svg polyline.compliance { fill: none; stroke: #2b8a3e; stroke-width: 2; } svg circle.compliance { fill: #2b8a3e; }
        table { border-collapse: collapse; margin: 8px 0; font-size: 13px; } th, td { border-bottom: 1px solid #e9ecef; padding: 4px 10px; text-align: left; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; } code { background: #f1f3f5; padding: 0 3px; border-radius: 3px; }
        """
}
