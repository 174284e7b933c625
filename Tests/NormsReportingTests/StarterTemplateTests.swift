import Foundation
import NormsReporting
import Testing

/// The templates `norms init` writes are generated at build time from the package's folders;
/// they must be those files, byte for byte, whatever the generator does.
@Suite("norms init templates")
struct StarterTemplateTests {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("the templates are the policy files of policies/, byte for byte")
    func templatesAreThePolicies() throws {
        let folder = Self.root.appendingPathComponent("policies")
        var expected: [String: String] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder.path)! where path.hasSuffix(".yaml") {
            expected[path] = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        }
        #expect(expected.keys.sorted() == ["base/company.yaml", "oncall.yaml", "remote-async.yaml", "support-and-engineering.yaml", "support.yaml"])
        let templates = Dictionary(uniqueKeysWithValues: StarterTemplate.all.map { ($0.path, $0.text) })
        #expect(templates.keys.sorted() == expected.keys.sorted())
        for (path, text) in expected {
            #expect(templates[path] == text, "\(path)")
        }
    }

    @Test("each example message a template's Try it line names is embedded as the file in examples/messages")
    func exampleMessagesAreTheFiles() throws {
        let named = Set(StarterTemplate.all.flatMap { template in
            template.text.split(separator: "\n").filter { $0.hasPrefix("#   norms check --policy ") }.compactMap { $0.split(separator: " ").last.map(String.init) }
        })
        #expect(named.contains("examples/messages/question-during-focus.yaml"))
        #expect(Set(EmbeddedPolicies.messages.map(\.path)) == named)
        for message in EmbeddedPolicies.messages {
            #expect(message.text == (try String(contentsOf: Self.root.appendingPathComponent(message.path), encoding: .utf8)), "\(message.path)")
        }
    }
}
