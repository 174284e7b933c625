import NormsLint
import NormsSource

/// The JSON format: an array of `{file, line, column, severity, rule, message, help}`, one
/// object per finding, in report order; `help` is `null` when there is none.
public struct JSONLintReporter: LintReporter {
    public init() {}

    public func report(_ report: LintReport) -> String {
        JSONValue.array(report.findings.map(Self.object)).pretty + "\n"
    }

    static func object(_ finding: Finding) -> JSONValue {
        .object([
            ("file", .string(finding.span.file)),
            ("line", .int(finding.span.start.line)),
            ("column", .int(finding.span.start.column)),
            ("severity", .string(finding.severity.rawValue)),
            ("rule", .string(finding.ruleID)),
            ("message", .string(finding.message)),
            // The key of the output contract; the field is a finding's `help`, as for any diagnostic.
            ("hint", .optional(finding.help)),
        ])
    }
}
