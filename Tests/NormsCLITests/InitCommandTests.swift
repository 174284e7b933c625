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
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("policies/remote-async.yaml"))
                == Data(contentsOf: Self.policies.appendingPathComponent("remote-async.yaml")))
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
        for path in try policyPaths(in: folder) {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            precondition(!text.contains("\"\"\"####"), "\(path) holds the literal's closing delimiter")
            // The literal drops the line break before its closing delimiter, hence the extra one.
            lines += ["        (", "            path: \"\(path)\",", "            text: ####\"\"\"", text + "\n\"\"\"####", "        ),"]
        }
        lines += ["    ]", "}"]
        return lines.joined(separator: "\n") + "\n"
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
