import NormsPolicy
import Testing

@Suite("Diagnostic codes")
struct PolicyDiagnosticCodeTests {
    static let grammarCodes = [
        GrammarError.timeOfDay(""), .hourRange("", detail: nil), .daySet("", detail: ""), .date("", detail: nil),
        .reversedDateRange(""), .recurringBlock(""), .duration(""), .levelComparison(""),
    ].map(\.code)

    @Test func codesAreDottedKebabCaseAndNeverShared() {
        let codes = PolicyDiagnosticCode.allCases.map(\.rawValue) + Self.grammarCodes
        #expect(Set(codes).count == codes.count)
        for code in codes {
            let parts = code.split(separator: ".", omittingEmptySubsequences: false)
            #expect(parts.count == 2 && parts[0] == "policy", "\(code)")
            let words = parts.last?.split(separator: "-", omittingEmptySubsequences: false) ?? []
            #expect(words.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLowercase && $0.isASCII } }, "\(code)")
        }
    }

    @Test func messagesStartLowercaseWithoutTrailingPeriod() {
        let load = loadMarked("""
            norms: 1
            name: Test
            timezone: Europe/Berlinn
            working_hours: {mon-fri: "09:00-17:00", fri: "09:00-12:00"}
            channels:
              email: {mode: asnyc, reply_within: 15, interupts: true}
              phone: {mode: sync, min_level: critical, suggest: fax}
            levels: [low, normal, normal]
            people:
              alice: {backup: alice, team: ops}
            rules:
              - id: Bad
                when: {to: alice}
                then: {level: high, escalate: {after: 1bh, via: pager, to: bob}}
              - id: Bad
                override: true
                then: {}
            """)
        #expect(load.diagnostics.count >= 14)
        for diagnostic in load.diagnostics {
            #expect(diagnostic.message.first?.isUppercase == false, "\(diagnostic.message)")
            #expect(!diagnostic.message.hasSuffix("."), "\(diagnostic.message)")
            #expect(diagnostic.help?.isEmpty == false, "\(diagnostic.code) has no help")
            #expect(diagnostic.span?.isSynthetic == false, "\(diagnostic.code) has no position")
        }
    }
}
