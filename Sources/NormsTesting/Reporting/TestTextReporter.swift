import NormsSource

/// The human-readable `norms test` report: each file with its cases, every failure with its
/// expected and actual values side by side and the rules that matched, a summary line, and
/// coverage when asked. Problems that stopped a file are diagnostics, rendered separately to
/// standard error.
public struct TestTextReporter: Sendable {
    public init() {}

    public func render(_ run: TestRun, options: TestReportOptions = TestReportOptions()) -> String {
        // Nothing was found: the diagnostics say so, and a summary of nothing would only add noise.
        guard !run.suites.isEmpty else { return "" }
        var output = ""
        for suite in run.suites {
            output += DisplayText.escaped(suite.path + (suite.policyPath.map { " (policy \($0))" } ?? "")) + "\n"
            if !suite.problems.isEmpty {
                output += "  not run: \(suite.problems.count == 1 ? "a problem" : "\(suite.problems.count) problems") in the test file or its policy (reported as errors)\n"
            }
            for result in suite.results {
                if result.passed {
                    output += "  ok    \(DisplayText.escaped(result.testCase.name))\n"
                } else {
                    output += "  FAIL  \(DisplayText.escaped(result.testCase.name))  [\(result.testCase.location)]\n"
                    output += FailureText.render(result, indent: "        ")
                }
            }
        }
        output += summary(run) + "\n"
        if options.showCoverage { output += coverage(run, minimum: options.minimumCoverage) }
        return output
    }

    /// `12 cases: 11 passed, 1 failed` (and the files not run).
    func summary(_ run: TestRun) -> String {
        let total = run.cases.count
        var text = "\(total) \(total == 1 ? "case" : "cases"): \(run.passedCount) passed, \(run.failedCount) failed"
        let notRun = run.suites.count { !$0.problems.isEmpty }
        if notRun > 0 { text += "; \(notRun) \(notRun == 1 ? "file" : "files") not run" }
        return text
    }

    private func coverage(_ run: TestRun, minimum: Double?) -> String {
        var output = "\nrule coverage\n"
        if run.coverage.isEmpty { output += "  no policy was tested\n" }
        for policy in run.coverage {
            output += "  \(DisplayText.escaped("\(policy.path) (\(policy.name))")): \(policy.covered.count) of \(policy.rules.count) rules covered, "
                + ValueText.percent(policy.percent)
            if let minimum, policy.percent < minimum { output += " — below the minimum \(ValueText.percent(minimum))" }
            output += "\n"
            for rule in policy.uncovered {
                output += "    not covered: \(rule.id) (\(rule.source))\n"
            }
        }
        return output
    }
}
