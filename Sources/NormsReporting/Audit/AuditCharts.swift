import Foundation
import NormsAudit

/// The audit report's charts as inline SVG: no script, no external resource, every label
/// escaped. Each chart is an `<svg class="chart">` with a `<title>`, and every mark has a
/// `<title>` of its own, which a browser shows as a tooltip.
struct AuditCharts {
    /// Escapes text for element content and attribute values.
    let escape: (String) -> String

    // MARK: - Heatmap

    /// A weekday × hour grid of counts (Monday first), shaded against `maximum`.
    func heatmap(_ counts: [[Int]], maximum: Int, title: String) -> String {
        let cell = 20, left = 40, top = 22
        let width = left + 24 * cell + 4, height = top + 7 * cell + 4
        var svg = open(width: width, height: height, title: title)
        for hour in stride(from: 0, to: 24, by: 3) {
            svg += "<text x=\"\(left + hour * cell + cell / 2)\" y=\"14\" class=\"axis\" text-anchor=\"middle\">\(hour < 10 ? "0" : "")\(hour)</text>"
        }
        for (day, row) in counts.enumerated() {
            let name = AuditFigureText.weekdays[day]
            svg += "<text x=\"\(left - 6)\" y=\"\(top + day * cell + 14)\" class=\"axis\" text-anchor=\"end\">\(name)</text>"
            for (hour, count) in row.enumerated() {
                svg += "<rect x=\"\(left + hour * cell)\" y=\"\(top + day * cell)\" width=\"\(cell - 2)\" height=\"\(cell - 2)\" rx=\"2\" "
                    + "fill=\"\(shade(count, maximum: maximum))\"><title>\(name) \(hour):00–\(hour + 1):00: \(count)</title></rect>"
            }
        }
        return svg + "</svg>"
    }

    /// White for zero, then light orange to dark red on a square-root scale, so that a few
    /// interruptions still show beside many.
    private func shade(_ count: Int, maximum: Int) -> String {
        guard count > 0, maximum > 0 else { return "#f1f3f5" }
        let t = (Double(count) / Double(maximum)).squareRoot()
        let (from, to) = ((254.0, 224.0, 178.0), (165.0, 15.0, 21.0))
        func mix(_ a: Double, _ b: Double) -> Int { Int((a + (b - a) * t).rounded()) }
        return String(format: "#%02x%02x%02x", mix(from.0, to.0), mix(from.1, to.1), mix(from.2, to.2))
    }

    // MARK: - Bars

    /// One horizontal bar a row: `value` out of `scale`, labelled with `text`; a row without a
    /// value shows only its text.
    struct Bar {
        var label: String
        var value: Double?
        var text: String
        var isMuted = false
    }

    func bars(_ bars: [Bar], scale: Double, title: String) -> String {
        let rowHeight = 24, labelWidth = 190, barWidth = 330, top = 6
        let width = labelWidth + barWidth + 130, height = top + max(1, bars.count) * rowHeight + 6
        var svg = open(width: width, height: height, title: title)
        for (index, bar) in bars.enumerated() {
            let y = top + index * rowHeight
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 16)\" class=\"label\" text-anchor=\"end\">\(escape(shorten(bar.label)))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(barWidth)\" height=\"\(rowHeight - 8)\" class=\"track\"/>"
            var end = labelWidth
            if let value = bar.value, scale > 0 {
                let length = max(value > 0 ? 2 : 0, Int((Double(barWidth) * min(1, value / scale)).rounded()))
                end += length
                svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"\(rowHeight - 8)\" class=\"\(bar.isMuted ? "bar muted" : "bar")\">"
                    + "<title>\(escape(bar.label)): \(escape(bar.text))</title></rect>"
            }
            svg += "<text x=\"\(max(end, labelWidth) + 6)\" y=\"\(y + 16)\" class=\"value\">\(escape(bar.text))</text>"
        }
        return svg + "</svg>"
    }

    // MARK: - Trend

    /// By week: interruptions as they happened and under the policy (bars, left axis), and reply
    /// compliance (line, right axis, 0–100 %).
    func trend(_ weeks: [AuditReport.Row], title: String) -> String {
        let left = 48, right = 48, top = 14, plotHeight = 180, bottom = 40
        let slot = max(44, min(96, 560 / max(1, weeks.count)))
        let width = left + slot * max(1, weeks.count) + right, height = top + plotHeight + bottom
        let peak = max(1, weeks.map { max($0.figures.actual.interruptions, $0.figures.policy.interruptions) }.max() ?? 1)
        func y(_ count: Int) -> Int { top + plotHeight - Int((Double(plotHeight) * Double(count) / Double(peak)).rounded()) }
        var svg = open(width: width, height: height, title: title)
        for step in 0...4 {
            let value = peak * step / 4
            svg += "<line x1=\"\(left)\" x2=\"\(width - right)\" y1=\"\(y(value))\" y2=\"\(y(value))\" class=\"grid\"/>"
            svg += "<text x=\"\(left - 6)\" y=\"\(y(value) + 4)\" class=\"axis\" text-anchor=\"end\">\(value)</text>"
            svg += "<text x=\"\(width - right + 6)\" y=\"\(top + plotHeight - plotHeight * step / 4 + 4)\" class=\"axis\">\(25 * step)%</text>"
        }
        var points: [String] = []
        let barWidth = (slot - 12) / 2
        for (index, week) in weeks.enumerated() {
            let x = left + index * slot + 6
            let figures = week.figures
            for (offset, count, kind) in [(0, figures.actual.interruptions, "actual"), (barWidth, figures.policy.interruptions, "policy")] {
                svg += "<rect x=\"\(x + offset)\" y=\"\(y(count))\" width=\"\(barWidth)\" height=\"\(top + plotHeight - y(count))\" class=\"\(kind)\">"
                    + "<title>\(escape(week.key)) \(kind): \(count)</title></rect>"
                svg += "<text x=\"\(x + offset + barWidth / 2)\" y=\"\(y(count) - 3)\" class=\"axis\" text-anchor=\"middle\">\(count)</text>"
            }
            svg += "<text x=\"\(x + barWidth)\" y=\"\(top + plotHeight + 16)\" class=\"axis\" text-anchor=\"middle\">\(escape(String(week.key.suffix(5))))</text>"
            if let compliance = figures.replies.compliance {
                let px = x + barWidth, py = top + plotHeight - Int((Double(plotHeight) * compliance).rounded())
                points.append("\(px),\(py)")
                svg += "<circle cx=\"\(px)\" cy=\"\(py)\" r=\"3.5\" class=\"compliance\"><title>\(escape(week.key)) compliance: "
                    + "\(AuditFigureText.share(compliance))</title></circle>"
            }
        }
        if points.count > 1 { svg += "<polyline points=\"\(points.joined(separator: " "))\" class=\"compliance\"/>" }
        svg += "<text x=\"\(left)\" y=\"\(height - 6)\" class=\"axis\">week starting (month-day)</text>"
        return svg + "</svg>"
    }

    // MARK: - Shared

    private func open(width: Int, height: Int, title: String) -> String {
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\"><title>\(escape(title))</title>"
    }

    /// A label cut to 28 characters, so that the bars keep their room; the tooltip has it whole.
    private func shorten(_ label: String) -> String {
        label.count <= 28 ? label : String(label.prefix(27)) + "…"
    }
}
