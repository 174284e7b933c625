import Foundation
import NormsTestSupport
import Testing

/// Every file named on the command line obeys the rule a named policy does: a symbolic link that
/// takes it outside its own project is refused unread. A policy named must also lie inside the
/// root `--root` sets; message, log and test files need not.
@Suite("files named on the command line and the policy root")
struct NamedFilesThroughLinksTests {
    typealias Project = WalkThroughLinksTests.Project

    /// The project, with `messages/leak.yaml` and `messages/leak.jsonl` linked to files outside it
    /// whose text is malformed, so any excerpt of them would show a `SECRET` line, and a message
    /// inside the project (`messages/hello.yaml`).
    static func project() throws -> Project {
        let project = try Project()
        _ = try project.scratch.write("repo/messages/hello.yaml", "{channel: email, from: ana, to: [ana], sent_at: 2026-03-02T10:00:00+01:00}\n")
        _ = try project.scratch.write("outside/message.yaml", "channel: email\nSECRET-LINE: [unclosed\n")
        _ = try project.scratch.write("outside/message.jsonl", "{\"channel\": \"email\", SECRET-LINE\n")
        let outside = project.scratch.url.appendingPathComponent("outside").path
        try project.link("messages/leak.yaml", to: outside + "/message.yaml")
        try project.link("messages/leak.jsonl", to: outside + "/message.jsonl")
        return project
    }

    @Test("a message or log file named through a link out of the project is refused unread", arguments: [
        ["check", "--policy", "policies/team.yaml", "messages/leak.yaml"],
        ["check", "--policy", "policies/team.yaml", "--format", "json", "--batch", "messages/leak.jsonl"],
        ["diff", "policies/team.yaml", "policies/team.yaml", "--messages", "messages/hello.yaml", "messages/leak.yaml"],
        ["audit", "--policy", "policies/team.yaml", "--format", "json", "messages/leak.jsonl"],
    ])
    func messageFileThroughLinkOut(arguments: [String]) throws {
        let project = try Self.project()
        let result = try NormsProcess.run(arguments, in: project.repo)
        let named = arguments.last!
        #expect(result.status == 2, "\(arguments) \(result.stderr)")
        let refusal = "error: '\(named)' leads outside the policy root '\(project.repo.resolvingSymlinksInPath().path)' [policy.file-outside-root]"
        #expect(result.stderr.components(separatedBy: refusal).count == 2, "\(arguments) \(result.stderr)")
        #expect(result.stderr.contains("help: a symbolic link in a project may not lead outside it; name the file by its own path instead"),
                "\(result.stderr)")
        #expect(!WalkThroughLinksTests.leaks(result.stdout + result.stderr), "\(arguments) \(result.stdout)\(result.stderr)")
        #expect(!result.stderr.contains("unclosed"), "\(result.stderr)")
    }

    @Test("the same file named by its own path is read: what it holds is the user's to see")
    func messageFileByItsOwnPath() throws {
        let project = try Self.project()
        let own = project.scratch.url.appendingPathComponent("outside/message.yaml").path
        let result = try NormsProcess.run(["check", "--policy", "policies/team.yaml", own], in: project.repo)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(!result.stderr.contains("policy.file-outside-root"), "\(result.stderr)")
        #expect(result.stderr.contains("\(own):3:1: error: invalid YAML"), "the file itself is read: \(result.stderr)")
    }

    @Test("diff without --messages warns once of each link out that its search skipped, and compares the two test files inside")
    func diffWarnsOfTheLinksItSkipped() throws {
        let project = try Project()
        let result = try NormsProcess.run(["diff", "policies/team.yaml", "policies/team.yaml"], in: project.repo)
        #expect(result.status == 0, "\(result.stderr)")
        for link in ["tests/leak.test.yaml", "policies/leak-folder"] {
            let warning = "warning: '\(link)' leads outside the policy root '\(project.repo.resolvingSymlinksInPath().path)' [policy.file-outside-root]"
            #expect(result.stderr.components(separatedBy: warning).count == 2, "\(result.stderr)")
        }
        #expect(result.stderr.components(separatedBy: "[policy.file-outside-root]").count == 3, "\(result.stderr)")
        #expect(result.stderr.contains("name the messages to compare with --messages"), "\(result.stderr)")
        #expect(result.stdout == "0 of 2 messages change\n", "\(result.stdout)")
        #expect(!WalkThroughLinksTests.leaks(result.stdout + result.stderr), "\(result.stdout)\(result.stderr)")
    }

    @Test("with --root, a policy named outside it is refused unread by lint, check and diff alike", arguments: [
        ["lint", "--root", "policies", "shared/base.yaml"],
        ["lint", "--root", "policies", "--format", "sarif", "shared/base.yaml"],
        ["check", "--root", "policies", "--policy", "shared/base.yaml", "--channel", "email", "--from", "ana", "--to", "ana",
         "--at", "2026-03-02T10:00:00+01:00"],
        ["diff", "--root", "policies", "shared/base.yaml", "policies/team.yaml", "--messages", "messages/hello.yaml"],
    ])
    func policyOutsideTheRootGiven(arguments: [String]) throws {
        let project = try Self.project()
        let result = try NormsProcess.run(arguments, in: project.repo)
        #expect(result.status == 2, "\(arguments) \(result.stderr)")
        let root = project.repo.resolvingSymlinksInPath().path + "/policies"
        #expect(result.stderr.contains("error: 'shared/base.yaml' lies outside the policy root '\(root)' [policy.file-outside-root]"),
                "\(arguments) \(result.stderr)")
        #expect(result.stderr.contains("help: name only files inside the policy root, or set --root to a folder that holds them"),
                "\(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains("asynk"), "nothing of the file is read: \(result.stdout)\(result.stderr)")
    }

    @Test("with --root around it, the same policy is linted; a test file outside --root still runs")
    func insideTheRootGiven() throws {
        let project = try Self.project()
        let lint = try NormsProcess.run(["lint", "--root", ".", "shared/base.yaml"], in: project.repo)
        #expect(lint.status == 1, "\(lint.stderr)")
        #expect(lint.stdout.contains("shared/base.yaml:5:17: error: invalid value 'asynk'"), "\(lint.stdout)")
        let test = try NormsProcess.run(["test", "--root", "policies", "tests/team.test.yaml"], in: project.repo)
        #expect(test.status == 0, "\(test.stdout)\(test.stderr)")
        #expect(test.stdout.contains("1 case: 1 passed"), "\(test.stdout)")
    }
}
