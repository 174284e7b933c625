import NormsSource

/// The `norms test --format json` report:
///
/// ```json
/// {"total": 12, "passed": 11, "failed": 1, "errors": 0,
///  "problems": [DIAGNOSTIC...],
///  "files": [{"file": "...", "policy": "...", "errors": [DIAGNOSTIC...],
///             "cases": [{"name": "...", "line": 12, "status": "passed" | "failed",
///                        "failures": [{"field": "recipients.bob.notify", "expected": "now", "actual": "later", "line": 18}],
///                        "rules": {"bob": ["rule-a"]}, "error": null | "..."}]}],
///  "coverage": [{"policy": "...", "name": "...", "rules": 8, "covered": 7, "percent": 87.5,
///                "uncovered": [{"rule": "...", "source": "file:line:col"}]}]}
/// ```
/// `errors` counts files that did not run; `problems` holds run-level problems and policies that
/// do not load; a DIAGNOSTIC is `{file, line, column, code, message, help}`. `coverage` is present
/// only when asked for.
public struct TestJSONReporter: Sendable {
    /// The version of the report's shape, its last member `"version"` (`schema/norms-test.schema.json`).
    public static let version = 1

    public init() {}

    public func render(_ run: TestRun, options: TestReportOptions = TestReportOptions()) -> String {
        var members: [(String, JSONValue)] = [
            ("total", .int(run.cases.count)),
            ("passed", .int(run.passedCount)),
            ("failed", .int(run.failedCount)),
            ("errors", .int(run.suites.count { !$0.problems.isEmpty })),
            ("problems", .array(run.problems.map { $0.json() })),
            ("files", .array(run.suites.map(json))),
        ]
        if options.showCoverage {
            members.append(("coverage", .array(run.coverage.map { json($0, minimum: options.minimumCoverage) })))
            if let minimum = options.minimumCoverage { members.append(("min_coverage", .double(minimum))) }
        }
        return JSONValue.object(members).versioned(Self.version).pretty + "\n"
    }

    private func json(_ suite: TestRun.SuiteResult) -> JSONValue {
        .object([
            ("file", .string(suite.path)),
            ("policy", .optional(suite.policyPath)),
            ("errors", .array(suite.problems.map { $0.json() })),
            ("cases", .array(suite.results.map(json))),
        ])
    }

    private func json(_ result: CaseResult) -> JSONValue {
        .object([
            ("name", .string(result.testCase.name)),
            ("line", .int(result.testCase.span.start.line)),
            ("status", result.passed ? "passed" : "failed"),
            ("failures", .array(result.mismatches.map { mismatch in
                .object([
                    ("field", .string(mismatch.field)),
                    ("expected", mismatch.expected),
                    ("actual", mismatch.actual),
                    ("line", mismatch.span.map { .int($0.start.line) } ?? .null),
                ])
            })),
            ("rules", .object(result.matchedRules.map { ($0.recipient, .array($0.rules.map(JSONValue.string))) })),
            ("error", .optional(result.error.map { $0.diagnostics.map(\.message).joined(separator: "; ") })),
        ])
    }

    private func json(_ coverage: PolicyCoverage, minimum: Double?) -> JSONValue {
        .object([
            ("policy", .string(coverage.path)),
            ("name", .string(coverage.name)),
            ("rules", .int(coverage.rules.count)),
            ("covered", .int(coverage.covered.count)),
            ("percent", .double((coverage.percent * 10).rounded(.down) / 10)),
            ("passes", .bool(minimum.map { coverage.percent >= $0 } ?? true)),
            ("uncovered", .array(coverage.uncovered.map { .object([("rule", .string($0.id)), ("source", .string($0.source.description))]) })),
        ])
    }
}
