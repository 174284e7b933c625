import NormsEngine
import NormsLint
import NormsPolicy
@testable import NormsReporting
import NormsSource
import NormsYAML
import Testing

/// The engine, lint and `norms doc` resolve inherited settings in one place, so they agree on
/// every person: the same zone, and the same backup — none for a person who is their own home
/// team's backup.
@Suite("Inherited settings agree")
struct InheritedSettingsAgreementTests {
    static let policy = """
        norms: 1
        name: Agreement
        timezone: Europe/Berlin
        channels:
          chat: {mode: async, reply_within: 1h}
        teams:
          ops: {timezone: America/New_York, backup: ana, members: [ana, bo]}
        people:
          ana: {}
          bo: {timezone: Asia/Tokyo}
          cy: {backup: bo}
        rules:
          - id: chats-escalate
            when: {channel: chat}
            then: {escalate: {after: 15m, via: chat, to: backup}}
        """

    /// By hand: ana inherits ops's zone, and ops's backup is herself, so she has none; bo keeps his
    /// own zone and inherits ops's backup ana; cy has no team: the policy's zone and her own backup.
    static let expected: [(id: String, zone: String, backup: String?)] = [
        ("ana", "America/New_York", nil),
        ("bo", "Asia/Tokyo", "ana"),
        ("cy", "Europe/Berlin", "bo"),
    ]

    @Test func engineLintAndCharterAgree() throws {
        let source = SourceFile(path: "agreement.yaml", text: Self.policy)
        let policy = try PolicyLoader().load(source: source)

        // The engine: whom each escalates to, in which zone.
        let message = """
            {"channel": "chat", "from": "cy", "to": ["ana", "bo", "cy"], "sent_at": "2026-11-25T10:00:00Z"}
            """
        let node = try #require(try JSONReader().read(SourceFile(path: "message.json", text: message)))
        let decision = try Evaluator(policy: policy).evaluate(try MessageLoader().message(from: node))
        for (recipient, expected) in zip(decision.recipients, Self.expected) {
            #expect(recipient.id == expected.id)
            #expect(recipient.timezone == expected.zone, "\(expected.id)")
            #expect(recipient.escalation?.to == expected.backup, "\(expected.id)")
        }

        // Lint: escalation-without-backup names exactly the people without one.
        let findings = Linter(today: LocalDate(year: 2026, month: 6, day: 1)!).lint(source: source)
            .filter { $0.ruleID == "escalation-without-backup" }
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("'ana' has none") == true, "\(findings.map(\.message))")

        // The charter: the People table shows the same zone and backup, marked when inherited.
        let page = MarkdownCharterRenderer().render(CharterBuilder().build(policy))
        let rows = page.split(separator: "\n").filter { $0.hasPrefix("| `") }
        func row(_ id: String) -> String { rows.last { $0.hasPrefix("| `\(id)`") }.map(String.init) ?? "" }
        #expect(row("ana").contains("| `America/New_York` *(team)* |"), "\(row("ana"))")
        #expect(row("ana").contains("| — | —"), "\(row("ana"))")
        #expect(row("bo").contains("| `Asia/Tokyo` |"), "\(row("bo"))")
        #expect(row("bo").contains("| `ana` *(team)* |"), "\(row("bo"))")
        #expect(row("cy").contains("| `Europe/Berlin` *(policy)* |"), "\(row("cy"))")
        #expect(row("cy").contains("| `bo` |"), "\(row("cy"))")
    }
}
