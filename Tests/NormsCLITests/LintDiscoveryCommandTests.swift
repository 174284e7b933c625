import Foundation
import NormsSource
import Testing

/// `norms lint` never passes what it did not check: files that are not policies, empty selections
/// and unreadable paths are findings or errors in every output format.
@Suite("norms lint: which files it checks")
struct LintDiscoveryCommandTests {
    static let formats = ["text", "json", "sarif", "junit", "github"]

    /// A policy that lints clean.
    static let policy = """
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

    /// The policy with its first line misspelt in four ways.
    static let misspellings = ["nroms: 1", "norm: 1", "Norms: 1", "norms 1"]

    /// A temporary folder holding the given files, removed when the test ends.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("norms-lint-\(UUID().uuidString)")

        init(_ files: [String: String] = [:]) throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for (name, text) in files { try write(name, text) }
        }

        func write(_ name: String, _ text: String) throws {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }

        deinit { try? FileManager.default.removeItem(at: url) }
    }

    private func lint(_ arguments: [String], in folder: Folder) throws -> NormsProcess.Result {
        try NormsProcess.run(["lint"] + arguments, in: folder.url)
    }

    /// The arguments the pre-commit hook passes before the changed files, read from `.pre-commit-hooks.yaml`.
    static func hookArguments() throws -> [String] {
        let text = try String(contentsOf: NormsProcess.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        let entry = try #require(text.split(separator: "\n").first { $0.hasPrefix("  entry: ") })
        let words = entry.dropFirst("  entry: ".count).split(separator: " ").map(String.init)
        #expect(words.prefix(2) == ["norms", "lint"])
        return Array(words.dropFirst(2))
    }

    // MARK: - Files that are not policies

    @Test("a misspelt 'norms' line is a finding in every format", arguments: misspellings, formats)
    func misspeltNormsLine(_ firstLine: String, _ format: String) throws {
        let text = Self.policy.replacingOccurrences(of: "norms: 1", with: firstLine)
        let folder = try Folder(["team.yaml": text])
        let result = try lint(["team.yaml", "--format", format], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("not-a-policy"))
        #expect(!result.stdout.contains("no problems"))
        // Found in a folder, it looks like a policy (name, timezone, channels, rules) and is reported too.
        #expect(try lint([".", "--format", format], in: folder).status == 1)
    }

    @Test("a misspelt 'norms' key comes with a did-you-mean", arguments: misspellings)
    func didYouMean(_ firstLine: String) throws {
        let folder = try Folder(["team.yaml": Self.policy.replacingOccurrences(of: "norms: 1", with: firstLine)])
        let result = try lint(["team.yaml", "--format", "json"], in: folder)
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let finding = try #require(findings.first { $0["rule"] as? String == "not-a-policy" })
        #expect(finding["line"] as? Int == 1)
        #expect(finding["column"] as? Int == 1)
        #expect(finding["message"] as? String == "'team.yaml' has no top-level 'norms' key, so it is not a policy")
        let hint = firstLine == "norms 1" ? "write 'norms: 1': a key ends with a colon and a space" : "did you mean 'norms'?"
        #expect(finding["hint"] as? String == hint)
    }

    @Test("the pre-commit hook reports a policy whose 'norms' line is misspelt", arguments: misspellings)
    func preCommitHookReportsMisspelling(_ firstLine: String) throws {
        let folder = try Folder(["team.yaml": Self.policy.replacingOccurrences(of: "norms: 1", with: firstLine)])
        let result = try lint(try Self.hookArguments() + ["team.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("[not-a-policy]"))
        #expect(result.stdout.hasSuffix("1 file linted: 1 error.\n") || result.stdout.hasSuffix("1 file linted: 2 errors.\n"))
    }

    @Test("an empty file or broken YAML named on the command line is a finding", arguments: ["", "name: [unclosed\n"], formats)
    func emptyOrBrokenFile(_ text: String, _ format: String) throws {
        let folder = try Folder(["team.yaml": text])
        let result = try lint(["team.yaml", "--format", format], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("not-a-policy"))
        #expect(!result.stdout.contains("no problems"))
    }

    @Test("the pre-commit hook skips other YAML files, and passes a commit without policies")
    func preCommitHookSkipsOtherFiles() throws {
        let folder = try Folder([
            "team.yaml": Self.policy, "workflow.yaml": "name: CI\non: push\njobs: {}\n",
            "team.test.yaml": "policy: team.yaml\ncases: []\n",
        ])
        let arguments = try Self.hookArguments()
        let all = try lint(arguments + ["team.yaml", "workflow.yaml", "team.test.yaml"], in: folder)
        #expect(all.status == 0)
        #expect(all.stdout == "1 file linted: no problems.\n")
        let none = try lint(arguments + ["workflow.yaml"], in: folder)
        #expect(none.status == 0)
        #expect(none.stdout == "0 files linted: no policy found.\n")
        // Without the hook's flags, naming a file that is not a policy is an error.
        #expect(try lint(["workflow.yaml"], in: folder).status == 1)
    }

    @Test("in a folder, a file that looks like a policy but has no 'norms:' is a finding")
    func policyLookalikeInFolder() throws {
        let folder = try Folder([
            "policies/team.yaml": "name: Team\ntimezone: Europe/Berlin\nchannels:\n  chat: {mode: async}\n",
            "policies/good.yaml": Self.policy,
        ])
        let result = try lint(["policies"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains(
            "policies/team.yaml:1:1: error: 'policies/team.yaml' looks like a policy (top-level keys 'name', 'timezone', 'channels') "
                + "but has no top-level 'norms' key [not-a-policy]"))
        #expect(result.stdout.hasSuffix("2 files linted: 1 error.\n"))
    }

    // MARK: - Nothing to lint

    @Test("an empty folder, or one without policies, is exit 2 in every format", arguments: formats)
    func nothingToLint(_ format: String) throws {
        let folder = try Folder(["other/workflow.yaml": "name: CI\non: push\njobs: {}\n"])
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("empty"), withIntermediateDirectories: true)
        for path in ["empty", "other"] {
            let result = try lint([path, "--format", format], in: folder)
            #expect(result.status == 2, "\(path)")
            #expect(result.stderr.contains("error: no policy to lint in '\(path)'"), "\(path)")
            #expect(!result.stdout.contains("no problems"), "\(path)")
            #expect(try lint([path, "--format", format, "--allow-empty"], in: folder).status == 0, "\(path)")
        }
    }

    @Test("a missing path is exit 2 and never 'no problems'", arguments: formats)
    func missingPath(_ format: String) throws {
        let folder = try Folder(["team.yaml": Self.policy])
        let result = try lint(["no/such/folder", "--format", format], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: no such file or folder 'no/such/folder'"))
        #expect(!result.stdout.contains("no problems"))
        if format == "text" { #expect(result.stdout == "0 files linted: 1 path could not be read; no policy found.\n") }
        let withPolicy = try lint(["team.yaml", "no/such/folder", "--format", format], in: folder)
        #expect(withPolicy.status == 2)
        if format == "text" { #expect(withPolicy.stdout == "1 file linted: 1 path could not be read.\n") }
    }

    @Test("a file over the size limit is exit 2 and never 'no problems'")
    func fileOverTheSizeLimit() throws {
        let folder = try Folder(["team.yaml": Self.policy])
        // 16 MiB is the limit; one byte more is refused before it is read.
        try Data(("norms: 1\n" + String(repeating: "#", count: 16 * 1024 * 1024 - 8)).utf8).write(to: folder.url.appendingPathComponent("huge.yaml"))
        let result = try lint(["."], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: the file is 16777217 bytes, more than the limit of 16777216"))
        #expect(result.stdout == "1 file linted: 1 path could not be read.\n")
    }

    // MARK: - Unreadable folders and link loops

    /// Whether this process can make a folder unreadable for `norms`: as root, only by running
    /// `norms` as another user.
    static let canLockFolders = getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    @Test("an unreadable folder is exit 2, as an unreadable file is")
    func unreadableFolder() throws {
        // Never a quiet pass: without the tool the test cannot run, and says what to install.
        try #require(Self.canLockFolders, """
            as root, this test runs norms as the user nobody with /usr/bin/setpriv, which is missing: \
            install util-linux ('apt-get install util-linux') or run the tests as another user
            """)
        let folder = try Folder(["policies/team.yaml": Self.policy, "policies/locked/other.yaml": Self.policy])
        let locked = folder.url.appendingPathComponent("policies/locked").path
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked) }
        let policies = folder.url.appendingPathComponent("policies").path
        let result: NormsProcess.Result
        if getuid() == 0 {
            // Root reads every folder: run norms as nobody.
            result = try Self.runAsNobody(["lint", policies], in: folder.url)
        } else {
            result = try NormsProcess.run(["lint", policies], in: folder.url)
        }
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: cannot read the folder '\(locked)'"))
        #expect(result.stdout == "1 file linted: 1 path could not be read.\n")
    }

    /// Runs `norms` as the user nobody, through `setpriv`, and captures what it prints.
    private static func runAsNobody(_ arguments: [String], in folder: URL) throws -> NormsProcess.Result {
        try NormsProcess.result(of: ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/setpriv"),
            arguments: ["--reuid=65534", "--regid=65534", "--clear-groups", NormsProcess.executable.path] + arguments,
            in: folder, environment: ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
        ))
    }

    @Test("a symbolic link loop is called one, named or found in a folder")
    func symbolicLinkLoop() throws {
        let folder = try Folder(["team.yaml": Self.policy])
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.url.appendingPathComponent("a.yaml").path, withDestinationPath: "b.yaml")
        try manager.createSymbolicLink(atPath: folder.url.appendingPathComponent("b.yaml").path, withDestinationPath: "a.yaml")
        let named = try lint(["a.yaml"], in: folder)
        #expect(named.status == 2)
        #expect(named.stderr.contains("error: 'a.yaml' is a symbolic link loop: its links lead back to themselves, never to a file [io.symlink-loop]"))
        let found = try lint(["."], in: folder)
        #expect(found.status == 2)
        #expect(found.stderr.contains("error: 'b.yaml' is a symbolic link loop"))
        #expect(!found.stderr.contains("no such file"))
        #expect(found.stdout == "1 file linted: 2 paths could not be read.\n")
    }

    @Test("lint --help describes the new flags")
    func help() throws {
        let result = try NormsProcess.run(["lint", "--help"])
        #expect(result.stdout.contains("--skip-non-policies"))
        #expect(result.stdout.contains("--allow-empty"))
        #expect(result.stdout.contains("not-a-policy"))
    }
}
