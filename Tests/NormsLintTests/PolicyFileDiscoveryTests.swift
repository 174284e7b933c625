import NormsPolicy
import Foundation
import NormsLint
import NormsSource
import Testing

/// Which files lint checks, and what it says about the ones that are not policies: lint never
/// passes a file it decided not to check.
@Suite struct PolicyFileDiscoveryTests {
    private static let misspelt = """
        nroms: 1
        name: Example
        timezone: Europe/Berlin
        channels:
          email: {mode: async}
        """

    private static let workflow = "name: CI\non: push\njobs: {}\n"

    private func evidence(_ text: String) -> PolicyFileEvidence {
        PolicyFileEvidence(SourceFile(path: "f.yaml", text: text))
    }

    // MARK: - Evidence

    @Test func aMisspeltNormsKeyIsFoundAndThePolicyLooksLikeOne() {
        let found = evidence(Self.misspelt)
        #expect(!found.isPolicy)
        #expect(found.topLevel == .mapping)
        #expect(found.keys.map(\.name) == ["nroms", "name", "timezone", "channels"])
        #expect(found.misspeltVersionKey?.name == "nroms")
        #expect(found.misspeltVersionKey?.span.start.line == 1)
        #expect(found.misspeltVersionKey?.span.end.column == 6)
        // nroms 2 + name 1 + timezone 2 + channels 2 = 7 ≥ 4, and all 4 keys are policy keys.
        #expect(found.policyKeys == ["nroms", "name", "timezone", "channels"])
        #expect(found.looksLikePolicy)
    }

    @Test(arguments: ["norm", "Norms", "nrom", "norsm"])
    func misspellingsOfNorms(_ key: String) {
        #expect(evidence("\(key): 1\n").misspeltVersionKey?.name == key)
    }

    @Test func aNormsLineWithoutItsColonIsFound() {
        let found = evidence("norms 1\nname: Example\n")
        #expect(found.topLevel == .unparsed)
        #expect(found.keys.map(\.name) == ["name"])
        #expect(found.versionKeyWithoutColon?.name == "norms")
        #expect(found.versionKeyWithoutColon?.span.start.column == 1)
        #expect(found.misspeltVersionKey == nil)
    }

    @Test func theShapeOfTheTopLevel() {
        #expect(evidence("").topLevel == .empty)
        #expect(evidence("# only a comment\n").topLevel == .empty)
        #expect(evidence("- a\n- b\n").topLevel == .list)
        #expect(evidence("just words\n").topLevel == .scalar)
        #expect(evidence("a: [\n").topLevel == .unparsed)
        #expect(evidence("{norms: 1, name: Flow}\n").isPolicy)
        #expect(evidence("norms: 1\nname: [broken\n").isPolicy)
    }

    @Test func otherFormatsDoNotLookLikePolicies() {
        // name 1: a GitHub workflow.
        #expect(!evidence(Self.workflow).looksLikePolicy)
        // extends 1 + rules 1 = 2: a stylelint or yamllint configuration.
        #expect(!evidence("extends: base\nrules: {}\n").looksLikePolicy)
        // Norms 2 + name 1 = 3 < 4.
        #expect(!evidence("Norms: 1\nname: Team\n").looksLikePolicy)
        // timezone 2 + channels 2 = 4, but 2 of 5 keys is not more than half.
        #expect(!evidence("timezone: UTC\nchannels: {}\na: 1\nb: 2\nc: 3\n").looksLikePolicy)
    }

    @Test func policyKeysWithoutNormsLookLikeAPolicy() {
        // timezone 2 + channels 2 = 4, 2 of 2 keys.
        #expect(evidence("timezone: UTC\nchannels: {chat: {mode: async}}\n").looksLikePolicy)
        // Read from the lines when the YAML does not parse.
        let broken = evidence("timezone: UTC\nchannels: [\n")
        #expect(broken.topLevel == .unparsed)
        #expect(broken.looksLikePolicy)
    }

    // MARK: - Files named on the command line

    @Test func aNamedFileWithAMisspeltNormsKeyIsOneFindingWithASuggestion() throws {
        let folder = try TemporaryFolder()
        try folder.write("team.yaml", Self.misspelt)
        let result = LintTesting.linter.lint(paths: [folder.path + "/team.yaml"])
        #expect(result.files == [folder.path + "/team.yaml"])
        // Only the one finding: not the loader's cascade of missing and unknown keys.
        let finding = try #require(result.findings.count == 1 ? result.findings.first : nil)
        #expect(finding.ruleID == "not-a-policy")
        #expect(finding.severity == .error)
        #expect(finding.message == "'\(folder.path)/team.yaml' has no top-level 'norms' key, so it is not a policy")
        #expect(finding.help == "did you mean 'norms'?")
        #expect(LintTesting.places([finding.span.start]) == ["1:1"])
        #expect(result.exitStatus(strict: false) == .failed)
    }

    @Test func namedFilesThatAreNotPoliciesAreFindings() {
        let lint = { (text: String) in LintTesting.linter.lint(source: SourceFile(path: "f.yaml", text: text)) }
        #expect(lint("").map(\.message) == ["'f.yaml' is empty, so it is not a policy"])
        #expect(lint(Self.workflow).map(\.message) == ["'f.yaml' has no top-level 'norms' key, so it is not a policy"])
        #expect(lint("- a\n").map(\.message) == ["'f.yaml' is not a policy: its top level is a list, not a mapping with the key 'norms'"])
        #expect(lint("norms 1\n").map(\.help) == ["write 'norms: 1': a key ends with a colon and a space"])
        // Broken YAML: both what is wrong with it and that it is not a policy.
        #expect(lint("name: [x\n").map(\.ruleID) == ["not-a-policy", "yaml-syntax"])
        let suite = LintTesting.linter.lint(source: SourceFile(path: "team.test.yaml", text: "policy: team.yaml\ncases: []\n"))
        #expect(suite.map(\.message) == ["'team.test.yaml' is a policy test suite, not a policy"])
    }

    @Test func skippingNonPoliciesStillReportsFilesThatLookLikePolicies() throws {
        let folder = try TemporaryFolder()
        try folder.write("workflow.yaml", Self.workflow)
        try folder.write("team.yaml", Self.misspelt)
        try folder.write("team.test.yaml", "policy: team.yaml\ncases: []\n")
        let paths = ["workflow.yaml", "team.yaml", "team.test.yaml"].map { folder.path + "/" + $0 }
        let result = LintTesting.linter.lint(paths: paths, skippingNonPolicies: true)
        #expect(result.files == [folder.path + "/team.yaml"])
        #expect(result.skipped == [folder.path + "/workflow.yaml", folder.path + "/team.test.yaml"])
        #expect(result.findings.map(\.ruleID) == ["not-a-policy"])
    }

    // MARK: - Folders

    @Test func aFileInAFolderThatLooksLikeAPolicyIsAFinding() throws {
        let folder = try TemporaryFolder()
        try folder.write("team.yaml", "timezone: UTC\nchannels:\n  chat: {mode: async}\npeople:\n  ana: {}\n")
        try folder.write("workflow.yaml", Self.workflow)
        let result = LintTesting.linter.lint(paths: [folder.path])
        #expect(result.files == [folder.path + "/team.yaml"])
        #expect(result.skipped == [folder.path + "/workflow.yaml"])
        #expect(result.findings.map(\.message) == [
            "'\(folder.path)/team.yaml' looks like a policy (top-level keys 'timezone', 'channels', 'people') but has no top-level 'norms' key",
        ])
    }

    @Test func aFileThatOnlyLooksLikeAPolicyCanSaySoInAComment() throws {
        let folder = try TemporaryFolder()
        try folder.write("bot.yaml", "# norms:disable not-a-policy\ntimezone: UTC\nchannels: {general: {}}\n")
        let result = LintTesting.linter.lint(paths: [folder.path])
        #expect(result.files.count == 1)
        #expect(result.findings.isEmpty)
        #expect(result.exitStatus(strict: true) == .clean)
    }

    // MARK: - Nothing to lint

    @Test func anEmptyFolderIsAProblemUnlessAllowed() throws {
        let folder = try TemporaryFolder()
        let result = LintTesting.linter.lint(paths: [folder.path])
        #expect(result.problems.map(\.code) == ["lint.no-policy"])
        #expect(result.problems.first?.message == "no policy to lint in '\(folder.path)': found no YAML file")
        #expect(result.exitStatus(strict: false) == .unreadable)
        let allowed = LintTesting.linter.lint(paths: [folder.path], allowingEmpty: true)
        #expect(allowed.problems.isEmpty)
        #expect(allowed.exitStatus(strict: false) == .clean)
    }

    @Test func aFolderOfOtherYAMLFilesIsAProblem() throws {
        let folder = try TemporaryFolder()
        try folder.write("workflow.yaml", Self.workflow)
        try folder.write("team.test.yaml", "policy: team.yaml\ncases: []\n")
        let result = LintTesting.linter.lint(paths: [folder.path])
        #expect(result.files.isEmpty)
        #expect(result.problems.map(\.message) == [
            "no policy to lint in '\(folder.path)': found 1 YAML file, which is not a policy (no top-level 'norms' key)",
        ])
    }

    @Test func aMissingPathIsItsOwnProblem() {
        let result = LintTesting.linter.lint(paths: ["/no/such/folder"])
        #expect(result.problems.map(\.message) == ["no such file or folder '/no/such/folder'"])
    }

    // MARK: - Symbolic link loops

    @Test func aSymbolicLinkLoopIsCalledOne() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/a.yaml", withDestinationPath: "b.yaml")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/b.yaml", withDestinationPath: "a.yaml")
        try folder.write("team.yaml", LintTesting.header + "\nextends: a.yaml\nchannels:\n  chat: {mode: async}\n")
        let result = LintTesting.linter.lint(paths: [folder.path + "/a.yaml", folder.path])
        // Named and found in the folder, a.yaml is reported once.
        #expect(result.problems.map(\.code) == ["io.symlink-loop", "io.symlink-loop"])
        #expect(result.problems.map(\.message) == ["a.yaml", "b.yaml"].map {
            "'\(folder.path)/\($0)' is a symbolic link loop: its links lead back to themselves, never to a file"
        })
        let extends = try #require(result.findings.first { $0.ruleID == "broken-extends" })
        #expect(extends.message.hasSuffix("'\(folder.path)/a.yaml' is a symbolic link loop"))
    }

    // MARK: - Symbolic links out of the policy root

    @Test func aLinkOutOfTheProjectIsRefusedOnceAndALinkInsideIsLinted() throws {
        let folder = try TemporaryFolder()
        let policy = LintTesting.header + "\nchannels:\n  chat: {mode: async}\n"
        try FileManager.default.createDirectory(atPath: folder.path + "/project/.git", withIntermediateDirectories: true)
        try folder.write("project/policies/team.yaml", policy)
        try folder.write("project/shared/inside.yaml", policy)
        try folder.write("outside/secret.yaml", policy)
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.path + "/project/policies/leak.yaml", withDestinationPath: folder.path + "/outside/secret.yaml")
        try manager.createSymbolicLink(atPath: folder.path + "/project/policies/out", withDestinationPath: "../../outside")
        try manager.createSymbolicLink(atPath: folder.path + "/project/policies/inside.yaml", withDestinationPath: "../shared/inside.yaml")
        let policies = folder.path + "/project/policies"
        // Named twice, the folder's links are still reported once each.
        let found = PolicyFileFinder().find([policies, policies + "/"])
        #expect(found.files.map(\.path) == [policies + "/inside.yaml", policies + "/team.yaml"])
        let root = URL(fileURLWithPath: folder.path + "/project").resolvingSymlinksInPath().path
        #expect(found.problems.map(\.code) == ["policy.file-outside-root", "policy.file-outside-root"])
        #expect(found.problems.map(\.message) == ["leak.yaml", "out"].map { "'\(policies)/\($0)' leads outside the policy root '\(root)'" })
        #expect(found.problems.allSatisfy { $0.span == nil && !$0.message.contains("outside/") })
        // An excluded link is not looked at; --root decides where a link may lead.
        let excluding = PolicyFileFinder(filter: PathFilter(base: folder.path + "/project", exclude: [PathPattern("policies/leak.yaml"), PathPattern("policies/out/")]))
        #expect(excluding.find([policies]).problems.isEmpty)
        let wider = PolicyFileFinder(root: PolicyRoot(folder.path)).find([policies])
        #expect(wider.problems.isEmpty)
        // out/secret.yaml is the file leak.yaml leads to: linted once, under the first name found.
        #expect(wider.files.map(\.path) == ["inside.yaml", "leak.yaml", "team.yaml"].map { policies + "/" + $0 })
    }

    @Test func withoutAMarkerTheNamedFolderIsTheRoot() throws {
        let folder = try TemporaryFolder()
        let policy = LintTesting.header + "\nchannels:\n  chat: {mode: async}\n"
        try folder.write("named/a/team.yaml", policy)
        try folder.write("named/b/base.yaml", policy)
        try folder.write("beside/other.yaml", policy)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/named/a/base.yaml", withDestinationPath: "../b/base.yaml")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/named/a/other.yaml", withDestinationPath: "../../beside/other.yaml")
        let found = PolicyFileFinder().find([folder.path + "/named"])
        // b/base.yaml is the file a/base.yaml leads to, so it is linted once, under the first name found.
        #expect(found.files.map(\.path) == ["a/base.yaml", "a/team.yaml"].map { folder.path + "/named/" + $0 })
        #expect(found.problems.map(\.message) == [
            "'\(folder.path)/named/a/other.yaml' leads outside the policy root '\(URL(fileURLWithPath: folder.path + "/named").resolvingSymlinksInPath().path)'",
        ])
    }
}
