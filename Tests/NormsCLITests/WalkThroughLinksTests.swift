import Foundation
import NormsTestSupport
import Testing

/// A folder walk (`norms lint DIR`, `norms test DIR`, `norms diff --messages DIR`) reads no file
/// that a symbolic link takes outside the policy root, as a file named through such a link is not:
/// the link is reported once with `policy.file-outside-root`, and links that stay inside work.
@Suite("folder walks and symbolic links")
struct WalkThroughLinksTests {
    /// A git project (`repo/`, marked by its `.git`) whose `policies/` holds a policy, a link to a
    /// policy-looking file outside the project (`leak.yaml`), a link to a folder of them
    /// (`leak-folder`) and a link to a policy inside the project (`shared.yaml`); and the same
    /// for test files in `tests/`.
    final class Project {
        let scratch: CLIScratchFolder
        var repo: URL { scratch.url.appendingPathComponent("repo") }

        init() throws {
            scratch = try CLIScratchFolder()
            try FileManager.default.createDirectory(at: repo.appendingPathComponent(".git"), withIntermediateDirectories: true)
            _ = try scratch.write("repo/policies/team.yaml", WalkThroughLinksTests.policy(name: "team", mode: "async"))
            _ = try scratch.write("repo/shared/base.yaml", WalkThroughLinksTests.policy(name: "shared", mode: "asynk"))
            _ = try scratch.write("outside/secret.yaml", WalkThroughLinksTests.policy(name: "SECRET-NAME", mode: "SECRET-MODE"))
            _ = try scratch.write("outside/folder/deep.yaml", WalkThroughLinksTests.policy(name: "SECRET-DEEP", mode: "SECRET-MODE"))
            _ = try scratch.write("repo/tests/team.test.yaml", WalkThroughLinksTests.testFile(policy: "../policies/team.yaml", name: "team"))
            _ = try scratch.write("repo/shared/linked.test.yaml", WalkThroughLinksTests.testFile(policy: "../policies/team.yaml", name: "linked"))
            _ = try scratch.write("outside/secret.test.yaml", WalkThroughLinksTests.testFile(policy: "secret.yaml", name: "SECRET-CASE"))
            let outside = scratch.url.appendingPathComponent("outside").path
            try link("policies/leak.yaml", to: outside + "/secret.yaml")
            try link("policies/leak-folder", to: outside + "/folder")
            try link("policies/shared.yaml", to: "../shared/base.yaml")
            try link("tests/leak.test.yaml", to: outside + "/secret.test.yaml")
            try link("tests/linked.test.yaml", to: "../shared/linked.test.yaml")
        }

        func link(_ name: String, to target: String) throws {
            try FileManager.default.createSymbolicLink(atPath: repo.appendingPathComponent(name).path, withDestinationPath: target)
        }
    }

    static func policy(name: String, mode: String) -> String {
        "norms: 1\nname: \(name)\ntimezone: Europe/Berlin\nchannels:\n  email: {mode: \(mode)}\npeople:\n  ana: {}\n"
    }

    static func testFile(policy: String, name: String) -> String {
        """
        policy: \(policy)
        cases:
          - name: \(name)
            message: {channel: email, from: ana, to: [ana], sent_at: 2026-03-02T10:00:00+01:00}
            expect: {allowed: true}

        """
    }

    /// Whether `text` shows anything of the files outside the project: their names or contents.
    static func leaks(_ text: String) -> Bool {
        text.contains("SECRET") || text.contains("secret.") || text.contains("deep.yaml") || text.contains("outside/")
    }

    @Test("lint refuses links out of the root once each, in every format, and lints the link inside", arguments: [
        "text", "json", "sarif", "github",
    ])
    func lintRefusesLinksOut(format: String) throws {
        let project = try Project()
        let result = try NormsProcess.run(["lint", "--format", format, "policies/"], in: project.repo)
        let output = result.stdout + result.stderr
        #expect(result.status == 2, "\(output)")
        #expect(!Self.leaks(output), "\(output)")
        for link in ["policies/leak.yaml", "policies/leak-folder"] {
            let refusal = "error: '\(link)' leads outside the policy root '\(project.repo.resolvingSymlinksInPath().path)'"
            #expect(result.stderr.components(separatedBy: refusal).count == 2, "\(result.stderr)")
        }
        #expect(result.stderr.components(separatedBy: "[policy.file-outside-root]").count == 3, "\(result.stderr)")
        // The link inside the project is linted under its own name: its misspelt mode is found.
        #expect(result.stdout.contains("policies/shared.yaml") && result.stdout.contains("asynk"), "\(result.stdout)")
        #expect(result.stdout.contains("policies/team.yaml"), "\(result.stdout)")
    }

    @Test("lint of the whole project: the same two links refused (test files are not lint's), the policies inside linted")
    func lintOfTheProject() throws {
        let project = try Project()
        let result = try NormsProcess.run(["lint", "--format", "json"], in: project.repo)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(!Self.leaks(result.stdout + result.stderr), "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.components(separatedBy: "[policy.file-outside-root]").count == 3, "\(result.stderr)")
    }

    @Test("a named folder that is itself a link out of the project is refused before it is listed")
    func namedFolderThroughLink() throws {
        let project = try Project()
        try project.link("borrowed", to: project.scratch.url.appendingPathComponent("outside").path)
        for arguments in [["lint", "borrowed"], ["test", "borrowed/"]] {
            let result = try NormsProcess.run(arguments, in: project.repo)
            #expect(result.status == 2, "\(arguments) \(result.stderr)")
            #expect(result.stderr.contains("error: 'borrowed' leads outside the policy root"), "\(arguments) \(result.stderr)")
            #expect(!Self.leaks(result.stdout + result.stderr), "\(arguments) \(result.stdout)\(result.stderr)")
        }
    }

    @Test("a folder linked to another checkout, marked by its own .git, is not a project of its own: named or walked, it is refused")
    func linkToAnotherCheckout() throws {
        let project = try Project()
        let checkout = project.scratch.url.appendingPathComponent("outside/checkout")
        try FileManager.default.createDirectory(at: checkout.appendingPathComponent(".git"), withIntermediateDirectories: true)
        _ = try project.scratch.write("outside/checkout/theirs.yaml", Self.policy(name: "SECRET-CHECKOUT", mode: "SECRET-MODE"))
        try project.link("policies/checkout", to: checkout.path)
        for arguments in [["lint", "policies/checkout"], ["lint", "policies/checkout/theirs.yaml"], ["lint", "--format", "sarif", "policies/"]] {
            let result = try NormsProcess.run(arguments, in: project.repo)
            #expect(result.status == 2, "\(arguments) \(result.stderr)")
            #expect(result.stderr.contains("leads outside the policy root"), "\(arguments) \(result.stderr)")
            #expect(!Self.leaks(result.stdout + result.stderr), "\(arguments) \(result.stdout)\(result.stderr)")
        }
    }

    @Test("test refuses a test file linked from outside the project, and runs the one linked from inside", arguments: ["text", "json"])
    func testRefusesLinksOut(format: String) throws {
        let project = try Project()
        let result = try NormsProcess.run(["test", "--format", format, "tests/"], in: project.repo)
        let output = result.stdout + result.stderr
        #expect(result.status == 2, "\(output)")
        #expect(!Self.leaks(output), "\(output)")
        #expect(result.stderr.components(separatedBy: "error: 'tests/leak.test.yaml' leads outside the policy root").count == 2,
                "\(result.stderr)")
        #expect(result.stderr.components(separatedBy: "[policy.file-outside-root]").count == 2, "\(result.stderr)")
        #expect(result.stdout.contains("tests/linked.test.yaml") && result.stdout.contains("tests/team.test.yaml"), "\(result.stdout)")
    }

    @Test("diff --messages DIR reads no message through a link out of the project")
    func diffRefusesLinksOut() throws {
        let project = try Project()
        _ = try project.scratch.write("repo/messages/hello.yaml", "{channel: email, from: ana, to: [ana], sent_at: 2026-03-02T10:00:00+01:00}\n")
        _ = try project.scratch.write("outside/message.yaml", "{channel: email, from: ana, to: [ana], sent_at: 2026-03-02T10:00:00+01:00, subject: SECRET}\n")
        try project.link("messages/leak.yaml", to: project.scratch.url.appendingPathComponent("outside/message.yaml").path)
        let result = try NormsProcess.run(["diff", "policies/team.yaml", "policies/team.yaml", "--messages", "messages/"], in: project.repo)
        #expect(result.stderr.contains("error: 'messages/leak.yaml' leads outside the policy root"), "\(result.stderr)")
        #expect(!Self.leaks(result.stdout + result.stderr), "\(result.stdout)\(result.stderr)")
    }
}
