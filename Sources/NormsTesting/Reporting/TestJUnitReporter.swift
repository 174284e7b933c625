import NormsSource

/// The `norms test --format junit` report: one `<testsuite>` per test file, one `<testcase>` per
/// case, a `<failure>` holding the expected-versus-actual table for a failed case, and an
/// `<error>` for a file that did not run. With a coverage minimum, a `coverage` suite holds one
/// case per policy that fails below it. Every text is XML-escaped.
public struct TestJUnitReporter: Sendable {
    public init() {}

    public func render(_ run: TestRun, options: TestReportOptions = TestReportOptions()) -> String {
        var suites = run.suites.map(suite)
        var failures = run.failedCount
        if let minimum = options.minimumCoverage {
            suites.append(coverageSuite(run.coverage, minimum: minimum))
            failures += run.belowCoverage(minimum).count
        }
        if !run.problems.isEmpty {
            let text = run.problems.map(\.description).joined(separator: "\n")
            suites.append("""
                  <testsuite name="norms" tests="1" failures="0" errors="1">
                    <testcase name="run" classname="norms">
                      <error message="\(XMLText.escape(run.problems[0].message))">\(XMLText.escape(text, inAttribute: false))</error>
                    </testcase>
                  </testsuite>

                """)
        }
        let errors = run.suites.count { !$0.problems.isEmpty } + (run.problems.isEmpty ? 0 : 1)
        let tests = run.cases.count + (options.minimumCoverage == nil ? 0 : run.coverage.count) + errors
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="norms test" tests="\(tests)" failures="\(failures)" errors="\(errors)">

            """ + suites.joined() + "</testsuites>\n"
    }

    private func suite(_ suite: TestRun.SuiteResult) -> String {
        let name = XMLText.escape(suite.path)
        if !suite.problems.isEmpty {
            let text = suite.problems.map(\.description).joined(separator: "\n")
            return """
                  <testsuite name="\(name)" tests="1" failures="0" errors="1">
                    <testcase name="load" classname="\(name)" file="\(name)">
                      <error message="\(XMLText.escape(suite.problems[0].message))">\(XMLText.escape(text, inAttribute: false))</error>
                    </testcase>
                  </testsuite>

                """
        }
        var output = "  <testsuite name=\"\(name)\" tests=\"\(suite.results.count)\" failures=\"\(suite.failed)\" errors=\"0\">\n"
        for result in suite.results {
            let caseName = XMLText.escape(result.testCase.name)
            let line = result.testCase.span.start.line
            output += "    <testcase name=\"\(caseName)\" classname=\"\(name)\" file=\"\(name)\" line=\"\(line)\""
            if result.passed {
                output += "/>\n"
                continue
            }
            let count = result.mismatches.count
            let message = "\(count) \(count == 1 ? "field differs" : "fields differ"): "
                + result.mismatches.map(\.field).joined(separator: ", ")
            let body = "\(result.testCase.location): \(result.testCase.name)\n" + FailureText.render(result, indent: "")
            output += ">\n      <failure message=\"\(XMLText.escape(message))\" type=\"mismatch\">"
                + XMLText.escape(body, inAttribute: false) + "</failure>\n    </testcase>\n"
        }
        return output + "  </testsuite>\n"
    }

    private func coverageSuite(_ coverage: [PolicyCoverage], minimum: Double) -> String {
        let failing = coverage.count { $0.percent < minimum }
        var output = "  <testsuite name=\"coverage\" tests=\"\(coverage.count)\" failures=\"\(failing)\" errors=\"0\">\n"
        for policy in coverage {
            let name = XMLText.escape(policy.path)
            output += "    <testcase name=\"\(name)\" classname=\"coverage\""
            guard policy.percent < minimum else {
                output += "/>\n"
                continue
            }
            let message = "\(ValueText.percent(policy.percent)) of rules covered, below the minimum \(ValueText.percent(minimum))"
            let body = policy.uncovered.map { "not covered: \($0.id) (\($0.source))" }.joined(separator: "\n")
            output += ">\n      <failure message=\"\(XMLText.escape(message))\" type=\"coverage\">\(XMLText.escape(body, inAttribute: false))</failure>\n    </testcase>\n"
        }
        return output + "  </testsuite>\n"
    }
}
