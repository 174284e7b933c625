import Foundation
import NormsPolicy
import NormsSource
import NormsTestSupport
import Testing

/// `extends` may name only files inside the policy root, and never quotes a file that is not a policy.
@Suite struct PolicyRootTests {
    private static let policyHead = "norms: 1\nname: A\ntimezone: UTC\nchannels: {email: {mode: async}}\n"
    private static let basePolicy = "norms: 1\nchannels: {chat: {mode: async}}\n"

    @Test func anAbsolutePathOutsideTheRootIsRefusedAndNothingOfItIsQuoted() throws {
        let marked = MarkedSource(Self.policyHead + "extends: ↓/etc/passwd\n")
        let (folder, result) = try withPolicyFiles(["a.yaml": marked.text]) { folder in
            (FilePaths.identity(folder), PolicyLoader().loadCollecting(path: folder + "/a.yaml"))
        }
        #expect(result.diagnostics.map(\.code) == ["policy.extends-outside-root"])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message == "base '/etc/passwd' is outside the policy root '\(folder)'")
        #expect(diagnostic.span?.start == marked.marker)
        #expect(!result.diagnostics.contains { $0.span?.file == "/etc/passwd" })
        #expect(result.policy?.files.count == 1)
    }

    @Test func aDotDotThatClimbsOutOfTheRootIsRefused() throws {
        let marked = MarkedSource(Self.policyHead + "extends: [↓../outside.yaml]\n")
        let result = try withPolicyFiles(["repo/.git/HEAD": "ref: main\n", "repo/team/a.yaml": marked.text,
                                          "outside.yaml": Self.basePolicy]) { folder in
            PolicyLoader().loadCollecting(path: folder + "/repo/team/a.yaml")
        }
        // The root is the folder holding .git, so ../ from team/ stays inside, ../../ leaves.
        #expect(result.diagnostics.map(\.code) == ["policy.extends-missing"])
        let climbing = MarkedSource(Self.policyHead + "extends: [↓../../outside.yaml]\n")
        let refused = try withPolicyFiles(["repo/.git/HEAD": "ref: main\n", "repo/team/a.yaml": climbing.text,
                                           "outside.yaml": Self.basePolicy]) { folder in
            PolicyLoader().loadCollecting(path: folder + "/repo/team/a.yaml")
        }
        #expect(refused.diagnostics.map(\.code) == ["policy.extends-outside-root"])
        #expect(refused.diagnostics.first?.span?.start == climbing.marker)
        #expect(refused.policy?.channels.map(\.id.value) == ["email"])
    }

    @Test func aBaseInsideTheRootLoadsThroughDotDotAndAnAbsolutePath() throws {
        let files = ["repo/.norms.yaml": "", "repo/bases/company.yaml": Self.basePolicy,
                     "repo/team/a.yaml": Self.policyHead + "extends: ../bases/company.yaml\n"]
        let channels = try withPolicyFiles(files) { folder in
            try PolicyLoader().load(path: folder + "/repo/team/a.yaml").channels.map(\.id.value)
        }
        #expect(channels == ["chat", "email"])
        let absolute = try withPolicyFiles(["repo/.git": "gitdir: elsewhere\n", "repo/bases/company.yaml": Self.basePolicy]) { folder in
            let policy = Self.policyHead + "extends: \(folder)/repo/bases/company.yaml\n"
            try Data(policy.utf8).write(to: URL(fileURLWithPath: folder + "/repo/a.yaml"))
            return try PolicyLoader().load(path: folder + "/repo/a.yaml").channels.map(\.id.value)
        }
        #expect(absolute == ["chat", "email"])
    }

    @Test func aSymbolicLinkThatPointsOutOfTheRootIsRefused() throws {
        let marked = MarkedSource(Self.policyHead + "extends: ↓link.yaml\n")
        let result = try withPolicyFiles(["secret.txt": "TOKEN=ghp_123456\n", "repo/.git/HEAD": "", "repo/a.yaml": marked.text]) { folder in
            try FileManager.default.createSymbolicLink(atPath: folder + "/repo/link.yaml", withDestinationPath: folder + "/secret.txt")
            return PolicyLoader().loadCollecting(path: folder + "/repo/a.yaml")
        }
        #expect(result.diagnostics.map(\.code) == ["policy.extends-outside-root"])
        #expect(!result.diagnostics.contains { $0.description.contains("ghp_") })
    }

    @Test func theRootCanBeSetOutright() throws {
        let files = ["shared/company.yaml": Self.basePolicy, "team/a.yaml": Self.policyHead + "extends: ../shared/company.yaml\n"]
        let (refused, widened) = try withPolicyFiles(files) { folder in
            (PolicyLoader().loadCollecting(path: folder + "/team/a.yaml").diagnostics.map(\.code),
             try PolicyLoader(root: PolicyRoot(folder)).load(path: folder + "/team/a.yaml").channels.count)
        }
        // Without a marker, the root is the policy's own folder.
        #expect(refused == ["policy.extends-outside-root"])
        #expect(widened == 2)
    }

    @Test(arguments: [
        ("TOKEN=ghp_secret\n", "its top level is not a mapping"),
        ("token: ghp_secret\nurl: https://example.com\n", "it has no 'norms: 1' line"),
        ("- ghp_secret\n", "its top level is not a mapping"),
        ("key: [ghp_secret\n", "it is not a YAML document"),
        ("", "it is empty"),
        ("{token: ghp_secret}\n", "it has no 'norms: 1' line"),
    ])
    func aBaseThatIsNotAPolicyIsReportedWithoutItsContent(content: String, reason: String) throws {
        let marked = MarkedSource(Self.policyHead + "extends: ↓.env\n")
        let result = try withPolicyFiles([".git/HEAD": "", "a.yaml": marked.text, ".env": content]) { folder in
            PolicyLoader().loadCollecting(path: folder + "/a.yaml")
        }
        #expect(result.diagnostics.map(\.code) == ["policy.extends-not-policy"])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message == "base '.env' is not a policy: \(reason)")
        #expect(diagnostic.span?.start == marked.marker)
        #expect(!result.diagnostics.contains { "\($0) \($0.notes)".contains("ghp_") })
    }

    @Test func aBaseWithANormsLineKeepsItsOwnPositionedErrors() throws {
        let result = try withPolicyFiles([".git/HEAD": "", "a.yaml": Self.policyHead + "extends: base.yaml\n",
                                          "base.yaml": "norms: 1\nchannels: [unclosed\n"]) { folder in
            PolicyLoader().loadCollecting(path: folder + "/a.yaml")
        }
        #expect(result.diagnostics.map(\.code).allSatisfy { $0.hasPrefix("yaml.") })
        #expect(result.diagnostics.first?.span?.file.hasSuffix("/base.yaml") == true)
    }

    @Test func discoveryFindsTheNearestMarkerElseTheFallback() throws {
        let roots = try withPolicyFiles(["repo/.git/HEAD": "", "repo/a/b/p.yaml": "", "loose/c/p.yaml": ""]) { folder in
            [PolicyRoot.discover(forPolicyAt: folder + "/repo/a/b/p.yaml").path,
             PolicyRoot.discover(forPolicyAt: folder + "/loose/c/p.yaml").path,
             PolicyRoot.discover(forPolicyAt: folder + "/loose/c/p.yaml", fallback: folder + "/loose").path,
             PolicyRoot.discover(forPolicyAt: folder + "/loose/c/p.yaml", fallback: folder + "/loose/c/p.yaml").path,
             FilePaths.identity(folder)]
        }
        let folder = roots[4]
        #expect(roots[0] == folder + "/repo")
        #expect(roots[1] == folder + "/loose/c")
        #expect(roots[2] == folder + "/loose")
        #expect(roots[3] == folder + "/loose/c")
    }
}
