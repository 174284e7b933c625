import NormsLint
import NormsSource

/// The JSON format, in one of two shapes:
/// - the array (the default): `[{file, line, column, severity, rule, message, hint}]`, one object
///   per finding, in report order; `hint` is `null` when there is none
///   (`schema/norms-lint.schema.json`);
/// - the object (`norms lint --json-object`): `{files, findings, problems, summary, version}`, the
///   same finding objects with the files linted, what kept the run from linting everything, and the
///   counts by severity (`schema/norms-lint-report.schema.json`).
public struct JSONLintReporter: LintReporter {
    /// The version of the object shape, its `"version"`.
    public static let version = 1

    /// Whether to print the versioned object instead of the bare array.
    public var object: Bool

    public init(object: Bool = false) {
        self.object = object
    }

    public func report(_ report: LintReport) -> String {
        let findings = JSONValue.array(report.findings.map(Self.object))
        guard object else { return findings.pretty + "\n" }
        let count = { (severity: Severity) in JSONValue.int(report.findings.count { $0.severity == severity }) }
        return JSONValue.object([
            ("files", .array(report.files.map(JSONValue.string))),
            ("findings", findings),
            ("problems", .array(report.problems.map { $0.json() })),
            ("summary", .object([
                ("files", .int(report.files.count)),
                ("errors", count(.error)),
                ("warnings", count(.warning)),
                ("infos", count(.info)),
            ])),
        ]).versioned(Self.version).pretty + "\n"
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
