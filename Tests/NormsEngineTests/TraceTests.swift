import NormsEngine
import NormsPolicy
import Testing

/// The opt-in trace behind `norms check --explain`.
@Suite("Trace")
struct TraceTests {
    static let rules = """
      - id: normal-becomes-high
        when: {level: normal}
        then: {level: high}
      - id: decisions-by-email
        when: {kind: decision}
        then: {violation: Write decisions down., severity: warning}
    """

    @Test func aLevelRuleThatRaisedTheLevelIsTracedAsHeld() throws {
        let evaluator = try Fixture.evaluator(EvalPolicy.yaml(rules: Self.rules))
        let decision = try evaluator.evaluate(try Fixture.message(EvalPolicy.message()), trace: true)
        let trace = try #require(decision.trace)
        // Classification: normal → high through the rule, so it held there, although at the final
        // level (high) its condition `level: normal` no longer holds.
        #expect(decision.level == "high")
        let classification = try #require(trace.first { $0.recipient == nil && $0.rule == "normal-becomes-high" })
        #expect(classification.held)
        #expect(classification.failedCondition == nil)
        // For the recipient, rules are matched at the final level, as `rules` lists them.
        let forBob = try #require(trace.first { $0.recipient == "bob" && $0.rule == "normal-becomes-high" })
        #expect(!forBob.held)
        #expect(forBob.failedCondition?.hasPrefix("level:") == true)
        #expect(forBob.failure?.key == .level)
        #expect(forBob.failure?.actual == "high")
        #expect(decision.levelBy == "normal-becomes-high")
        #expect(try Fixture.recipient(decision).rules.isEmpty)
    }

    @Test func everyRuleIsTracedPerRecipientWithTheFirstFailedCondition() throws {
        let evaluator = try Fixture.evaluator(EvalPolicy.yaml(rules: Self.rules))
        let message = try Fixture.message(EvalPolicy.message("kind: question", to: ["bob", "alice"]))
        let trace = try #require(try evaluator.evaluate(message, trace: true).trace)
        // One classification entry (the only level rule), then both rules for each recipient.
        #expect(trace.map(\.recipient) == [nil, "bob", "bob", "alice", "alice"])
        let decisionRule = try #require(trace.first { $0.recipient == "alice" && $0.rule == "decisions-by-email" })
        #expect(decisionRule.failedCondition == "kind: question is not decision")
        // EvalPolicy.yaml: 22 lines of settings, `rules:` on 23, this rule the second item at 27.
        #expect(decisionRule.source.start.line == 27)
        // The same failure as data: the condition `kind: decision` on the rule's next line.
        let failure = try #require(decisionRule.failure)
        #expect(failure.key == .kind)
        #expect(failure.expected == ["decision"])
        #expect(failure.actual == "question")
        #expect(failure.position.start.line == 28)
        #expect(decisionRule.json["condition"] == .object([
            ("key", "kind"), ("expected", .array(["decision"])), ("actual", "question"), ("source", .string(failure.position.description)),
        ]))
        // A rule that held has no failure.
        #expect(trace.first { $0.recipient == nil }?.failure == nil)
        #expect(try evaluator.evaluate(message).trace == nil)
    }
}
