import Foundation
import NormsTestSupport
import Testing

/// `.norms.yaml`, `norms lint -`, suppression comments, baselines and `--fix`, run as a user would.
@Suite("project configuration and lint adoption")
struct ConfigurationCommandTests {
    /// A scratch project: `norms init`'s starter, and a broken policy under node_modules/.
    static func project() throws -> CLIScratchFolder {
        let folder = try CLIScratchFolder()
        let written = try NormsProcess.run(["init"], in: folder.url)
        #expect(written.status == 0, "\(written.stderr)")
        _ = try folder.write("node_modules/pkg/policy.yaml", "norms: 1\nname: x\ntimezone: Europe/Berlin\nchanels: {}\n")
        return folder
    }

    @Test("exclude keeps lint out of node_modules; without it the broken policy fails the run")
    func exclude() throws {
        let folder = try Self.project()
        let without = try NormsProcess.run(["lint"], in: folder.url)
        #expect(without.status == 1)
        #expect(without.stdout.contains("node_modules/pkg/policy.yaml"))
        _ = try folder.write(".norms.yaml", "exclude: [node_modules/]\n")
        let with = try NormsProcess.run(["lint"], in: folder.url)
        #expect(with.status == 0, "\(with.stdout)\(with.stderr)")
        #expect(with.stdout == "2 files linted: no problems.\n")
        // A named file that is excluded is skipped too (as a pre-commit hook passes it).
        let named = try NormsProcess.run(["lint", "node_modules/pkg/policy.yaml", "--allow-empty"], in: folder.url)
        #expect(named.status == 0, "\(named.stdout)")
    }

    @Test("include limits lint and test; found from a subfolder; --config names another file")
    func includeAndDiscovery() throws {
        let folder = try Self.project()
        _ = try folder.write(".norms.yaml", "include: ['policies/base/']\n")
        let lint = try NormsProcess.run(["lint"], in: folder.url)
        #expect(lint.stdout == "1 file linted: no problems.\n", "\(lint.stdout)")
        let fromBelow = try NormsProcess.run(["lint", ".."], in: folder.url.appendingPathComponent("policies"))
        #expect(fromBelow.stdout == "1 file linted: no problems.\n", "\(fromBelow.stdout)\(fromBelow.stderr)")
        let tests = try NormsProcess.run(["test"], in: folder.url)
        #expect(tests.status == 2)
        #expect(tests.stderr.contains("no tests found"))
        let other = try folder.write("other.yaml", "exclude: [node_modules/]\n")
        let overridden = try NormsProcess.run(["lint", "--config", other], in: folder.url)
        #expect(overridden.stdout == "2 files linted: no problems.\n", "\(overridden.stdout)")
    }

    @Test("format, strict and severities from the configuration; options win")
    func defaults() throws {
        let folder = try Self.project()
        _ = try folder.write(".norms.yaml", """
            exclude: [node_modules/]
            lint: {format: json, strict: true, severity: {no-urgent-path: warning}}
            test: {format: json, min_coverage: 100}
            """)
        _ = try folder.write("policies/extra.yaml", "norms: 1\nname: extra\ntimezone: Europe/Berlin\nchannels: {email: {mode: async, reply_within: 1 business day}}\n")
        let lint = try NormsProcess.run(["lint"], in: folder.url)
        #expect(lint.stdout.hasPrefix("[\n"))
        #expect(lint.stdout.contains("\"severity\": \"warning\",\n    \"rule\": \"no-urgent-path\""))
        #expect(lint.status == 1)   // strict: the warning fails the run
        let relaxed = try NormsProcess.run(["lint", "--no-strict", "--format", "text"], in: folder.url)
        #expect(relaxed.status == 0, "\(relaxed.stdout)")
        #expect(relaxed.stdout.contains("warning: no rule lets a message at the highest level 'urgent' reach anyone after hours"))
        let test = try NormsProcess.run(["test"], in: folder.url)
        #expect(test.stdout.hasSuffix(",\n  \"version\": 1\n}\n"))
        // One case cannot cover every rule: min_coverage 100 fails the run.
        #expect(test.status == 1)
        let lower = try NormsProcess.run(["test", "--min-coverage", "0"], in: folder.url)
        #expect(lower.status == 0)
    }

    @Test("mistakes in the configuration are positioned errors with a did-you-mean; an empty file is valid", arguments: [
        ("lint:\n  fromat: json\n", ".norms.yaml:2:3: error: unknown key 'fromat' in 'lint' [config.unknown-key]", "did you mean 'format'?"),
        ("lint: {format: jsn}\n", ".norms.yaml:1:16: error: invalid value 'jsn' for 'lint.format' [config.invalid-value]", "did you mean 'json'?"),
        ("exlude: [a]\n", ".norms.yaml:1:1: error: unknown key 'exlude' in the configuration [config.unknown-key]", "did you mean 'exclude'?"),
        ("lint: {disable: [stale-holiday]}\n", ".norms.yaml:1:18: error: unknown lint rule 'stale-holiday' [config.unknown-lint-rule]",
         "did you mean 'stale-holidays'?"),
        ("test: {min_coverage: 120}\n", ".norms.yaml:1:22: error: expected a percentage from 0 to 100 for 'test.min_coverage'", "90"),
        ("lint: {strict: yes please}\n", ".norms.yaml:1:16: error: expected true or false for 'lint.strict'", "[config.wrong-type]"),
        ("[]\n", ".norms.yaml:1:1: error: expected a mapping of configuration keys (include, exclude, lint, test) for the configuration",
         "[config.wrong-type]"),
    ])
    func mistakes(text: String, error: String, help: String) throws {
        let folder = try Self.project()
        _ = try folder.write(".norms.yaml", text)
        for command in ["lint", "test"] {
            let result = try NormsProcess.run([command], in: folder.url)
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains(error), "\(result.stderr)")
            #expect(result.stderr.contains(help))
        }
        _ = try folder.write(".norms.yaml", "# only a comment\n")
        #expect(try NormsProcess.run(["test"], in: folder.url).status == 0)
    }

    @Test("the search for .norms.yaml stops at the repository's top folder (the one holding .git)")
    func searchStopsAtTheRepository() throws {
        let folder = try CLIScratchFolder()
        _ = try folder.write(".norms.yaml", "lint: {format: json}\n")
        let repo = folder.url.appendingPathComponent("repo")
        try FileManager.default.createDirectory(at: repo.appendingPathComponent(".git"), withIntermediateDirectories: true)
        _ = try folder.write("repo/policies/team.yaml", HostileConfigurationTests.clean)
        let inside = try NormsProcess.run(["lint", "policies/"], in: repo)
        #expect(inside.stdout == "1 file linted: no problems.\n", "\(inside.stdout)\(inside.stderr)")
        // Without .git, the folder above is the project's top, and its configuration applies.
        try FileManager.default.removeItem(at: repo.appendingPathComponent(".git"))
        let above = try NormsProcess.run(["lint", "policies/"], in: repo)
        #expect(above.stdout.hasPrefix("[]"), "\(above.stdout)")
    }

    @Test("named files that exclude leaves out: exit 2 saying so, or a warning with --allow-empty")
    func everyNamedFileExcluded() throws {
        let folder = try Self.project()
        _ = try folder.write(".norms.yaml", "exclude: [node_modules/]\n")
        let strict = try NormsProcess.run(["lint", "node_modules/pkg/policy.yaml"], in: folder.url)
        #expect(strict.status == 2)
        #expect(strict.stderr.contains("the configuration's 'exclude' leaves out every file given"), "\(strict.stderr)")
        let allowed = try NormsProcess.run(["lint", "node_modules/pkg/policy.yaml", "--allow-empty"], in: folder.url)
        #expect(allowed.status == 0)
        #expect(allowed.stderr.contains("warning: the configuration's 'exclude' leaves out every file given, so nothing was linted"),
                "\(allowed.stderr)")
    }

    @Test("--config through a symbolic link still filters: the folders' links are resolved on both sides")
    func configThroughALink() throws {
        let folder = try Self.project()
        _ = try folder.write(".norms.yaml", "exclude: [node_modules/]\n")
        let link = folder.url.deletingLastPathComponent().appendingPathComponent("link-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: folder.url)
        defer { try? FileManager.default.removeItem(at: link) }
        let result = try NormsProcess.run(["lint", "--config", link.appendingPathComponent(".norms.yaml").path], in: folder.url)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout == "2 files linted: no problems.\n")
    }

    @Test("a source archive without .git: the committed .norms.yaml marks the root, so the example tests find their policies")
    func sourceArchive() throws {
        let archive = try CLIScratchFolder()
        for item in [".norms.yaml", "examples", "policies"] {
            try FileManager.default.copyItem(at: NormsProcess.packageRoot.appendingPathComponent(item), to: archive.url.appendingPathComponent(item))
        }
        let result = try NormsProcess.run(["test", "examples/"], in: archive.url)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stderr.contains("policy-outside-root"))
    }

    @Test("norms lint - lints standard input, named by --stdin-filename")
    func standardInput() throws {
        let policy = try String(contentsOf: NormsProcess.packageRoot.appendingPathComponent("policies/oncall.yaml"), encoding: .utf8)
        let clean = try NormsProcess.run(["lint", "-", "--stdin-filename", "policies/oncall.yaml"], input: policy)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        let broken = policy.replacingOccurrences(of: "\nname:", with: "\nnmae:")
        let result = try NormsProcess.run(["lint", "-", "--stdin-filename", "policies/oncall.yaml", "--format", "json"], input: broken)
        #expect(result.status == 1)
        #expect(result.stdout.contains("\"file\": \"policies/oncall.yaml\""))
        #expect(result.stdout.contains("\"rule\": \"unknown-key\""))
        let unnamed = try NormsProcess.run(["lint", "-"], input: "norms: 1\n")
        #expect(unnamed.stdout.contains("<stdin>:1:1"), "\(unnamed.stdout)")
        let mixed = try NormsProcess.run(["lint", "-", "policies/"])
        #expect(mixed.status == 64)
    }

    static let regions = """
        norms: 1
        name: regions
        timezone: Europe/Berlin
        channels:
          email: {mode: async, reply_within: 10m}
          # norms:disable-next-line immediate-window-too-long
          chat: {mode: async, reply_within: 10m}
          # norms:disable immediate-window-too-long, async-channel-immediate
          sms: {mode: async, reply_within: 10m}
          fax: {mode: async, reply_within: immediate}
          # norms:enable immediate-window-too-long
          pager: {mode: async, reply_within: 10m}
          radio: {mode: async, reply_within: immediate}
          # norms:enable
          post: {mode: async, reply_within: immediate}
        people:
          ana: {}
        rules:
          - id: urgent-breaks-through
            when: {level: urgent}
            then: {breaks_through: [after_hours, focus]}

        """

    @Test("disable-next-line and disable/enable regions")
    func regions() throws {
        let folder = try CLIScratchFolder()
        let path = try folder.write("regions.yaml", Self.regions)
        let result = try NormsProcess.run(["lint", path, "--format", "json"])
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let reported = findings.map { "\($0["line"] as? Int ?? 0) \($0["rule"] as? String ?? "")" }
        // Line 5: before any comment. Line 12: immediate-window-too-long's region ended,
        // async-channel-immediate's goes on (line 13). Line 15: every region ended.
        #expect(reported == ["5 immediate-window-too-long", "12 immediate-window-too-long", "15 async-channel-immediate"], "\(reported)")
    }

    @Test("a baseline leaves out the recorded findings, and only those")
    func baseline() throws {
        let folder = try CLIScratchFolder()
        let path = try folder.write("regions.yaml", Self.regions)
        let baseline = folder.path("baseline.json")
        let written = try NormsProcess.run(["lint", path, "--write-baseline", "--baseline", baseline])
        #expect(written.status == 0)
        #expect(written.stderr.contains("3 findings recorded"))
        let problems = try JSONSchemaValidator.problems(
            schema: NormsProcess.packageRoot.appendingPathComponent("schema/norms-lint-baseline.schema.json").path, documents: [baseline])
        #expect(problems.isEmpty, "\(problems)")
        let clean = try NormsProcess.run(["lint", path, "--baseline", baseline])
        #expect(clean.status == 0, "\(clean.stdout)")
        // Lines moved by an edit above stay matched; a new copy of a recorded problem is new.
        let edited = "# a comment that moves every line\n" + Self.regions + "  # again\n"
        _ = try folder.write("regions.yaml", edited.replacingOccurrences(of: "  post: {", with: "  memo: {mode: async, reply_within: 10m}\n  post: {"))
        let later = try NormsProcess.run(["lint", path, "--baseline", baseline, "--format", "json", "--strict"])
        #expect(later.status == 1)
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(later.stdout.utf8)) as? [[String: Any]])
        #expect(findings.map { $0["line"] as? Int } == [16])
        let broken = try folder.write("broken.json", "{\"findings\": []}")
        let invalid = try NormsProcess.run(["lint", path, "--baseline", broken])
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("has no 'version': 1 [lint.invalid-baseline]"), "\(invalid.stderr)")
    }

    @Test("--fix renames misspelt keys, values and names and kebab-cases ids, and keeps everything else byte for byte")
    func fix() throws {
        let folder = try CLIScratchFolder()
        let original = """
            norms: 1
            name: fixable   # the name stays
            timezone: Europe/Berlin

            channels:
              email: {mode: asynk,   reply_within: 1 business day}   # odd spacing stays
              "chat": {mode: 'sinc', reply_wihtin: 1 business hour}
            people:
              ana: {backup: bem}
              ben: {}
            rules:
              - id: Urgent_Things    # a comment
                when: {channel: email}
                then: {reply_within: 1 business hour}
              - id: urgent-breaks-through
                when: {level: urgent}
                then: {breaks_through: [after_hours, focus]}

            """
        let path = try folder.write("team.yaml", original)
        let result = try NormsProcess.run(["lint", "--fix", path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("Fixed 5 problems in \(path)"))
        let fixed = try String(contentsOfFile: path, encoding: .utf8)
        let expected = original
            .replacingOccurrences(of: "mode: asynk", with: "mode: async")
            .replacingOccurrences(of: "mode: 'sinc'", with: "mode: 'sync'")
            .replacingOccurrences(of: "reply_wihtin", with: "reply_within")
            .replacingOccurrences(of: "backup: bem", with: "backup: ben")
            .replacingOccurrences(of: "id: Urgent_Things", with: "id: urgent-things")
        #expect(fixed == expected)
        let again = try NormsProcess.run(["lint", "--fix", path])
        #expect(again.stderr.contains("Nothing to fix"))
        #expect(try NormsProcess.run(["lint", "--fix", "-"]).status == 64)
    }
}
