import Foundation
import NormsLint
import NormsPolicy
import NormsSource
import NormsYAML
import Testing

@Suite struct RegistryTests {
    private let descriptions = LintRuleRegistry.rules.map { $0.description }

    @Test func idsAreUniqueAndSorted() {
        let ids = descriptions.map(\.id)
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
        #expect(ids == ids.sorted())
        #expect(LintRuleRegistry.ids == ids)
    }

    @Test(arguments: RuleCase.all)
    func describesItself(_ rule: RuleCase) {
        let description = rule.description
        let kebab = description.id.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { word in
            !word.isEmpty && word.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
        #expect(kebab, "'\(description.id)' is not kebab-case")
        let titleCase = description.name.split(separator: " ").allSatisfy { $0.first?.isUppercase == true }
        #expect(titleCase, "'\(description.name)' is not Title Case")
        #expect(description.name.lowercased().replacingOccurrences(of: " ", with: "-") == description.id,
                "the name '\(description.name)' should spell the id '\(description.id)'")
        #expect(description.summary.hasSuffix("."), "the summary of '\(description.id)' should be a sentence")
        #expect(description.rationale.hasSuffix("."), "the rationale of '\(description.id)' should end in a period")
        #expect(!description.summary.contains("\n") && !description.rationale.contains("\n"))
        #expect(LintRuleRegistry.rule(id: description.id) == nil ? false : true)
    }

    /// Every type in Sources/NormsLint/Rules that conforms to a rule protocol is registered.
    @Test func everyRuleTypeIsRegistered() throws {
        let rulesFolder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/NormsLint/Rules")
        let enumerator = try #require(FileManager.default.enumerator(at: rulesFolder, includingPropertiesForKeys: nil))
        var declared: Set<String> = []
        let pattern = try NSRegularExpression(pattern: #"struct (\w+): (?:LintRule|LoaderDiagnosticRule)\b"#)
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                declared.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        let registered = Set(LintRuleRegistry.rules.map { String(describing: $0) })
        #expect(!declared.isEmpty)
        #expect(declared.subtracting(registered).isEmpty, "not registered: \(declared.subtracting(registered).sorted())")
        #expect(registered.subtracting(declared).isEmpty, "registered but not found: \(registered.subtracting(declared).sorted())")
    }

    /// Each rule lives in its own file, named after it, in its category's folder.
    @Test(arguments: RuleCase.all)
    func ruleFileIsNamedAfterTheRule(_ rule: RuleCase) {
        let name = String(describing: rule.rule)
        let folder = rule.description.category.title
        let path = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/NormsLint/Rules/\(folder)/\(name).swift").path
        #expect(FileManager.default.fileExists(atPath: path), "expected \(name) in Rules/\(folder)/\(name).swift")
    }

    // MARK: - Loader diagnostics

    /// Every code the loader can report.
    static let loaderCodes: [String] = {
        let grammar: [GrammarError] = [
            .timeOfDay(""), .hourRange("", detail: nil), .daySet("", detail: ""), .date("", detail: nil), .reversedDateRange(""),
            .recurringBlock(""), .duration(""), .levelComparison(""),
        ]
        let span = SourceSpan.synthetic("test")
        let yaml: [YAMLError.Kind] = [
            .syntax(problem: "", context: nil, contextSpan: nil), .duplicateKey(key: "", first: span), .multipleDocuments,
            .invalidEncoding(""), .unknownTag(""), .tagMismatch(tag: "", found: ""), .unknownAlias(""), .recursiveAlias(""),
            .invalidMerge(found: ""), .tooDeep(limit: 1), .tooManyNodes(limit: 1), .tooLarge(bytes: 2, limit: 1),
        ]
        return PolicyDiagnosticCode.allCases.map(\.rawValue) + grammar.map(\.code) + yaml.map { YAMLError($0, at: span).diagnostic.code }
    }()

    @Test(arguments: loaderCodes)
    func everyLoaderCodeHasExactlyOneRule(_ code: String) {
        let claiming = LintRuleRegistry.rules.compactMap { $0 as? any LoaderDiagnosticRule.Type }
            .filter { $0.diagnosticCodes.contains(code) }
            .map { $0.description.id }
        #expect(claiming.count == 1, "'\(code)' is reported by \(claiming)")
    }

    @Test func unclaimedCodesFallBackToInvalidValue() {
        #expect(LintRuleRegistry.ruleID(forDiagnosticCode: "policy.some-future-code") == "invalid-value")
        #expect(LintRuleRegistry.ruleID(forDiagnosticCode: "policy.unknown-key") == "unknown-key")
    }
}
