import Foundation
import NormsTestSupport
import Testing

/// Every JSON output of the command line validates against its schema in `schema/`, and every
/// object output carries its `version`.
@Suite("JSON outputs against their schemas")
struct OutputSchemaTests {
    static func schema(_ name: String) -> String {
        NormsProcess.packageRoot.appendingPathComponent("schema/\(name)").path
    }

    /// Validates each document against a schema; the documents are written to temporary files.
    static func expectValid(_ documents: [String], schema name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let files = try documents.enumerated().map { try JSONSchemaValidator.temporaryFile($0.element, name: "\($0.offset).json") }
        defer { for file in files { try? FileManager.default.removeItem(atPath: file) } }
        let problems = try JSONSchemaValidator.problems(schema: schema(name), documents: files)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    static func version(of json: String) throws -> Int? {
        (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["version"] as? Int
    }

    @Test("check --format json, with and without --explain")
    func check() throws {
        var outputs: [String] = []
        for (policy, message) in [("oncall", "outage-at-night.yaml"), ("support", "card-number-in-chat.json"),
                                  ("remote-async", "question-during-focus.yaml")] {
            for explain in [[], ["--explain"]] {
                let result = try NormsProcess.run(["check", "--policy", "policies/\(policy).yaml", "examples/messages/\(message)",
                                                   "--format", "json"] + explain)
                #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
                #expect(try Self.version(of: result.stdout) == 1)
                outputs.append(result.stdout)
            }
        }
        try Self.expectValid(outputs, schema: "norms-decision.schema.json")
    }

    @Test("check --batch: decision lines and error lines")
    func batch() throws {
        let input = try String(contentsOf: NormsProcess.packageRoot.appendingPathComponent("examples/messages/batch.jsonl"), encoding: .utf8)
            + "{\"id\": \"bad\", \"channel\": \"fax\"}\n\nnot json\n"
        var lines: [String] = []
        for explain in [[], ["--explain"]] {
            let result = try NormsProcess.run(["check", "--policy", "policies/support.yaml", "--batch", "-"] + explain, input: input)
            #expect(result.status == 2)
            lines += result.stdout.split(separator: "\n").map(String.init)
        }
        #expect(lines.contains { $0.contains("\"error\":") })
        #expect(lines.allSatisfy { (try? Self.version(of: $0)) == 1 })
        try Self.expectValid(lines, schema: "norms-batch-line.schema.json")
    }

    @Test("lint --format json: the array by default, the versioned object with --json-object")
    func lint() throws {
        let broken = NormsProcess.fixture("lint/broken.yaml")
        let array = try NormsProcess.run(["lint", broken, "policies/", "--format", "json"])
        #expect(array.status == 1)
        #expect(array.stdout.hasPrefix("[\n"))
        try Self.expectValid([array.stdout], schema: "norms-lint.schema.json")

        let object = try NormsProcess.run(["lint", broken, "policies/", "no-such-folder/", "--format", "json", "--json-object"])
        #expect(object.status == 2)
        #expect(try Self.version(of: object.stdout) == 1)
        try Self.expectValid([object.stdout], schema: "norms-lint-report.schema.json")
        // The object holds the same findings as the array, and the problem of the missing folder.
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(object.stdout.utf8)) as? [String: Any])
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(array.stdout.utf8)) as? [Any])
        #expect((parsed["findings"] as? [Any])?.count == findings.count)
        #expect((parsed["problems"] as? [[String: Any]])?.first?["code"] as? String == "io.unreadable")
    }

    @Test("test --format json, with coverage and a failing case")
    func test() throws {
        let folder = try CLIScratchFolder()
        let policy = NormsProcess.packageRoot.appendingPathComponent("policies/oncall.yaml").path
        _ = try folder.write("failing.test.yaml", """
            policy: \(policy)
            cases:
              - name: wrong on purpose
                message: {channel: phone, from: alertmanager, to: [ana], sent_at: 2026-11-26T02:10:00Z, tags: [outage]}
                expect: {needs_immediate_reply: false}
            """)
        let passing = try NormsProcess.run(["test", "examples/", "--format", "json", "--min-coverage", "50"])
        #expect(passing.status == 0, "\(passing.stderr)")
        let failing = try NormsProcess.run(["test", folder.url.path, "--format", "json", "--root", "/"])
        #expect(failing.status == 1, "\(failing.stderr)")
        for output in [passing.stdout, failing.stdout] { #expect(try Self.version(of: output) == 1) }
        try Self.expectValid([passing.stdout, failing.stdout], schema: "norms-test.schema.json")
    }

    @Test("diff --format json with changes")
    func diff() throws {
        let folder = try CLIScratchFolder()
        let original = try String(contentsOf: NormsProcess.packageRoot.appendingPathComponent("policies/oncall.yaml"), encoding: .utf8)
        let base = try String(contentsOf: NormsProcess.packageRoot.appendingPathComponent("policies/base/company.yaml"), encoding: .utf8)
        _ = try folder.write("base/company.yaml", base)
        let changed = try folder.write("oncall.yaml", original.replacingOccurrences(of: "then: {reply_within: 1 business hour}",
                                                                                   with: "then: {reply_within: 2 business hours}"))
        let result = try NormsProcess.run(["diff", "policies/oncall.yaml", changed, "--messages", "examples/messages/outage-at-night.yaml",
                                           "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(parsed["version"] as? Int == 1)
        #expect(parsed["changed"] as? Int == 1)
        try Self.expectValid([result.stdout], schema: "norms-diff.schema.json")
    }

    @Test("audit --format json: a four-week log, and an empty one whose shares are null")
    func audit() throws {
        let folder = try CLIScratchFolder()
        let empty = try folder.write("empty.jsonl", "")
        var outputs: [String] = []
        for (log, asOf) in [("examples/logs/four-weeks.jsonl", [String]()), (empty, ["--as-of", "2026-11-30T00:00:00Z"])] {
            let result = try NormsProcess.run(["audit", "--policy", "policies/support-and-engineering.yaml", log, "--format", "json"] + asOf)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try Self.version(of: result.stdout) == 1)
            outputs.append(result.stdout)
        }
        let total = try #require(try JSONSerialization.jsonObject(with: Data(outputs[1].utf8)) as? [String: Any])["total"] as? [String: Any]
        #expect((total?["replies"] as? [String: Any])?["compliance"] is NSNull)
        try Self.expectValid(outputs, schema: "norms-audit.schema.json")
    }
}
