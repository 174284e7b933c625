import NormsPolicy
import NormsSource
import Testing

@Suite("Loader diagnostics: rules, conditions and effects")
struct RuleDiagnosticTests {
    @Test func ruleIDs() throws {
        let kebab = try #require(expectDiagnostic(preamble + "rules:\n  - {id: ↓No_Chat_Decisions, then: {interrupt: false}}\n", "policy.invalid-rule-id"))
        #expect(kebab.message == "rule id 'No_Chat_Decisions' is not kebab-case")
        #expect(kebab.help?.hasPrefix("did you mean 'no-chat-decisions'?") == true)
        expectDiagnostic(preamble + "rules:\n  - {id: ↓trailing-, then: {interrupt: false}}\n", "policy.invalid-rule-id")
        expectDiagnostic(preamble + "rules:\n  - {id: ↓42, then: {interrupt: false}}\n", "policy.wrong-type")
        expectDiagnostic(preamble + "rules:\n  - ↓{then: {interrupt: false}}\n", "policy.missing-key")
        #expect(loadMarked(preamble + "rules:\n  - {id: rule-2-b, then: {interrupt: false}}\n").diagnostics.isEmpty)
    }

    @Test func duplicateIDsInOneFile() throws {
        let load = loadMarked(preamble + """
            rules:
              - id: a
                then: {interrupt: false}
              - id: ↓a
                then: {interrupt: true}
            """)
        #expect(load.found == [Found(code: "policy.duplicate-rule-id", position: load.source.marker)])
        #expect(load.diagnostics.first?.notes.first?.span?.start.line == 7)
        #expect(load.policy?.rules.map(\.then.interrupt?.value) == [false])
    }

    @Test func overrideNeedsABase() throws {
        let diagnostic = try #require(expectDiagnostic(preamble + "rules:\n  - {id: a, then: {interrupt: false}, ↓override: true}\n", "policy.override-without-base"))
        #expect(diagnostic.message == "rule 'a' says 'override: true' but no base policy defines it")
    }

    @Test func effects() throws {
        expectDiagnostic(preamble + "rules:\n  - {id: a, ↓then: {}}\n", "policy.empty-effects")
        expectDiagnostic(preamble + "rules:\n  - {id: a, then: {↓interupt: true}}\n", "policy.unknown-key")
        expectDiagnostic(preamble + "rules:\n  - {id: a, then: {breaks_through: [focus, ↓afterhours]}}\n", "policy.invalid-value")
        expectDiagnostic(preamble + "rules:\n  - {id: a, then: {violation: No, severity: ↓fatal}}\n", "policy.invalid-value")
        expectDiagnostic(preamble + "rules:\n  - {id: a, then: {↓escalate: {via: email}}}\n", "policy.missing-key")
        expectDiagnostic(preamble + "rules:\n  - {id: a, then: {reply_within: ↓4}}\n", "policy.duration-without-unit")
        let load = loadMarked(preamble + "rules:\n  - {id: a, then: {breaks_through: all, escalate: {after: 1 business hour, via: email, to: backup}}}\n")
        #expect(load.diagnostics.isEmpty)
        let effects = try #require(load.policy?.rules.first?.then)
        #expect(effects.breaksThrough?.map(\.value) == RecipientState.allCases)
        #expect(effects.escalate?.after.value == .businessHours(1))
        #expect(effects.escalate?.to.value == .backup)
    }

    @Test func conditions() throws {
        expectDiagnostic(preamble + "rules:\n  - {id: a, when: {↓channels: email}, then: {interrupt: true}}\n", "policy.unknown-key")
        expectDiagnostic(preamble + "rules:\n  - {id: a, when: {tags: {any: [a], ↓all: [b]}}, then: {interrupt: true}}\n", "policy.conflicting-keys")
        expectDiagnostic(preamble + "rules:\n  - {id: a, when: {recipient_state: [focus, ↓offline]}, then: {interrupt: true}}\n", "policy.invalid-value")
        expectDiagnostic(preamble + "rules:\n  - {id: a, when: ↓[channel, email], then: {interrupt: true}}\n", "policy.wrong-type")
        let load = loadMarked(preamble + """
            rules:
              - id: a
                when:
                  channel: email
                  level: ">= high"
                  tags: {all: [customer, billing]}
                  keywords: refund
                  recipient_state: [focus, after_hours]
                unless: {tags: internal, level: [low, normal]}
                then: {interrupt: true}
            """)
        #expect(load.diagnostics.isEmpty)
        let rule = try #require(load.policy?.rules.first)
        #expect(rule.when?.channel?.map(\.value) == ["email"])
        #expect(rule.when?.level?.value == .compare(.atLeast, "high"))
        #expect(rule.when?.tags?.value.tags.map(\.value) == ["customer", "billing"])
        if case .all = rule.when?.tags?.value {} else { Issue.record("tags should need all") }
        #expect(rule.when?.keywords?.map(\.value) == ["refund"])
        #expect(rule.when?.recipientState?.map(\.value) == [.focus, .afterHours])
        #expect(rule.unless?.level?.value == .anyOf(["low", "normal"]))
        #expect(rule.unless?.tags?.value.tags.map(\.value) == ["internal"])
    }

    @Test func levelRulesMayNotDependOnTheRecipient() throws {
        let load = loadMarked(preamble + """
            people:
              bob: {}
            rules:
              - id: bob-is-important
                when: {↓to: bob}
                unless: {↓recipient_state: away}
                then: {level: high}
            """)
        #expect(load.found == load.source.markers.map { Found(code: "policy.level-rule-depends-on-recipient", position: $0) })
        let first = try #require(load.diagnostics.first)
        #expect(first.message == "rule 'bob-is-important' sets a level, so its 'when' may not use 'to'")
        #expect(first.notes.first?.span?.start.line == 12)
        #expect(load.diagnostics.last?.message == "rule 'bob-is-important' sets a level, so its 'unless' may not use 'recipient_state'")
    }
}
