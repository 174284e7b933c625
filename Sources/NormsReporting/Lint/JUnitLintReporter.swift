import NormsLint
import NormsSource

/// JUnit XML for CI test reports: one test suite, one test case per policy file, one `failure`
/// per finding (its `type` is the severity), so a clean file shows as a passing test. Each
/// problem of the run (a path that could not be read, no file to lint) is a test case with an
/// `error`, so a run that could not check everything never shows as all green.
public struct JUnitLintReporter: LintReporter {
    public init() {}

    public func report(_ report: LintReport) -> String {
        let files = report.reportedFiles
        let byFile = Dictionary(grouping: report.findings, by: \.span.file)
        let failing = files.filter { byFile[$0] != nil }.count
        let tests = files.count + report.problems.count
        let counts = "tests=\"\(tests)\" failures=\"\(failing)\" errors=\"\(report.problems.count)\""
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<testsuites name=\"norms lint\" \(counts)>",
            "  <testsuite name=\"norms lint\" \(counts) skipped=\"0\">",
        ]
        for file in files {
            let name = XMLText.escape(file)
            let open = "    <testcase classname=\"norms.lint\" name=\"\(name)\" file=\"\(name)\""
            guard let findings = byFile[file] else {
                lines.append(open + "/>")
                continue
            }
            lines.append(open + ">")
            for finding in findings {
                let message = XMLText.escape("\(finding.message) [\(finding.ruleID)]")
                var body = "\(finding.span): \(finding.severity.rawValue): \(finding.message) [\(finding.ruleID)]"
                if let help = finding.help { body += "\nhelp: \(help)" }
                lines.append("      <failure type=\"\(finding.severity.rawValue)\" message=\"\(message)\">\(XMLText.escape(body, inAttribute: false))</failure>")
            }
            lines.append("    </testcase>")
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
