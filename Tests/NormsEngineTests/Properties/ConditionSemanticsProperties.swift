import NormsEngine
@testable import NormsLint
import NormsPolicy
import NormsSource
import NormsTestSupport
import PropertyBased
import TeamNorms
import Testing

/// Lint's reasoning about conditions (`ConditionLogic`, behind shadowed-rule and unmatchable-rule)
/// against what the evaluator does: when lint says a rule's `when` implies another's, every
/// generated message the first rule matches, the second matches too; when lint says a `when` can
/// never hold, no message matches it. Conditions and messages are drawn from one small policy, so
/// that matches, near misses and implications are all frequent.
@Suite("Condition semantics: lint and the engine agree")
struct ConditionSemanticsProperties {
    static let messagesPerCase = 24

    @Test("what lint calls implied or unsatisfiable, the engine agrees with")
    func lintAgreesWithTheEngine() async throws {
        var implications = 0
        var unsatisfiable = 0
        var matchesOfImplyingRules = 0
        await Property.check("condition semantics", count: 400, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var random = SplitMix64(seed: UInt64(seed))
            let a = Self.conditions(&random)
            let b = random.chance(50) ? Self.weakened(a, &random) : Self.conditions(&random)
            let yaml = Self.policy(when: a, b)
            guard let policy = try? PolicyLoader().load(source: SourceFile(path: "semantics.yaml", text: yaml)) else { return }
            let logic = ConditionLogic(policy: policy)
            let implies = logic.implies(logic.when(ofRuleAt: 0), logic.when(ofRuleAt: 1))
            let never = logic.isUnsatisfiable(logic.when(ofRuleAt: 0))
            if implies { implications += 1 }
            if never { unsatisfiable += 1 }
            let evaluator = Evaluator(policy: policy)
            for _ in 0..<Self.messagesPerCase {
                let text = Self.message(&random)
                let rules = try evaluator.evaluate(try Message(yaml: text)).recipients[0].rules
                if implies && rules.contains("a") {
                    matchesOfImplyingRules += 1
                    try Property.require(rules.contains("b"), "lint says \(a) implies \(b), but the message \(text) matches only the first")
                }
                try Property.require(!(never && rules.contains("a")), "lint says \(a) never holds, but the message \(text) matches it")
            }
        }
        // The property was not vacuous: lint found implications and unsatisfiable conditions, and
        // messages put implications to the test.
        #expect(implications > 50)
        #expect(unsatisfiable > 5)
        #expect(matchesOfImplyingRules > 100)
    }

    // MARK: - Policy and messages

    static let recipients = ["ana", "bo"]

    static func policy(when a: [String], _ b: [String]) -> String {
        """
        norms: 1
        name: Semantics
        timezone: UTC
        kinds: [question, decision]
        channels:
          chat: {mode: async}
          email: {mode: async}
        teams:
          ops: {members: [ana, bo]}
        people:
          ana: {roles: [oncall]}
          bo: {}
          cy: {}
        rules:
          - id: a
            when: {\(a.joined(separator: ", "))}
            then: {violation: a}
          - id: b
            when: {\(b.joined(separator: ", "))}
            then: {violation: b}
        """
    }

    /// A `when` as its `key: value` entries; each key appears with some chance, its list a random
    /// part of a few names (now and then empty, or a level comparison no level meets).
    static func conditions(_ random: inout SplitMix64) -> [String] {
        func list(_ names: [String]) -> String {
            if random.chance(4) { return "[]" }
            return "[" + names.filter { _ in random.chance(50) }.ifEmpty([random.pick(names)]).joined(separator: ", ") + "]"
        }
        var entries: [String] = []
        if random.chance(30) { entries.append("channel: " + list(["chat", "email"])) }
        if random.chance(30) { entries.append("kind: " + list(["question", "decision"])) }
        if random.chance(35) {
            let level = random.chance(50) ? list(["low", "normal", "high", "urgent"])
                : "'\(random.pick([">=", ">", "<=", "<", "==", "!="])) \(random.pick(["low", "normal", "high", "urgent"]))'"
            entries.append("level: " + level)
        }
        if random.chance(35) {
            let tags = list(["red", "blue", "Green"])
            entries.append("tags: " + random.pick([tags, "{any: \(tags)}", "{all: \(tags)}"]))
        }
        if random.chance(25) { entries.append("keywords: " + list(["alpha", "beta", "Gamma"])) }
        if random.chance(25) { entries.append("from: " + list(["ana", "bo", "ops", "oncall", "external"])) }
        if random.chance(25) { entries.append("to: " + list(["ana", "bo", "ops", "oncall"])) }
        if random.chance(25) { entries.append("recipient_state: " + list(["available", "focus", "away", "after_hours"])) }
        return entries
    }

    /// Some of `a`'s entries: conditions that hold whenever `a` does, so lint often finds the implication.
    static func weakened(_ a: [String], _ random: inout SplitMix64) -> [String] {
        a.filter { _ in random.chance(60) }
    }

    /// A message to `ana` or `bo` on Wednesday 2026-11-25 at noon (working time) or 20:00 (after
    /// hours), UTC, with a random level, kind, tags in any case, words in the text, sender and
    /// live status.
    static func message(_ random: inout SplitMix64) -> String {
        var fields = [
            "channel: \(random.pick(["chat", "email"]))",
            "from: \(random.pick(["ana", "bo", "cy", "stranger"]))",
            "to: [\(random.pick(recipients))]",
            "sent_at: 2026-11-25T\(random.pick(["12", "20"])):00:00Z",
        ]
        let to = fields[2].dropFirst(5).dropLast()
        if random.chance(70) { fields.append("level: \(random.pick(["low", "normal", "high", "urgent"]))") }
        if random.chance(70) { fields.append("kind: \(random.pick(["question", "decision"]))") }
        let tags = ["red", "RED", "blue", "green", "Green", "orange"].filter { _ in random.chance(30) }
        if !tags.isEmpty { fields.append("tags: [\(tags.joined(separator: ", "))]") }
        let words = ["alpha", "Beta", "gamma", "alphabet", "delta"].filter { _ in random.chance(30) }
        if !words.isEmpty { fields.append("subject: \(words.joined(separator: " "))") }
        if random.chance(40) { fields.append("status: {\(to): \(random.pick(["focus", "away", "available", "dnd"]))}") }
        return "{" + fields.joined(separator: ", ") + "}"
    }
}

private extension Array {
    func ifEmpty(_ replacement: [Element]) -> [Element] { isEmpty ? replacement : self }
}
