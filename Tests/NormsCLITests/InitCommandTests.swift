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
