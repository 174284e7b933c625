import Foundation
import NormsLint
import NormsSource
import Testing

@Suite struct LinterTests {
    private static let clean = """
        norms: 1
        name: Example
        timezone: Europe/Berlin
        channels:
          chat: {mode: async, reply_within: 4 business hours}
          phone: {mode: sync, reply_within: immediate, min_level: urgent, suggest: chat}
        rules:
          - id: urgent-breaks-through
            when: {level: urgent}
            then: {reply_within: immediate, breaks_through: [after_hours, focus, holiday]}
        """

    // MARK: - Exit status

    @Test func aCleanPolicyExitsZero() {
        let result = LintTesting.linter.lint(sources: [SourceFile(path: "clean.yaml", text: Self.clean)])
        #expect(result.findings.isEmpty)
        #expect(result.exitStatus(strict: false) == .clean)
        #expect(result.exitStatus(strict: true) == .clean)
    }

    @Test func leavingTheFilesToTheProcessExitChangesNoFinding() {
        let shadowing = Self.clean + """

              - id: questions-within-two-days
                when: {kind: question, channel: chat}
                then: {reply_within: 2 business days}
              - id: chat-by-tomorrow
                when: {channel: chat}
                then: {reply_within: 1 business day}
            """
        let broken = Self.clean.replacingOccurrences(of: "mode: async", with: "mode: asnyc")
        let sources = [SourceFile(path: "a.yaml", text: shadowing), SourceFile(path: "b.yaml", text: broken)]
        var leaving = LintTesting.linter
        leaving.leavesFilesToProcessExit = true
        let left = leaving.lint(sources: sources)
        let freed = LintTesting.linter.lint(sources: sources)
        #expect(left.findings == freed.findings)
        #expect(left.findings.map(\.ruleID) == ["shadowed-rule", "invalid-value"])
        #expect(left.exitStatus(strict: false) == .failed)
    }

    @Test func errorsExitOne() {
        let text = Self.clean.replacingOccurrences(of: "mode: async", with: "mode: asnyc")
        let result = LintTesting.linter.lint(sources: [SourceFile(path: "bad.yaml", text: text)])
        #expect(result.exitStatus(strict: false) == .failed)
    }

    @Test func warningsFailOnlyWhenStrict() {
        let text = Self.clean.replacingOccurrences(of: "reply_within: 4 business hours", with: "reply_within: immediate")
        let result = LintTesting.linter.lint(sources: [SourceFile(path: "warn.yaml", text: text)])
        #expect(result.findings.map(\.severity) == [.warning])
        #expect(result.exitStatus(strict: false) == .clean)
        #expect(result.exitStatus(strict: true) == .failed)
        #expect(result.failures(strict: false).isEmpty)
        #expect(result.failures(strict: true).count == 1)
    }

    @Test func infoNeverFails() {
        let result = LintResult(findings: [Finding(ruleID: "mixed-clocks", severity: .info, message: "m", span: .synthetic("x"))])
        #expect(result.exitStatus(strict: true) == .clean)
    }

    @Test func anUnreadablePathExitsTwo() {
        let result = LintTesting.linter.lint(paths: ["/no/such/policy.yaml"])
        #expect(result.problems.count == 1)
        #expect(result.exitStatus(strict: false) == .unreadable)
    }

    // MARK: - Order and cascades

    @Test func findingsAreSortedByFileLineColumnAndRule() {
        let text = """
            norms: 1
            name: Example
            timezone: Europe/Berlin
            channels:
              chat: {mode: async, reply_within: immediate, interrupts: "no"}
              phone: {mode: sync, reply_within: none}
            """
        let findings = LintTesting.linter.lint(sources: [SourceFile(path: "b.yaml", text: text), SourceFile(path: "a.yaml", text: text)]).findings
        let keys = findings.map { "\($0.span.file):\($0.span.start.line):\($0.span.start.column):\($0.ruleID)" }
        #expect(keys == keys.sorted { $0.compare($1, options: .numeric) == .orderedAscending })
        #expect(findings.first?.span.file == "a.yaml")
    }

    @Test func rulesThatNeedAValidPolicyWaitForTheLoaderErrorsToBeFixed() {
        // The bad hour range is left out of the schedule; 'no-working-time' must not report the result.
        let text = Self.clean + """

            people:
              bob: {working_hours: {mon-fri: "9-17"}}
            """
        let ids = LintTesting.linter.lint(source: SourceFile(path: "p.yaml", text: text)).map(\.ruleID)
        #expect(ids == ["invalid-schedule"])
    }

    @Test func aFileThatIsNotYAMLIsStillAFinding() {
        let findings = LintTesting.linter.lint(source: SourceFile(path: "p.yaml", text: "norms: 1\nname: [unclosed\n"))
        #expect(findings.map(\.ruleID) == ["yaml-syntax"])
    }

    // MARK: - Files, folders and bases

    @Test func foldersAreSearchedForPoliciesOnly() throws {
        let folder = try TemporaryFolder()
        try folder.write("team.yaml", Self.clean)
        try folder.write("nested/other.yml", Self.clean)
        try folder.write("nested/flow.yaml", "{norms: 1, name: Flow, timezone: UTC, channels: {chat: {mode: async}}}\n")
        try folder.write("team.test.yaml", "policy: team.yaml\ncases: []\n")
        try folder.write("workflow.yaml", "on: push\njobs: {}\n")
        try folder.write(".hidden/secret.yaml", Self.clean)
        try folder.write("notes.txt", "norms: 1\n")
        let found = PolicyFileFinder().find([folder.path])
        #expect(found.problems.isEmpty)
        #expect(found.files.map { $0.path.replacingOccurrences(of: folder.path + "/", with: "") } == ["nested/flow.yaml", "nested/other.yml", "team.yaml"])
        // Named directly, a test file or a non-policy is linted (and reported as not a policy), unless
        // non-policies are skipped, as a pre-commit hook that passes every YAML file asks.
        let named = [folder.path + "/team.test.yaml", folder.path + "/workflow.yaml"]
        #expect(PolicyFileFinder().find(named).files.map(\.path) == named)
        let skipping = PolicyFileFinder(skipsNonPolicies: true).find(named)
        #expect(skipping.files.isEmpty)
        #expect(skipping.skipped == named)
    }

    @Test func aBrokenFileWithANormsLineIsLinted() throws {
        let folder = try TemporaryFolder()
        try folder.write("broken.yaml", "norms: 1\nname: [unclosed\n")
        let result = LintTesting.linter.lint(paths: [folder.path])
        #expect(result.files.count == 1)
        #expect(result.findings.map(\.ruleID) == ["yaml-syntax"])
        #expect(result.exitStatus(strict: false) == .failed)
    }

    @Test func aBaseIsNotCheckedForCompletenessWhenItsPolicyIsLintedToo() throws {
        let folder = try TemporaryFolder()
        let base = """
            norms: 1
            name: Base
            timezone: Europe/Berlin
            channels:
              chat: {mode: async, reply_within: 10m}
            """
        try folder.write("base/company.yaml", base)
        try folder.write("team.yaml", """
            norms: 1
            extends: base/company.yaml
            name: Team
            rules:
              - id: urgent-breaks-through
                when: {level: urgent}
                then: {breaks_through: [after_hours]}
            """)
        let together = LintTesting.linter.lint(paths: [folder.path])
        // The base's own problem is reported once, though both files load it.
        #expect(together.findings.map(\.ruleID) == ["immediate-window-too-long"])
        #expect(together.findings.first?.span.file.hasSuffix("base/company.yaml") == true)
        // Alone, the base has no urgent path.
        let alone = LintTesting.linter.lint(paths: [folder.path + "/base/company.yaml"])
        #expect(alone.findings.map(\.ruleID).sorted() == ["immediate-window-too-long", "no-urgent-path"])
    }

    @Test func aSuppressionInABaseAppliesToFindingsInIt() throws {
        let folder = try TemporaryFolder()
        try folder.write("base.yaml", """
            norms: 1
            name: Base
            timezone: Europe/Berlin
            channels:
              chat: {mode: async, reply_within: 10m}   # norms:disable immediate-window-too-long
            """)
        try folder.write("team.yaml", """
            norms: 1
            extends: base.yaml
            name: Team
            rules:
              - id: urgent-breaks-through
                when: {level: urgent}
                then: {breaks_through: [after_hours]}
            """)
        #expect(LintTesting.linter.lint(paths: [folder.path + "/team.yaml"]).findings.isEmpty)
    }

    @Test func theRealPoliciesLoadWithoutLoaderProblems() throws {
        let policies = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("policies").path
        guard FileManager.default.fileExists(atPath: policies) else { return }
        let result = LintTesting.linter.lint(paths: [policies])
        let loaderProblems = result.findings.filter { LintRuleRegistry.rule(id: $0.ruleID) is any LoaderDiagnosticRule.Type }
        #expect(result.problems.isEmpty)
        #expect(loaderProblems.isEmpty, "\(loaderProblems.map(\.description))")
    }
}

/// A folder under the system's temporary folder, removed when the value is released.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "norms-lint-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
