import Foundation
import NormsLint
@testable import NormsReporting
import NormsSource
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A run that could not lint everything it was given never reads as a clean run, in any format.
@Suite struct LintProblemsReportingTests {
    /// A path that could not be read, and a file over the size limit (which has a position).
    static let problems = [
        Diagnostic(code: "io.unreadable", message: "no such file or folder 'policies/gone'", span: nil,
                   help: "check the path and its permissions"),
        Diagnostic(code: "io.too-large", message: "the file is 20000000 bytes, more than the limit of 16777216",
                   span: SourceSpan(file: "policies/huge.yaml", at: SourcePosition(line: 1, column: 1, offset: 0)),
                   help: "split the file; a policy or a message is never this large"),
    ]

    static let nothingToLint = Diagnostic(code: LintResult.nothingToLintCode, message: "no policy to lint in 'docs': found no YAML file",
                                          span: nil, help: "name the policy files or their folder")

    private static let error = Finding(ruleID: "unknown-key", severity: .error, message: "unknown key 'x'",
                                       span: SourceSpan(file: "policies/a.yaml", at: SourcePosition(line: 2, column: 1, offset: 9)))

    private func summary(findings: [Finding] = [], files: [String], problems: [Diagnostic]) -> String {
        TextLintReporter.summary(LintReport(findings: findings, files: files, problems: problems, toolVersion: "1"))
    }

    // MARK: - Text

    @Test func theTextSummarySaysWhatCouldNotBeRead() {
        #expect(summary(files: ["policies/a.yaml"], problems: []) == "1 file linted: no problems.")
        #expect(summary(files: ["policies/a.yaml"], problems: [Self.problems[0]]) == "1 file linted: 1 path could not be read.")
        #expect(summary(findings: [Self.error], files: ["policies/a.yaml"], problems: Self.problems)
                == "1 file linted: 1 error; 2 paths could not be read.")
        #expect(summary(files: [], problems: [Self.problems[0]]) == "0 files linted: 1 path could not be read; no policy found.")
    }

    @Test func theTextSummaryOfARunWithNothingToLint() {
        #expect(summary(files: [], problems: [Self.nothingToLint]) == "0 files linted: no policy found.")
        // Allowed to be empty (--allow-empty), the run is clean, and still does not claim to have checked anything.
        #expect(summary(files: [], problems: []) == "0 files linted: no policy found.")
    }

    // MARK: - JUnit

    @Test func junitReportsEachProblemAsAnError() {
        let xml = JUnitLintReporter().report(LintReport(findings: [], files: ["policies/a.yaml"], problems: Self.problems, toolVersion: "1"))
        #expect(xml.contains("<testsuites name=\"norms lint\" tests=\"3\" failures=\"0\" errors=\"2\">"))
        #expect(xml.contains("    <testcase classname=\"norms.lint\" name=\"no such file or folder 'policies/gone'\">\n"))
        #expect(xml.contains("    <testcase classname=\"norms.lint\" name=\"policies/huge.yaml\">\n"))
        #expect(xml.contains("""
                  <error type="io.too-large" message="the file is 20000000 bytes, more than the limit of 16777216">\
            error: the file is 20000000 bytes, more than the limit of 16777216 [io.too-large]
            help: split the file; a policy or a message is never this large</error>
            """))
        #if canImport(FoundationXML) || canImport(Darwin)
        #expect(XMLParser(data: Data(xml.utf8)).parse())
        #endif
    }

    // MARK: - SARIF

    @Test func sarifMarksARunWithProblemsAsFailed() throws {
        let text = SARIFLintReporter().report(LintReport(findings: [], files: [], problems: Self.problems, toolVersion: "1"))
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notifications = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
        #expect(notifications.map { ($0["descriptor"] as? [String: Any])?["id"] as? String } == ["io.unreadable", "io.too-large"])
        #expect(notifications.map { $0["level"] as? String } == ["error", "error"])
        #expect((notifications[0]["message"] as? [String: Any])?["text"] as? String
                == "no such file or folder 'policies/gone' (check the path and its permissions)")
        #expect(notifications[0]["locations"] == nil)
        let location = (notifications[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == "policies/huge.yaml")
    }

    @Test func sarifOfACleanRunHasNoInvocations() throws {
        let text = SARIFLintReporter().report(LintReport(findings: [], files: ["policies/a.yaml"], toolVersion: "1"))
        #expect(!text.contains("invocations"))
    }
}
