import Foundation
@testable import NormsLint
import NormsTestSupport
import NormsSource
import NormsYAML
import Testing

/// `schema/norms-policy.schema.json` is `norms schema`'s output, and real policies validate against it.
@Suite struct PolicySchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let schemaURL = root.appendingPathComponent("schema/norms-policy.schema.json")

    /// Regenerate with `RECORD_SNAPSHOTS=1 swift test --filter PolicySchema` (or `norms schema > schema/norms-policy.schema.json`).
    @Test func committedSchemaIsCurrent() {
        GoldenFile.expect(PolicySchema.text, matches: Self.schemaURL,
                          regenerate: "RECORD_SNAPSHOTS=1 swift test --filter PolicySchema")
    }

    @Test func caseInsensitivePatterns() {
        #expect(PolicySchema.anyCase("mon") == "[mM][oO][nN]")
        #expect(PolicySchema.anyCase("a-1") == "[aA]-1")
    }

    /// Every policy under `policies/` (test suites and non-policies aside) validates.
    @Test
    func policiesValidate() throws {
        let found = PolicyFileFinder().find([Self.root.appendingPathComponent("policies").path])
        let problems = try validate(found.files.map { ($0.path, $0) })
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// Every non-triggering rule example is a valid policy, so it validates too.
    @Test
    func ruleExamplesValidate() throws {
        let examples = LintRuleRegistry.rules.flatMap { rule in
            rule.description.nonTriggering.enumerated().map { index, example in
                ("\(rule.description.id)-\(index + 1).yaml", SourceFile(path: "\(rule.description.id)-\(index + 1).yaml", text: example.text))
            }
        }
        let problems = try validate(examples)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// Examples of mistakes the schema can see on its own are rejected.
    @Test(arguments: ["unknown-key", "wrong-type", "invalid-duration", "invalid-rule-id", "empty-section"])
    func ruleMistakesAreRejected(_ id: String) throws {
        let rule = try #require(LintRuleRegistry.rule(id: id))
        for (index, example) in rule.description.triggering.enumerated() {
            let problems = try validate([("\(id)-bad-\(index + 1).yaml", SourceFile(path: "x.yaml", text: example.text))])
            #expect(!problems.isEmpty, "the schema accepts a triggering example of \(id):\n\(example.text)")
        }
    }

    /// A zone is valid for the schema exactly when the loader accepts it: a region id, `UTC`, or
    /// an alias; abbreviations and fixed offsets are rejected.
    @Test(arguments: [
        ("Europe/Berlin", true), ("America/Argentina/Buenos_Aires", true), ("America/Port-au-Prince", true),
        ("UTC", true), ("US/Eastern", true), ("GMT", true), ("Asia/Calcutta", true),
        ("EST", false), ("CET", false), ("UTC+1", false), ("+01:00", false), ("Etc/GMT-1", false), ("europe", false),
    ])
    func timezones(_ zone: String, valid: Bool) throws {
        let text = "norms: 1\nname: Zones\ntimezone: \"\(zone)\"\nchannels:\n  chat: {mode: async}\n"
        let problems = try validate([("zone.yaml", SourceFile(path: "zone.yaml", text: text))])
        #expect(problems.isEmpty == valid, "\(zone): \(problems.joined(separator: "\n"))")
    }

    /// Without a Python that has `jsonschema`, validating is an error that says what to install,
    /// so the tests above fail instead of passing without validating anything.
    @Test func aMissingValidatorFailsWithWhatToInstall() throws {
        let missing = ["/nonexistent/bin/python3"]
        #expect(JSONSchemaValidator.interpreter(among: missing) == nil)
        let error = try #require(throws: JSONSchemaValidator.ToolMissing.self) {
            try JSONSchemaValidator.problems(schema: "schema.json", documents: ["policy.json"], interpreters: missing)
        }
        #expect(error.tried == missing)
        #expect(error.description.contains("none of '/nonexistent/bin/python3' can import it"))
        #expect(error.description.contains("'apt-get install python3-jsonschema' or 'python3 -m pip install jsonschema'"))
    }

    private func validate(_ files: [(name: String, source: SourceFile)]) throws -> [String] {
        guard !files.isEmpty else { return [] }
        let schema = try JSONSchemaValidator.temporaryFile(PolicySchema.text, name: "norms-policy.schema.json")
        var documents = [schema]
        defer { for path in documents { try? FileManager.default.removeItem(atPath: path) } }
        var names: [String: String] = [:]
        for file in files {
            let node = try YAMLLoader().loadDocument(file.source)
            let path = try JSONSchemaValidator.temporaryFile((node?.jsonValue ?? .null).pretty, name: (file.name as NSString).lastPathComponent + ".json")
            names[path] = file.name
            documents.append(path)
        }
        return try JSONSchemaValidator.problems(schema: schema, documents: Array(documents.dropFirst())).map { line in
            names.reduce(line) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
        }
    }
}
