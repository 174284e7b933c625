import NormsEngine
import NormsPolicy
import Testing

/// Step 2: the level rises to a fixed point, never lowers, and belongs to the message.
@Suite("Classification")
struct ClassificationTests {
    @Test func chainOfLevelRulesReachesAFixedPoint() throws {
        // normal → high (outage tag) → urgent (level >= high and kind incident): two passes.
        let rules = """
          - id: incident-at-high-is-urgent
            when: {level: ">= high", kind: incident}
            then: {level: urgent}
          - id: outage-is-high
            when: {tags: [outage]}
            then: {level: high}
        """
        let decision = try EvalPolicy.decide(rules: rules, EvalPolicy.message("kind: incident, tags: [outage]"))
        #expect(decision.level == "urgent")
        // Both hold at the final level; `rules` keeps policy order.
        #expect(try Fixture.recipient(decision).rules == ["incident-at-high-is-urgent", "outage-is-high"])
    }

    @Test func noLevelAndNoRuleMeansTheDefaultLevel() throws {
        #expect(try EvalPolicy.decide(EvalPolicy.message()).level == "normal")
        // default_level: low in the policy.
        #expect(try EvalPolicy.decide(extra: "default_level: low", EvalPolicy.message()).level == "low")
        // The message's own level is the start.
        #expect(try EvalPolicy.decide(EvalPolicy.message("level: high")).level == "high")
    }

    @Test func theLevelNeverLowers() throws {
        // The message says urgent; a rule that sets `low` holds but cannot lower it.
        let rules = """
          - id: minor-is-low
            when: {tags: [minor]}
            then: {level: low}
        """
        let decision = try EvalPolicy.decide(rules: rules, EvalPolicy.message("level: urgent, tags: [minor]"))
        #expect(decision.level == "urgent")
        #expect(try Fixture.recipient(decision).rules == ["minor-is-low"])
    }

    @Test func theHighestMatchingLevelWinsInOnePass() throws {
        let rules = """
          - id: customer-is-high
            when: {tags: [customer]}
            then: {level: high}
          - id: outage-is-urgent
            when: {tags: [outage]}
            then: {level: urgent}
        """
        #expect(try EvalPolicy.decide(rules: rules, EvalPolicy.message("tags: [customer, outage]")).level == "urgent")
    }

    @Test func rulesListedAtTheFinalLevel() throws {
        // below-high-becomes-high holds at normal and raises to high; at high, the second rule
        // raises to urgent. `rules` is evaluated at the final level (urgent): `< high` no longer
        // holds there, so only the second rule is listed.
        let rules = """
          - id: below-high-becomes-high
            when: {level: "< high"}
            then: {level: high}
          - id: high-or-above-becomes-urgent
            when: {level: ">= high"}
            then: {level: urgent}
        """
        let decision = try EvalPolicy.decide(rules: rules, EvalPolicy.message())
        #expect(decision.level == "urgent")
        #expect(try Fixture.recipient(decision).rules == ["high-or-above-becomes-urgent"])
    }

    @Test func aRuleNamingAnIntermediateLevelIsNotListedAtTheFinalOne() throws {
        // normal → high → urgent; at urgent neither `< high` nor `high` holds: `rules` is empty
        // although both rules raised the level on the way.
        let rules = """
          - id: below-high-becomes-high
            when: {level: "< high"}
            then: {level: high}
          - id: high-becomes-urgent
            when: {level: high}
            then: {level: urgent}
        """
        let decision = try EvalPolicy.decide(rules: rules, EvalPolicy.message())
        #expect(decision.level == "urgent")
        #expect(try Fixture.recipient(decision).rules.isEmpty)
    }

    @Test(arguments: ["to: [bob]", "recipient_state: focus"])
    func aLevelRuleMayNotLookAtTheRecipient(_ condition: String) throws {
        let rules = """
          - id: bob-is-urgent
            when: {\(condition)}
            then: {level: urgent}
        """
        #expect(throws: Fixture.LoadFailure.self) { try Fixture.policy(EvalPolicy.yaml(rules: rules)) }
    }

    @Test func customLevels() throws {
        // levels [p3, p2, p1], default p3; a rule raises to p1.
        let rules = """
          - id: pages-are-p1
            when: {channel: pager}
            then: {level: p1}
        """
        let policy = """
            norms: 1
            name: Custom levels
            timezone: UTC
            levels: [p3, p2, p1]
            default_level: p3
            channels:
              chat: {mode: async}
              pager: {mode: async, interrupts: true}
            people:
              bob: {}
            rules:
            \(rules)
            """
        #expect(try Fixture.decide(policy, EvalPolicy.message(channel: "pager")).level == "p1")
        #expect(try Fixture.decide(policy, EvalPolicy.message()).level == "p3")
    }
}
