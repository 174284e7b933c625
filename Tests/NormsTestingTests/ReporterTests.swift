import NormsSource
import NormsTesting
import Testing

@Suite("Reports: text, JSON and JUnit")
struct ReporterTests {
    private func failingRun() throws -> (TestRun, String) {
        let folder = try TemporaryFolder()
        try folder.write("small.yaml", SmallPolicy.text)
        let file = try folder.write("t.test.yaml", SmallPolicy.testFile("""
              - {name: passes, message: \(SmallPolicy.email), expect: {level: normal}}
              - name: "fails <&> \\"quoted\\""
                message: \(SmallPolicy.outage)
                expect: {level: high, recipients: {bob: {notify: later}}}

            """))
        return (TestRunner().run(files: [file]), file)
    }

    @Test func textShowsTheCaseItsPlaceTheFieldsSideBySideAndTheRules() throws {
        let (run, file) = try failingRun()
        let text = TestTextReporter().render(run)
        #expect(text.contains("  ok    passes\n"))
        #expect(text.contains("  FAIL  fails <&> \"quoted\"  [\(file):4]\n"))
        #expect(text.contains("        field                  expected  actual\n"))
        #expect(text.contains("        level                  high      urgent\n"))
        #expect(text.contains("        recipients.bob.notify  later     now\n"))
        #expect(text.contains("        matched rules: bob: outages-are-urgent, urgent-breaks-through\n"))
        #expect(text.contains("2 cases: 1 passed, 1 failed\n"))
    }

    @Test func jsonHoldsASummaryAndPerCaseResults() throws {
        let (run, _) = try failingRun()
        let json = TestJSONReporter().render(run, options: TestReportOptions(showCoverage: true))
        #expect(json.contains("\"total\": 2"))
        #expect(json.contains("\"passed\": 1"))
        #expect(json.contains("\"failed\": 1"))
        #expect(json.contains("\"status\": \"failed\""))
        #expect(json.contains("\"field\": \"recipients.bob.notify\""))
        #expect(json.contains("\"coverage\": ["))
        #expect(json.contains("\"uncovered\": ["))
    }

    @Test func junitEscapesAndHasASuitePerFile() throws {
        let (run, file) = try failingRun()
        let xml = TestJUnitReporter().render(run, options: TestReportOptions(minimumCoverage: 100))
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"norms test\" tests=\"3\" failures=\"2\" errors=\"0\">"))
        #expect(xml.contains("<testsuite name=\"\(file)\" tests=\"2\" failures=\"1\" errors=\"0\">"))
        #expect(xml.contains("<testcase name=\"fails &lt;&amp;&gt; &quot;quoted&quot;\""))
        #expect(xml.contains("<failure message=\"2 fields differ: level, recipients.bob.notify\" type=\"mismatch\">"))
        #expect(xml.contains("<testsuite name=\"coverage\" tests=\"1\" failures=\"1\" errors=\"0\">"))
        #expect(!xml.contains("\"fails <"))
    }

    @Test func junitReportsFilesThatDidNotRunAsErrors() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("t.test.yaml", "policy: p.yaml\ncases: {}\n")
        let xml = TestJUnitReporter().render(TestRunner().run(files: [file]))
        #expect(xml.contains("errors=\"1\""))
        #expect(xml.contains("<error message=\"expected a list of cases for 'cases', found a mapping\">"))
    }
}
