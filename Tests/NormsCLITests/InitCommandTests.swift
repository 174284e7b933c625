import Foundation
import NormsTestSupport
import Testing

@Suite("norms init")
struct InitCommandTests {
    /// The package's `policies/` folder.
    static let policies = NormsProcess.packageRoot.appendingPathComponent("policies")

    @Test("no arguments: policies/remote-async.yaml and the base it extends, byte for byte")
    func defaultTemplate() throws {
        let folder = try CLIScratchFolder()
        let result = try NormsProcess.run(["init"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("Wrote   policies/remote-async.yaml (template remote-async)\n"
                                        + "Wrote   policies/base/company.yaml (the base policy it extends)\n"))
        // Byte for byte, but for the "Try it" line, which names the example message written beside it.
        let template = try String(contentsOf: Self.policies.appendingPathComponent("remote-async.yaml"), encoding: .utf8)
            .replacingOccurrences(of: " examples/messages/question-during-focus.yaml\n",
                                  with: " policies/messages/question-during-focus.yaml\n")
        #expect(try String(contentsOf: folder.url.appendingPathComponent("policies/remote-async.yaml"), encoding: .utf8) == template)
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("policies/messages/question-during-focus.yaml"))
                == Data(contentsOf: NormsProcess.packageRoot.appendingPathComponent("examples/messages/question-during-focus.yaml")))
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("policies/base/company.yaml"))
                == Data(contentsOf: Self.policies.appendingPathComponent("base/company.yaml")))
    }

    @Test("every template is written with its base and loads on its own", arguments: ["remote-async", "support", "oncall", "company"])
    func everyTemplateLoads(template: String) throws {
        let folder = try CLIScratchFolder()
        let target = folder.path("team/\(template).yaml")
        let written = try NormsProcess.run(["init", "--template", template, target])
        #expect(written.status == 0, "\(written.stderr)")
        let doc = try NormsProcess.run(["doc", target])
        #expect(doc.status == 0, "\(doc.stderr)")
        #expect(doc.stderr.isEmpty)
    }

    @Test("an existing policy file is never overwritten: exit 2 and a clear message")
    func refusesToOverwrite() throws {
        let folder = try CLIScratchFolder()
        let target = try folder.write("mine.yaml", "# my own policy\n")
        let result = try NormsProcess.run(["init", "--template", "support", target])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("error: '\(target)' already exists; norms init never overwrites a file [init.file-exists]"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "# my own policy\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path("base/company.yaml")))
    }

    @Test("an existing base is kept as it is, with a note when it differs")
    func keepsExistingBase() throws {
        let folder = try CLIScratchFolder()
        let base = try folder.write("base/company.yaml", "# the company's own base\n")
        let result = try NormsProcess.run(["init", "--template", "oncall", folder.path("oncall.yaml")])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Kept    \(base) (the base policy it extends, already there)"))
        #expect(result.stderr.contains("note: kept the existing '\(base)'"))
        #expect(try String(contentsOfFile: base, encoding: .utf8) == "# the company's own base\n")
        #expect(FileManager.default.fileExists(atPath: folder.path("oncall.yaml")))
    }

    @Test("a folder as PATH receives TEMPLATE.yaml")
    func folderPath() throws {
        let folder = try CLIScratchFolder()
        let result = try NormsProcess.run(["init", "--template", "company", folder.url.path])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path("company.yaml")))
    }

    @Test("an unknown template: exit 2, did you mean, and the list of templates")
    func unknownTemplate() throws {
        let folder = try CLIScratchFolder()
        let result = try NormsProcess.run(["init", "--template", "remote-asnyc", folder.path("x.yaml")])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("error: unknown template 'remote-asnyc' [init.unknown-template]"))
        #expect(result.stderr.contains("help: did you mean 'remote-async'? The templates are: oncall, remote-async, support, support-and-engineering, company."))
        #expect(!FileManager.default.fileExists(atPath: folder.path("x.yaml")))
    }

    @Test("--list names every policy of policies/ with its headline")
    func list() throws {
        let result = try NormsProcess.run(["init", "--list"])
        #expect(result.status == 0)
        let names = result.stdout.split(separator: "\n").map { $0.split(separator: "\t").first.map(String.init) ?? "" }
        #expect(names == ["oncall", "remote-async", "support", "support-and-engineering", "company"])
        #expect(result.stdout.contains("support\tCustomer support — staffed hours across two zones, one overnight shift\n"))
    }

    /// The embedded copy of `policies/` must match the folder. Run with `RECORD_SNAPSHOTS=1` to
    /// write it again after changing a policy; a run that records fails, so CI never records.
    @Test("the embedded templates are the files of policies/")
    func embeddedTemplatesAreFresh() throws {
        let generated = NormsProcess.packageRoot.appendingPathComponent("Sources/NormsReporting/Charter/EmbeddedPolicies.swift")
        let expected = try EmbeddedPoliciesGenerator.source(for: Self.policies)
        GoldenFile.expect(expected, matches: generated, regenerate: "RECORD_SNAPSHOTS=1 swift test --filter InitCommandTests")
    }
}

/// Writes `EmbeddedPolicies.swift`: every `*.yaml`/`*.yml` file below `policies/` except test
/// files (`*.test.yaml`), sorted by path, each as a raw multi-line string literal.
enum EmbeddedPoliciesGenerator {
    static func source(for folder: URL) throws -> String {
        var lines = [
            "// Generated from the files of policies/ by InitCommandTests. Do not edit this file: edit the policy,",
            "// then run `RECORD_SNAPSHOTS=1 swift test --filter InitCommandTests` to write it again.",
            "",
            "/// The files of the project's `policies/` folder, embedded so that `norms init` works without a",
            "/// checkout. Paths are relative to `policies/`, sorted; each text is the file byte for byte.",
            "public enum EmbeddedPolicies {",
            "    public static let files: [(path: String, text: String)] = [",
        ]
        var messages: [String] = []
        for path in try policyPaths(in: folder) {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            lines += entry(path: path, text: text)
            messages += tryItMessages(in: text)
        }
        lines += [
            "    ]",
            "",
            "    /// The example messages the policies' \"Try it\" lines name, for the starter `norms init` writes.",
            "    /// Paths are relative to the project's root (`examples/messages/…`), sorted.",
            "    public static let messages: [(path: String, text: String)] = [",
        ]
        let root = folder.deletingLastPathComponent()
        for path in Set(messages).sorted() {
            lines += entry(path: path, text: try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8))
        }
        lines += ["    ]", "}"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// One `(path:, text:)` element as a raw multi-line string literal.
    private static func entry(path: String, text: String) -> [String] {
        precondition(!text.contains("\"\"\"####"), "\(path) holds the literal's closing delimiter")
        // The literal drops the line break before its closing delimiter, hence the extra one.
        return ["        (", "            path: \"\(path)\",", "            text: ####\"\"\"", text + "\n\"\"\"####", "        ),"]
    }

    /// The message files named by `#   norms check --policy POLICY MESSAGE` comment lines.
    private static func tryItMessages(in text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            guard words.first == "#", words.dropFirst().starts(with: ["norms", "check"]), let last = words.last,
                  last.hasPrefix("examples/messages/") else { return nil }
            return String(last)
        }
    }

    /// Paths relative to `folder`, sorted by Unicode scalar order (as `sorted()` sorts).
    private static func policyPaths(in folder: URL) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var paths: [String] = []
        while let path = walker.nextObject() as? String {
            let isPolicy = path.hasSuffix(".yaml") || path.hasSuffix(".yml")
            let isTest = path.hasSuffix(".test.yaml") || path.hasSuffix(".test.yml")
            if isPolicy && !isTest { paths.append(path) }
        }
        return paths.sorted()
    }
}

@Suite("norms init: a starter that works")
struct InitStarterTests {
    @Test("lint, test and check all succeed right after norms init", arguments: ["remote-async", "support", "oncall"])
    func starterWorks(template: String) throws {
        let folder = try CLIScratchFolder()
        let written = try NormsProcess.run(["init", "--template", template], in: folder.url)
        #expect(written.status == 0, "\(written.stderr)")
        let test = "policies/\(template).test.yaml"
        #expect(written.stdout.contains("Wrote   \(test) (a starter test: 'norms test \(test)')"))
        let lint = try NormsProcess.run(["lint"], in: folder.url)
        #expect(lint.status == 0, "\(lint.stdout)\(lint.stderr)")
        let tests = try NormsProcess.run(["test"], in: folder.url)
        #expect(tests.status == 0, "\(tests.stdout)\(tests.stderr)")
        #expect(tests.stdout.contains("1 passed"), "\(tests.stdout)")
        // The policy's "Try it" line names the files as written, and that command succeeds.
        let policy = try String(contentsOfFile: folder.path("policies/\(template).yaml"), encoding: .utf8)
        let line = try #require(policy.split(separator: "\n").first { $0.hasPrefix("#   norms check --policy ") })
        let words = line.split(separator: " ").dropFirst(2).map(String.init)
        #expect(words.first == "check")
        #expect(FileManager.default.fileExists(atPath: folder.path(words.last ?? "")))
        let check = try NormsProcess.run(Array(words), in: folder.url)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test("the starter test expects the decision, and fails when the policy changes it")
    func starterTestCanFail() throws {
        let folder = try CLIScratchFolder()
        _ = try NormsProcess.run(["init", "--template", "oncall", "team/oncall.yaml"], in: folder.url)
        let test = try String(contentsOfFile: folder.path("team/oncall.test.yaml"), encoding: .utf8)
        #expect(test.contains("policy: oncall.yaml\n"))
        #expect(test.contains("    message:\n      channel: phone\n      from: alertmanager\n"))
        // The oncall example is an outage at night: urgent, and it needs an immediate reply.
        #expect(test.hasSuffix("    expect:\n      level: urgent\n      needs_immediate_reply: true\n      allowed: true\n"))
        let flipped = test.replacingOccurrences(of: "needs_immediate_reply: true", with: "needs_immediate_reply: false")
        try Data(flipped.utf8).write(to: folder.url.appendingPathComponent("team/oncall.test.yaml"))
        let run = try NormsProcess.run(["test", "team"], in: folder.url)
        #expect(run.status == 1)
    }

    @Test("norms test on a policy says it is a policy, not a test file")
    func testOnPolicy() throws {
        let result = try NormsProcess.run(["test", "policies/oncall.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: 'policies/oncall.yaml' is a policy, not a test file [test.policy-not-test-file]"),
                "\(result.stderr)")
        #expect(!result.stderr.contains("unknown key"))
    }
}
