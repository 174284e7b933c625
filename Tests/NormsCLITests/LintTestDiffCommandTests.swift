import Foundation
import Testing

@Suite("norms lint, test and diff")
struct LintTestDiffCommandTests {
    @Test("the example policies lint clean: exit 0")
    func examplePoliciesAreClean() throws {
        let result = try NormsProcess.run(["lint", "policies/"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("no problems"))
    }

    @Test("a planted mistake is a finding on its line: exit 1")
    func plantedMistake() throws {
        let file = NormsProcess.fixture("lint/broken.yaml")
        let result = try NormsProcess.run(["lint", file, "--format", "json"])
        #expect(result.status == 1)
        // `interupt` on line 13 is an unknown key: the finding points at it, with a suggestion.
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let finding = try #require(findings.first { $0["rule"] as? String == "unknown-key" })
        #expect(finding["line"] as? Int == 13)
        #expect(finding["hint"] as? String == "did you mean 'interrupt'?")
    }

    @Test("GitHub workflow commands escape the message")
    func githubFormat() throws {
        let result = try NormsProcess.run(["lint", NormsProcess.fixture("lint/broken.yaml"), "--format", "github"])
        #expect(result.status == 1)
        let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("unknown-key") })
        #expect(line.hasPrefix("::error file=Tests/NormsCLITests/Fixtures/lint/broken.yaml,line=13,col="))
        // Properties escape ':' and ','; the message after '::' keeps them readable.
        #expect(line.contains("title=unknown-key::"))
    }

    @Test("SARIF output is one JSON log")
    func sarifFormat() throws {
        let result = try NormsProcess.run(["lint", NormsProcess.fixture("lint/broken.yaml"), "--format", "sarif"])
        #expect(result.status == 1)
        let log = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(log?["version"] as? String == "2.1.0")
    }

    @Test("a path that does not exist: exit 2")
    func missingPath() throws {
        let result = try NormsProcess.run(["lint", "no/such/folder"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no/such/folder"))
    }

    @Test("--list-rules names every rule with its severity")
    func listRules() throws {
        let result = try NormsProcess.run(["lint", "--list-rules"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("no-urgent-path"))
        #expect(result.stdout.contains("error"))
    }

    @Test("the example suites pass with full rule coverage")
    func exampleSuites() throws {
        let result = try NormsProcess.run(["test", "examples/", "--min-coverage", "100"])
        #expect(result.status == 0)
        #expect(result.stdout.contains(" 0 failed"))
    }

    @Test("a wrong expectation fails the run with expected and actual side by side: exit 1")
    func wrongExpectation() throws {
        let result = try NormsProcess.run(["test", NormsProcess.fixture("tests/wrong.test.yaml")])
        #expect(result.status == 1)
        #expect(result.stdout.contains("a planted wrong expectation"))
        #expect(result.stdout.contains("recipients.bob.notify"))
        #expect(result.stdout.contains("1 passed, 1 failed"))
    }

    @Test("finding no test at all is an error: exit 2")
    func noTests() throws {
        let result = try NormsProcess.run(["test", NormsProcess.fixture("lint")])
        #expect(result.status == 2)
    }

    @Test("diff lists the messages whose decision changes, and fails on change when asked")
    func diff() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("norms-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try String(contentsOf: NormsProcess.packageRoot.appendingPathComponent(NormsProcess.fixture("acme.yaml")), encoding: .utf8)
        // Chat replies move from 4 business hours to 2: every chat message's deadline changes.
        let changed = folder.appendingPathComponent("acme.yaml")
        try original.replacingOccurrences(of: "reply_within: 4 business hours", with: "reply_within: 2 business hours")
            .write(to: changed, atomically: true, encoding: .utf8)
        let messages = folder.appendingPathComponent("messages.jsonl")
        try """
            {"channel": "chat", "from": "alice", "to": ["bob"], "sent_at": "2026-11-25T10:00:00-08:00"}
            {"channel": "email", "from": "alice", "to": ["bob"], "sent_at": "2026-11-25T10:00:00-08:00"}
            """.write(to: messages, atomically: true, encoding: .utf8)
        let result = try NormsProcess.run([
            "diff", NormsProcess.fixture("acme.yaml"), changed.path, "--messages", messages.path, "--format", "json", "--fail-on-change",
        ])
        #expect(result.status == 1)
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(report?["total"] as? Int == 2)
        #expect(report?["changed"] as? Int == 1)
        // Bob, 10:00 Los Angeles: 4 business hours → 14:00, 2 → 12:00; the e-mail is unchanged.
        #expect(result.stdout.contains("2026-11-25T14:00:00-08:00"))
        #expect(result.stdout.contains("2026-11-25T12:00:00-08:00"))
    }
}
