import Foundation
import NormsLint
import NormsPolicy
@testable import NormsReporting
import NormsSource
import NormsTestSupport
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Golden-file tests of every lint output format, over the findings of a fixture policy and one
/// finding made to stress escaping.
@Suite struct LintReportersTests {
    static let today = LocalDate(year: 2026, month: 6, day: 1)!

    /// The fixture's path as reports show it.
    static let policyPath = "policies/team.yaml"

    static let fixture: SourceFile = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/team.yaml")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return SourceFile(path: policyPath, text: text)
    }()

    /// A finding whose file name and text hold every character some format must escape.
    static let awkward = Finding(
        ruleID: "unknown-key", severity: .warning,
        message: "50% of <keys> & \"values\" aren't: known, here\nsecond line",
        span: SourceSpan(file: "policies/odd, name:ü.yaml", start: SourcePosition(line: 2, column: 3, offset: 10),
                         end: SourcePosition(line: 2, column: 8, offset: 15)),
        help: "did you mean 'a,b:c'?")

    static var report: LintReport {
        let result = Linter(today: today).lint(sources: [fixture])
        let findings = (result.findings + [awkward]).sorted(by: Finding.isOrderedBefore)
        return LintReport(findings: findings, files: result.files + ["policies/clean.yaml"],
                          sources: [policyPath: fixture], toolVersion: "1.2.3")
    }

    /// The report with a few rules only, so that the golden files do not change with every rule's wording.
    static var smallReport: LintReport {
        var report = report
        report.rules = report.rules.filter { ["overlapping-working-hours", "expired-rule", "unknown-key"].contains($0.description.id) }
        return report
    }

    // MARK: - Golden files

    @Test func fixtureFindings() {
        let ids = Self.report.findings.map(\.ruleID)
        #expect(ids == [
            "unknown-key", "overlapping-working-hours", "focus-outside-working-hours", "mixed-clocks",
            "expiry-without-owner", "expired-rule",
        ])
    }

    @Test func text() {
        assertSnapshot(TextLintReporter().report(Self.report), named: "lint.text.txt")
    }

    @Test func textInColour() {
        assertSnapshot(TextLintReporter(useColor: true).report(Self.report), named: "lint.text-colour.txt")
    }

    @Test func json() {
        assertSnapshot(JSONLintReporter().report(Self.report), named: "lint.json")
    }

    @Test func sarif() {
        assertSnapshot(SARIFLintReporter().report(Self.smallReport), named: "lint.sarif.json")
    }

    @Test func junit() {
        assertSnapshot(JUnitLintReporter().report(Self.report), named: "lint.junit.xml")
    }

    @Test func github() {
        assertSnapshot(GitHubActionsLintReporter().report(Self.report), named: "lint.github.txt")
    }

    @Test func cleanText() {
        let report = LintReport(findings: [], files: ["a.yaml", "b.yaml"], toolVersion: "1.2.3")
        #expect(TextLintReporter().report(report) == "2 files linted: no problems.\n")
        #expect(JSONLintReporter().report(report) == "[]\n")
        #expect(GitHubActionsLintReporter().report(report) == "")
    }

    // MARK: - Contracts

    @Test func formatsAreNamedAsOnTheCommandLine() {
        #expect(LintReportFormat.allCases.map(\.rawValue) == ["text", "json", "sarif", "junit", "github"])
    }

    @Test func jsonHasTheContractFields() throws {
        let data = Data(JSONLintReporter().report(Self.report).utf8)
        let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(objects.count == Self.report.findings.count)
        for object in objects {
            #expect(Set(object.keys) == ["file", "line", "column", "severity", "rule", "message", "hint"])
        }
    }

    @Test func githubEscapesDataAndProperties() {
        let line = GitHubActionsLintReporter().report(LintReport(findings: [Self.awkward], files: [], toolVersion: "1"))
        #expect(line == "::warning file=policies/odd%2C name%3Aü.yaml,line=2,col=3,title=unknown-key::"
                + "50%25 of <keys> & \"values\" aren't: known, here\\nsecond line%0Ahelp: did you mean 'a,b:c'?\n")
        #expect(GitHubActionsLintReporter.escapeData("a%b\r\nc") == "a%25b%0D%0Ac")
        #expect(GitHubActionsLintReporter.escapeData("a\u{1B}[2Jb\u{7}") == "a\\e[2Jb\\u{7}")
        #expect(GitHubActionsLintReporter.escapeProperty("a:b,c%") == "a%3Ab%2Cc%25")
    }

    @Test func githubUsesOneCommandPerSeverity() {
        let commands = Severity.allCases.map { severity in
            GitHubActionsLintReporter().report(LintReport(
                findings: [Finding(ruleID: "r", severity: severity, message: "m", span: Self.awkward.span)], files: [], toolVersion: "1"))
        }
        #expect(commands.map { String($0.prefix { $0 != " " }) } == ["::notice", "::warning", "::error"])
    }

    @Test func junitIsWellFormedXML() throws {
        let xml = JUnitLintReporter().report(Self.report)
        #if canImport(FoundationXML) || canImport(Darwin)
        let parser = XMLParser(data: Data(xml.utf8))
        #expect(parser.parse(), "JUnit output does not parse: \(String(describing: parser.parserError))")
        #endif
        #expect(xml.contains("<testcase classname=\"norms.lint\" name=\"policies/clean.yaml\" file=\"policies/clean.yaml\"/>"))
    }

    // MARK: - SARIF

    @Test func sarifDescribesEveryRegisteredRule() throws {
        let data = Data(SARIFLintReporter().report(Self.report).utf8)
        let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "norms")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == LintRuleRegistry.ids)
        for rule in rules {
            for key in ["id", "name", "shortDescription", "fullDescription", "help", "defaultConfiguration"] {
                #expect(rule[key] != nil, "rule \(rule["id"] ?? "?") has no '\(key)'")
            }
        }
        let results = try #require(run["results"] as? [[String: Any]])
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
    }

    @Test func sarifURIsAreURIReferences() {
        #expect(SARIFLintReporter.uri("policies/odd, name:ü.yaml") == "policies/odd,%20name:%C3%BC.yaml")
        #expect(SARIFLintReporter.uri("/tmp/a b.yaml") == "file:///tmp/a%20b.yaml")
    }

    @Test
    func sarifValidatesAgainstTheSARIFSchema() throws {
        let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/sarif-schema-2.1.0.json").path
        let full = try JSONSchemaValidator.temporaryFile(SARIFLintReporter().report(Self.report), name: "full.sarif")
        let empty = try JSONSchemaValidator.temporaryFile(
            SARIFLintReporter().report(LintReport(findings: [], files: [], toolVersion: "0.1.0")), name: "empty.sarif")
        let failed = try JSONSchemaValidator.temporaryFile(
            SARIFLintReporter().report(LintReport(findings: [], files: [], problems: LintProblemsReportingTests.problems, toolVersion: "0.1.0")),
            name: "failed.sarif")
        defer { for path in [full, empty, failed] { try? FileManager.default.removeItem(atPath: path) } }
        let problems = try JSONSchemaValidator.problems(schema: schema, documents: [full, empty, failed])
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}
