/// The expected-versus-actual table of a failed case, shared by the text and JUnit reports.
enum FailureText {
    /// Widest a column grows before a row falls back to one line per side.
    static let columnLimit = 44

    /// The table of mismatched fields, then the rules each recipient matched.
    /// - Parameter indent: prefixed to every line.
    static func render(_ result: CaseResult, indent: String) -> String {
        let rows = result.mismatches.map { ($0.field, ValueText.text($0.expected), ValueText.text($0.actual)) }
        let fitting = rows.filter { $0.1.count <= columnLimit && $0.2.count <= columnLimit }
        let fieldWidth = max(5, rows.map(\.0.count).max() ?? 0)
        let expectedWidth = max(8, fitting.map(\.1.count).max() ?? 0)
        // The header only heads rows that fit side by side; longer values get a line per side.
        var lines = fitting.isEmpty ? [] : [indent + pad("field", fieldWidth) + "  " + pad("expected", expectedWidth) + "  actual"]
        for (field, expected, actual) in rows {
            if expected.count <= columnLimit && actual.count <= columnLimit {
                lines.append(indent + pad(field, fieldWidth) + "  " + pad(expected, expectedWidth) + "  " + actual)
            } else {
                lines.append(indent + field)
                lines.append(indent + "  expected: " + expected)
                lines.append(indent + "  actual:   " + actual)
            }
        }
        lines.append(indent + matchedRules(result))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `matched rules: bob: a, b; dana: none`.
    static func matchedRules(_ result: CaseResult) -> String {
        guard result.decision != nil else { return "matched rules: none (the message was rejected)" }
        let parts = result.matchedRules.map { "\($0.recipient): " + ($0.rules.isEmpty ? "none" : $0.rules.joined(separator: ", ")) }
        return "matched rules: " + (parts.isEmpty ? "none" : parts.joined(separator: "; "))
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
