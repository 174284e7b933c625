import NormsLint
import NormsSource

/// JUnit XML for CI test reports: one test suite, and one test case per finding (named
/// `file:line:column [rule-id]`, with one `failure` whose `type` is the severity), as CI viewers
/// list them; a policy file without findings is one passing test case, so a clean file still shows.
/// Each problem of the run (a path that could not be read, no file to lint) is a test case with an
/// `error`, so a run that could not check everything never shows as all green.
public struct JUnitLintReporter: LintReporter {
    public init() {}

    public func report(_ report: LintReport) -> String {
        let files = report.reportedFiles
        let byFile = Dictionary(grouping: report.findings, by: \.span.file)
        let cleanFiles = files.count { byFile[$0] == nil }
        let tests = cleanFiles + report.findings.count + report.problems.count
        let counts = "tests=\"\(tests)\" failures=\"\(report.findings.count)\" errors=\"\(report.problems.count)\""
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<testsuites name=\"norms lint\" \(counts)>",
            "  <testsuite name=\"norms lint\" \(counts) skipped=\"0\">",
        ]
        for file in files {
            let path = XMLText.escape(file)
            guard let findings = byFile[file] else {
                lines.append("    <testcase classname=\"norms.lint\" name=\"\(path)\" file=\"\(path)\"/>")
                continue
            }
            for finding in findings {
                let name = XMLText.escape("\(finding.span) [\(finding.ruleID)]")
                let message = XMLText.escape("\(finding.message) [\(finding.ruleID)]")
                var body = "\(finding.span): \(finding.severity.rawValue): \(finding.message) [\(finding.ruleID)]"
                if let help = finding.help { body += "\nhelp: \(help)" }
                lines += [
                    "    <testcase classname=\"norms.lint\" name=\"\(name)\" file=\"\(path)\" line=\"\(finding.span.start.line)\">",
                    "      <failure type=\"\(finding.severity.rawValue)\" message=\"\(message)\">\(XMLText.escape(body, inAttribute: false))</failure>",
                    "    </testcase>",
                ]
            }
        }
        for problem in report.problems {
            let name = XMLText.escape(problem.span?.file ?? problem.message)
            var body = "error: \(problem.message) [\(problem.code)]"
            if let help = problem.help { body += "\nhelp: \(help)" }
            lines += [
                "    <testcase classname=\"norms.lint\" name=\"\(name)\">",
                "      <error type=\"\(XMLText.escape(problem.code))\" message=\"\(XMLText.escape(problem.message))\">\(XMLText.escape(body, inAttribute: false))</error>",
                "    </testcase>",
            ]
        }
        lines += ["  </testsuite>", "</testsuites>"]
        return lines.joined(separator: "\n") + "\n"
    }
}
