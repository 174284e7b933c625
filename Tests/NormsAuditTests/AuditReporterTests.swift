import Foundation
import NormsAudit
import NormsReporting
import Testing

/// Hostile strings from a log or a policy show as text in every format, never as markup.
@Suite("Audit reporters")
struct AuditReporterTests {
    static let hostilePolicy = AuditFixture.policy
        .replacingOccurrences(of: "name: Audit test", with: #"name: "<script>alert(1)</script> & \u001B[31m""#)

    /// A violating message from a sender whose id is markup.
    static let hostileLog = #"""
        {"channel": "phone", "from": "<img src=x onerror=alert(1)>|*[x](javascript:alert(1))*", "to": ["ana"], "sent_at": "2026-11-25T12:00:00Z"}
        """#

    @Test func htmlEscapesEveryStringAndHasNoScript() throws {
        let html = AuditHTMLRenderer().render(try AuditFixture.audit(Self.hostileLog, policy: Self.hostilePolicy))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!html.contains("\u{1B}"))
        // Self-contained: no resource is fetched, and a policy forbids any.
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").count - 1 == html.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count - 1)
        #expect(html.contains("default-src 'none'"))
    }

    @Test func htmlDrawsFourKindsOfChart() throws {
        let html = AuditHTMLRenderer().render(try AuditFixture.audit(AuditFiguresTests.log))
        // Two heatmaps, two compliance charts, the rule counts and the trend.
        #expect(html.components(separatedBy: "<svg class=\"chart\"").count - 1 == 6)
        // 7 × 24 cells in each heatmap.
        #expect(html.components(separatedBy: "<rect x=").count - 1 >= 2 * 7 * 24)
        #expect(html.contains("<title>Mon 10:00–11:00: 1</title>"))
    }

    @Test func markdownEscapesTheSender() throws {
        let markdown = AuditMarkdownRenderer().render(try AuditFixture.audit(Self.hostileLog, policy: Self.hostilePolicy))
        #expect(markdown.contains(#"\<img src=x onerror=alert(1)\>\|\*\[x\](javascript:alert(1))\*"#))
        #expect(!markdown.contains("<script>"))
    }

    @Test func markdownNeitherMentionsNorLinks() throws {
        let log = #"""
            {"channel": "phone", "from": "@octocat https://evil.example/ WWW.evil.example me@x.org &#64;team", "to": ["ana"], "sent_at": "2026-11-25T12:00:00Z"}
            """#
        let markdown = AuditMarkdownRenderer().render(try AuditFixture.audit(log))
        #expect(markdown.contains("@&#8203;octocat https&#58;//evil.example/ WWW&#46;evil.example me@&#8203;x.org &amp;\\#64;team (1)"))
        #expect(!markdown.contains("@octocat"))
        #expect(!markdown.contains("://"))
    }

    @Test func textEscapesControlCharacters() throws {
        let text = AuditTextRenderer().render(try AuditFixture.audit(Self.hostileLog, policy: Self.hostilePolicy))
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains(#"\e[31m"#))
    }

    @Test func jsonCarriesTheSchemaAndTheFigures() throws {
        let json = try AuditFixture.audit(AuditFiguresTests.log).json
        #expect(json["schema"] == "teamnorms-audit")
        #expect(json["version"] == 1)
        #expect(json["total"]?["replies"]?["compliance"] == .double(0.4))
        #expect(json["total"]?["replies"]?["late_p90_seconds"] == 10_800)
        #expect(json["dead_rules"] == .array(["never-used"]))
    }
}
