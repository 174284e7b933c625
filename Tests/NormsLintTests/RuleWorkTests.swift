import Foundation
import NormsLint
import NormsSource
import Testing

/// How much work a lint run does: a rule the policy disables never runs, and the checks that
/// compare rules pair by pair stay bounded on large policies without losing what they are for.
@Suite struct RuleWorkTests {
    // MARK: - Disabled rules

    @Test func aDisabledRuleNeverRuns() {
        let linter = Linter(today: LintTesting.today, rules: [RunRecordingRule.self])
        let disabled = SourceFile(path: "disabled-probe.yaml", text: LintTesting.header + """

            channels:
              chat: {mode: async}
            lint: {disable: [run-recording]}
            """)
        let enabled = SourceFile(path: "enabled-probe.yaml", text: LintTesting.header + """

            channels:
              chat: {mode: async}
            lint: {disable: [some-other-rule]}
            """)
        _ = linter.lint(sources: [disabled, enabled])
        #expect(RunRecordingRule.runs.paths(containing: "-probe.yaml") == ["enabled-probe.yaml"])
    }

    @Test func aRuleDisabledInABaseNeverRunsOnThePolicy() throws {
        let folder = try TemporaryFolder()
        try folder.write("base.yaml", LintTesting.header + """

            channels:
              chat: {mode: async}
            lint: {disable: [run-recording]}
            """)
        try folder.write(".norms.yaml", "")
        try folder.write("inheriting-probe.yaml", """
            norms: 1
            name: Inheriting
            extends: base.yaml
            """)
        let linter = Linter(today: LintTesting.today, rules: [RunRecordingRule.self])
        _ = linter.lint(paths: [folder.path + "/inheriting-probe.yaml"])
        #expect(RunRecordingRule.runs.paths(containing: "inheriting-probe.yaml").isEmpty)
    }

    @Test func aDisabledRuleReportsNothingAsBefore() {
        let text = LintTesting.header + """

            channels:
              chat: {mode: async}
            rules:
              - id: chat-by-tomorrow
                when: {channel: chat}
                then: {reply_within: 1 business day}
              - id: questions-within-two-days
                when: {kind: question, channel: chat}
                then: {reply_within: 2 business days}
            """
        let enabled = LintTesting.linter.lint(source: SourceFile(path: "shadow.yaml", text: text)).map(\.ruleID)
        let disabled = LintTesting.linter.lint(source: SourceFile(path: "shadow.yaml", text: text + "\nlint: {disable: [shadowed-rule]}\n"))
        #expect(enabled.contains("shadowed-rule"))
        #expect(!disabled.map(\.ruleID).contains("shadowed-rule"))
    }

    // MARK: - Shadowed rules in large policies

    @Test func aShadowedRuleIsFoundAmongThousandsOfRules() {
        // Beyond 2,000 rules the check used to give up; rules on other channels are not compared.
        var rules = [Self.rule("chat-by-tomorrow", when: "{channel: chat}", then: "{reply_within: 1 business day}")]
        rules += (0..<3_000).map { Self.rule("email-\($0)", when: "{channel: email, tags: [tag-\($0)]}", then: "{violation: Use chat.}") }
        rules.append(Self.rule("questions-within-two-days", when: "{kind: question, channel: chat}", then: "{reply_within: 2 business days}"))
        let findings = Self.lintShadowed(rules)
        #expect(findings.map(\.message) == [
            "rule 'questions-within-two-days' never changes a decision: 'chat-by-tomorrow' matches whenever it does and overrides each of its effects",
        ])
    }

    @Test func aRuleWithManyPossibleShadowsIsComparedWithTheFirstOnesAndSaysSo() {
        // Each of the 2,100 rules on chat could shadow the first; it is compared with 2,000 of them.
        var rules = [Self.rule("questions-within-two-days", when: "{kind: question, channel: chat}", then: "{reply_within: 2 business days}")]
        rules += (0..<2_100).map { Self.rule("violation-\($0)", when: "{channel: chat, tags: [tag-\($0)]}", then: "{violation: Use email.}") }
        rules.append(Self.rule("chat-by-tomorrow", when: "{channel: chat}", then: "{reply_within: 1 business day}"))
        let findings = Self.lintShadowed(rules)
        #expect(findings.map(\.severity) == [.info])
        #expect(findings.first?.message ==
            "the check for shadowed rules was cut short: 2 rules were compared with only 2,000 of the rules that could shadow them, so some shadowed rules may not be reported")
        #expect(findings.first?.span.start.line == 7)
    }

    @Test func longTagListsAreComparedAsSets() {
        let tags = (0..<240).map { "tag-\($0)" }
        func list(_ tags: some Sequence<String>) -> String { "[" + tags.joined(separator: ", ") + "]" }
        let rules = [
            Self.rule("broad", when: "{channel: chat, tags: {any: \(list(tags.reversed()))}}", then: "{reply_within: 1h}"),
            Self.rule("one-short", when: "{channel: chat, tags: {any: \(list(tags.dropLast()))}}", then: "{reply_within: 2h}"),
            Self.rule("one-more", when: "{channel: chat, tags: {any: \(list(tags + ["tag-extra"]))}}", then: "{reply_within: 3h}"),
            Self.rule("all-of-them", when: "{channel: chat, tags: {all: \(list(tags))}}", then: "{reply_within: 4h}"),
        ]
        let shadowed = Self.lintShadowed(rules).map { $0.message.split(separator: "'")[1] }
        // 'one-short' and 'all-of-them' hold only when 'broad' does; 'one-more' also on 'tag-extra'.
        #expect(shadowed == ["one-short", "all-of-them"])
    }

    private static func rule(_ id: String, when: String, then: String) -> String {
        "  - {id: \(id), when: \(when), then: \(then)}"
    }

    private static func lintShadowed(_ rules: [String]) -> [Finding] {
        let text = LintTesting.header + """

            channels:
              chat: {mode: async}
              email: {mode: async}
            rules:
            \(rules.joined(separator: "\n"))

            """
        return LintTesting.linter.lint(source: SourceFile(path: "large.yaml", text: text)).filter { $0.ruleID == "shadowed-rule" }
    }
}

/// A rule that finds nothing and records each file it ran on.
struct RunRecordingRule: LintRule {
    static let runs = RunLog()

    static let description = RuleDescription(
        id: "run-recording", name: "Run Recording", category: .hygiene, defaultSeverity: .info,
        summary: "Records that it ran.", rationale: "Tests which rules run.", triggering: [], nonTriggering: []
    )

    func check(_ context: LintContext) -> [Finding] {
        Self.runs.record(context.path)
        return []
    }
}

/// The files a rule ran on, safe to record from tests running in parallel.
final class RunLog: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String] = []

    func record(_ path: String) {
        lock.withLock { paths.append(path) }
    }

    /// The recorded paths that contain `fragment`, without their folders, in the order recorded.
    func paths(containing fragment: String) -> [String] {
        lock.withLock { paths.filter { $0.contains(fragment) }.map { URL(fileURLWithPath: $0).lastPathComponent } }
    }
}
