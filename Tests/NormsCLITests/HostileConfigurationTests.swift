import Foundation
import NormsTestSupport
import Testing

/// A `.norms.yaml`, a baseline or a policy from a pull request must not make lint read, print or
/// write a file outside the project, and lint must not pass what `norms check` cannot load.
@Suite("hostile configuration, baselines and fixes")
struct HostileConfigurationTests {
    /// A project folder (`repo/`, marked by its `.norms.yaml`) beside a folder outside it
    /// (`outside/`) holding a secret and a fixable policy.
    final class Layout {
        let scratch: CLIScratchFolder
        var repo: URL { scratch.url.appendingPathComponent("repo") }
        var outside: URL { scratch.url.appendingPathComponent("outside") }

        init(configuration: String = "") throws {
            scratch = try CLIScratchFolder()
            _ = try scratch.write("repo/.norms.yaml", configuration)
            _ = try scratch.write("repo/policies/team.yaml", HostileConfigurationTests.fixable)
            _ = try scratch.write("outside/secret.json", "SECRET-LINE-1\nSECRET-LINE-2\n")
            _ = try scratch.write("outside/fixable.yaml", HostileConfigurationTests.fixable)
            _ = try scratch.write("outside/other.yaml", HostileConfigurationTests.fixable)
        }

        func link(_ name: String, to target: String) throws {
            try FileManager.default.createSymbolicLink(atPath: repo.appendingPathComponent(name).path, withDestinationPath: target)
        }

        func text(_ path: String) throws -> String {
            try String(contentsOf: scratch.url.appendingPathComponent(path), encoding: .utf8)
        }
    }

    /// A small policy that lints clean.
    static let clean = """
        norms: 1
        name: team
        timezone: Europe/Berlin
        channels:
          email: {mode: async, reply_within: 1 business day}
        people:
          ana: {}
        rules:
          - id: urgent-breaks-through
            when: {level: urgent}
            then: {breaks_through: [after_hours, focus]}

        """

    /// The same policy with a misspelt value that `--fix` corrects (`asynk`).
    static let fixable = clean.replacingOccurrences(of: "mode: async,", with: "mode: asynk,")

    /// A policy that loads, with one warning (`immediate-window-too-long`).
    static let warned = fixable.replacingOccurrences(of: "mode: asynk, reply_within: 1 business day", with: "mode: async, reply_within: 10m")

    @Test("lint.baseline outside the configuration's folder is a positioned error, and nothing of the file is printed", arguments: [
        "../outside/secret.json", "/etc/passwd", "linked.json", "linked-folder/new.json",
    ])
    func configuredBaselineOutside(path: String) throws {
        let layout = try Layout(configuration: "lint: {baseline: \(path)}\n")
        try layout.link("linked.json", to: layout.outside.appendingPathComponent("secret.json").path)
        try layout.link("linked-folder", to: layout.outside.path)
        for arguments in [["lint"], ["lint", "--write-baseline"], ["test"]] {
            let result = try NormsProcess.run(arguments, in: layout.repo)
            #expect(result.status == 2, "\(arguments) \(result.stderr)")
            #expect(result.stderr.contains(".norms.yaml:1:18: error: '\(path)' is outside the configuration's folder"), "\(result.stderr)")
            #expect(result.stderr.contains("[config.path-outside-folder]"))
            #expect(!result.stderr.contains("SECRET") && !result.stderr.contains("root:"), "\(result.stderr)")
        }
        #expect(try layout.text("outside/secret.json") == "SECRET-LINE-1\nSECRET-LINE-2\n")
        #expect(!FileManager.default.fileExists(atPath: layout.outside.appendingPathComponent("new.json").path))
    }

    @Test("a policy or test file named through a symbolic link out of the project is refused unread")
    func namedFileThroughLink() throws {
        let layout = try Layout()
        let secret = layout.outside.appendingPathComponent("secret.json").path
        try layout.link("leak.yaml", to: secret)
        try layout.link("leak.test.yaml", to: secret)
        _ = try layout.scratch.write("repo/message.yaml", "{channel: email, from: ana, to: [ana], sent_at: 2026-03-02T10:00:00+01:00}\n")
        for arguments in [["lint", "leak.yaml"], ["check", "--policy", "leak.yaml", "message.yaml"], ["test", "leak.test.yaml"]] {
            let result = try NormsProcess.run(arguments, in: layout.repo)
            #expect(result.status == 2, "\(arguments) \(result.stderr)")
            #expect((result.stdout + result.stderr).contains("[policy.file-outside-root]"), "\(arguments) \(result.stdout) \(result.stderr)")
            #expect(!(result.stdout + result.stderr).contains("SECRET"), "\(arguments) \(result.stdout) \(result.stderr)")
        }
    }

    @Test("--baseline that leads out of the project through a symbolic link is neither read nor written")
    func namedBaselineThroughLink() throws {
        let layout = try Layout()
        try layout.link(".norms-baseline.json", to: layout.outside.appendingPathComponent("secret.json").path)
        for arguments in [["lint", "--baseline", ".norms-baseline.json"], ["lint", "--write-baseline"]] {
            let result = try NormsProcess.run(arguments, in: layout.repo)
            #expect(result.status == 2, "\(arguments) \(result.stderr)")
            #expect(result.stderr.contains("leads outside the project folder"), "\(result.stderr)")
            #expect(result.stderr.contains("[lint.baseline-outside-project]"))
            #expect(!result.stderr.contains("SECRET"))
        }
        #expect(try layout.text("outside/secret.json") == "SECRET-LINE-1\nSECRET-LINE-2\n")
        // A baseline named outside the project on purpose is still the user's choice.
        let elsewhere = layout.outside.appendingPathComponent("baseline.json").path
        let written = try NormsProcess.run(["lint", "--write-baseline", "--baseline", elsewhere], in: layout.repo)
        #expect(written.status == 0, "\(written.stderr)")
    }

    @Test("--write-baseline with a path that cannot be linted leaves the baseline as it was and exits 2")
    func baselineNotWiped() throws {
        let layout = try Layout(configuration: "lint: {baseline: recorded.json}\n")
        _ = try layout.scratch.write("repo/policies/team.yaml", HostileConfigurationTests.warned)
        let first = try NormsProcess.run(["lint", "--write-baseline", "policies/"], in: layout.repo)
        #expect(first.status == 0, "\(first.stderr)")
        let recorded = try layout.text("repo/recorded.json")
        #expect(recorded.contains("\"file\": \"policies/team.yaml\""), "\(recorded)")
        let mistyped = try NormsProcess.run(["lint", "--write-baseline", "polcies/"], in: layout.repo)
        #expect(mistyped.status == 2)
        #expect(mistyped.stderr.contains("the baseline was not written"), "\(mistyped.stderr)")
        #expect(try layout.text("repo/recorded.json") == recorded)
    }

    @Test("baseline entries are relative to the baseline's folder, so a run from another folder still matches")
    func baselineFromAnotherFolder() throws {
        let layout = try Layout()
        _ = try layout.scratch.write("repo/policies/warned.yaml", HostileConfigurationTests.warned)
        let written = try NormsProcess.run(["lint", "--write-baseline", "policies/warned.yaml"], in: layout.repo)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stderr.contains("1 finding recorded"), "\(written.stderr)")
        let below = layout.repo.appendingPathComponent("policies")
        let result = try NormsProcess.run(["lint", "warned.yaml", "--baseline", "../.norms-baseline.json", "--strict"], in: below)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test("the loader's errors fail lint whatever the suppressions, settings and baseline say, as they fail check")
    func loaderErrorsCannotBeSilenced() throws {
        let layout = try Layout(configuration: "lint: {disable: [invalid-value], severity: {invalid-value: info}}\n")
        let policy = HostileConfigurationTests.fixable
            .replacingOccurrences(of: "  email: {mode: asynk, reply_within: 1 business day}",
                                  with: "  # norms:disable invalid-value\n  email: {mode: asynk, reply_within: 1 business day}  # norms:disable invalid-value")
            + "lint: {disable: [invalid-value]}\n"
        _ = try layout.scratch.write("repo/policies/team.yaml", policy)
        let check = try NormsProcess.run(["check", "--policy", "policies/team.yaml", "--channel", "email", "--from", "ana", "--to", "ana",
                                          "--at", "2026-11-26T10:00:00Z"], in: layout.repo)
        #expect(check.status == 2, "\(check.stderr)")
        let lint = try NormsProcess.run(["lint", "policies/team.yaml"], in: layout.repo)
        #expect(lint.status == 1, "\(lint.stdout)")
        #expect(lint.stdout.contains("error: invalid value 'asynk'"), "\(lint.stdout)")
        let baseline = try NormsProcess.run(["lint", "--write-baseline", "policies/team.yaml"], in: layout.repo)
        #expect(baseline.stderr.contains("0 findings recorded"), "\(baseline.stderr)")
        #expect(try NormsProcess.run(["lint", "policies/team.yaml", "--baseline", ".norms-baseline.json"], in: layout.repo).status == 1)
    }

    @Test("--fix never drops an anchor or writes a value that reads as something else")
    func fixKeepsTheYAML() throws {
        let layout = try Layout()
        let anchored = HostileConfigurationTests.fixable.replacingOccurrences(
            of: "  email: {mode: asynk, reply_within: 1 business day}",
            with: "  email: {mode: &m asynk, reply_within: 1 business day}\n  chat: {mode: *m, reply_within: 1 business day}")
        _ = try layout.scratch.write("repo/policies/team.yaml", anchored)
        let result = try NormsProcess.run(["lint", "--fix", "policies/team.yaml"], in: layout.repo)
        #expect(result.stderr.contains("Nothing to fix"), "\(result.stderr)")
        #expect(try layout.text("repo/policies/team.yaml") == anchored)
    }

    @Test("--fix writes only linted files inside the root, never through or over a symbolic link, and keeps the mode")
    func fixStaysInside() throws {
        let layout = try Layout()
        let team = layout.repo.appendingPathComponent("policies/team.yaml").path
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: team)
        // Links out of the project are not even read; a link inside is linted but not written.
        try layout.link("policies/outside", to: layout.outside.path)
        try layout.link("policies/escaping.yaml", to: layout.outside.appendingPathComponent("other.yaml").path)
        _ = try layout.scratch.write("repo/shared/linked.yaml", HostileConfigurationTests.fixable.replacingOccurrences(of: "name: team", with: "name: linked"))
        try layout.link("policies/linked.yaml", to: "../shared/linked.yaml")
        // A base that the linted policy extends, but that was not named.
        _ = try layout.scratch.write("repo/base/company.yaml", HostileConfigurationTests.fixable.replacingOccurrences(of: "name: team", with: "name: company"))
        _ = try layout.scratch.write("repo/child/child.yaml", "norms: 1\nname: child\nextends: ../base/company.yaml\n")
        let result = try NormsProcess.run(["lint", "--fix", "policies/", "child/child.yaml"], in: layout.repo)
        #expect(result.stderr.contains("Fixed 1 problem in policies/team.yaml"), "\(result.stderr)")
        #expect(result.stderr.contains("'policies/linked.yaml' was not fixed: it is a symbolic link"), "\(result.stderr)")
        for link in ["policies/outside", "policies/escaping.yaml"] {
            #expect(result.stderr.contains("error: '\(link)' leads outside the policy root"), "\(result.stderr)")
        }
        #expect(!result.stderr.contains("fixable.yaml") && !result.stderr.contains("other.yaml"), "\(result.stderr)")
        #expect(result.stderr.contains("base/company.yaml' was not fixed: it was not linted itself"), "\(result.stderr)")
        #expect(try layout.text("repo/policies/team.yaml").contains("mode: async,"))
        #expect(try layout.text("outside/fixable.yaml") == HostileConfigurationTests.fixable)
        #expect(try layout.text("outside/other.yaml") == HostileConfigurationTests.fixable)
        #expect(try layout.text("repo/shared/linked.yaml").contains("mode: asynk"))
        #expect(try layout.text("repo/base/company.yaml").contains("mode: asynk"))
        let link = try FileManager.default.attributesOfItem(atPath: layout.repo.appendingPathComponent("policies/linked.yaml").path)
        #expect(link[.type] as? FileAttributeType == .typeSymbolicLink)
        let mode = try FileManager.default.attributesOfItem(atPath: team)[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }
}
