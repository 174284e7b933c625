import Foundation
import NormsLint
import NormsTestSupport
import Testing

/// `docs/rules.md` is generated from the registry; this test fails when the committed file is stale.
///
/// Regenerate it with `RECORD_SNAPSHOTS=1 swift test --filter RulesDocumentation` (the recording
/// run reports the rewrite once; run the tests again without the variable).
@Suite struct RulesDocumentationTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/rules.md")

    @Test func committedReferenceIsCurrent() {
        GoldenFile.expect(RulesDocumentation.markdown(), matches: Self.path,
                          regenerate: "RECORD_SNAPSHOTS=1 swift test --filter RulesDocumentation")
    }

    @Test func everyRuleHasASection() {
        let markdown = RulesDocumentation.markdown()
        for id in LintRuleRegistry.ids {
            #expect(markdown.contains("### \(id) — "), "no section for \(id)")
            #expect(markdown.contains("| [`\(id)`](#\(id)) |"), "no index row for \(id)")
        }
        for heading in ["**Summary.**", "**Avoid**", "**Prefer**", "**Rationale.**"] {
            #expect(markdown.components(separatedBy: heading).count - 1 == LintRuleRegistry.ids.count, "\(heading) is not in every section")
        }
    }
}
