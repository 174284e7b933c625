import NormsPolicy
import NormsSource
import Testing

/// Rules and effects keep only the values they are given, and copies never see each other's changes.
@Suite struct SharedValuesTests {
    private let span = SourceSpan(file: "p.yaml", start: SourcePosition(line: 3, column: 5, offset: 40),
                                  end: SourcePosition(line: 3, column: 9, offset: 44))

    @Test func effectsGiveBackWhatTheyAreGivenAndCopiesStayApart() throws {
        let hour = try PolicyDuration.parse("1h")
        var effects = Effects(replyWithin: Located(hour, at: span), severity: Located(.warning, at: span), span: span)
        #expect(effects.replyWithin?.value == hour)
        #expect(effects.severity?.value == .warning)
        #expect(effects.level == nil && effects.interrupt == nil && effects.breaksThrough == nil)
        #expect(effects.escalate == nil && effects.violation == nil && effects.suggest == nil)

        let copy = effects
        effects.replyWithin = nil
        effects.interrupt = Located(true, at: span)
        effects.severity = Located(.info, at: span)
        effects.suggest = Located("email", at: .synthetic("flag"))
        #expect(effects.replyWithin == nil)
        #expect(effects.interrupt?.value == true)
        #expect(effects.severity?.value == .info)
        #expect(effects.suggest?.span.isSynthetic == true)
        #expect(copy.replyWithin?.value == hour)
        #expect(copy.interrupt == nil)
        #expect(copy.severity?.value == .warning)
        #expect(copy.suggest == nil)
    }

    @Test func theListOfEffectsHoldsEachGivenEffectOnce() throws {
        func kinds(_ effects: Effects) -> [String] {
            effects.list.map { effect in
                switch effect {
                case .level(let level): "level \(level.value)"
                case .replyWithin: "reply_within"
                case .interrupt(let interrupt): "interrupt \(interrupt.value)"
                case .breaksThrough(let states): "breaks_through \(states.count)"
                case .escalate: "escalate"
                case .violation: "violation"
                case .severity: "severity"
                case .suggest: "suggest"
                }
            }
        }
        var effects = Effects(level: Located("urgent", at: span), replyWithin: Located(try PolicyDuration.parse("1h"), at: span),
                              violation: Located("too late", at: span), span: span)
        #expect(kinds(effects) == ["level urgent", "reply_within", "violation"])
        effects.replyWithin = nil
        effects.interrupt = Located(true, at: span)
        effects.level = Located("normal", at: span)
        #expect(kinds(effects) == ["level normal", "violation", "interrupt true"])
        #expect(kinds(Effects(span: span)).isEmpty)
    }

    @Test func aRuleKeepsItsSeldomValuesApartAndCopiesStayApart() {
        let effects = Effects(interrupt: Located(false, at: span), span: span)
        var rule = NormRule(id: Located("quiet", at: span), then: effects, mode: Located(.enforce, at: span), span: span)
        #expect(rule.description == nil && rule.owner == nil && rule.expires == nil && rule.override == nil)

        let copy = rule
        rule.owner = Located("alice", at: span)
        rule.description = "Quiet hours"
        rule.override = Located(true, at: span)
        #expect(rule.owner?.value == "alice")
        #expect(rule.description == "Quiet hours")
        #expect(rule.override?.value == true)
        #expect(rule.expires == nil)
        #expect(copy.owner == nil && copy.description == nil && copy.override == nil)

        rule.owner = nil
        rule.description = nil
        rule.override = nil
        #expect(rule.owner == nil && rule.description == nil && rule.override == nil)
        #expect(rule.then.interrupt?.value == false)
    }
}
