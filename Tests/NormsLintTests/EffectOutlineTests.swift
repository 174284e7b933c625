@testable import NormsLint
import NormsPolicy
import NormsSource
import Testing

/// What the shadowed-rule check reads of each rule once: the effects it has and their values in
/// plain numbers, how one rule's effects fare against another's, and which rules each rule is
/// compared with.
@Suite struct EffectOutlineTests {
    private static func policy(_ rules: String) throws -> Policy {
        try PolicyLoader().load(source: SourceFile(path: "outline.yaml", text: LintTesting.header + """

            channels:
              chat: {mode: async}
              email: {mode: async}
            people:
              rosa: {}
            rules:
            \(rules)
            """))
    }

    @Test func eachRuleIsOutlinedOnce() throws {
        let policy = try Self.policy("""
              - {id: a, then: {level: high, breaks_through: [focus, away]}}
              - {id: b, then: {interrupt: true}}
              - {id: c, then: {violation: not here}}
              - {id: d, then: {escalate: {after: 30m, via: chat}}}
              - {id: e, then: {escalate: {after: 30m, via: chat, to: backup}}}
              - {id: f, then: {escalate: {after: 30m, via: chat, to: rosa}}}
              - {id: g, then: {reply_within: 2h, interrupt: false}}
            """)
        let outlines = EffectOutline.outlines(of: policy.rules, levels: LevelRanks(policy: policy))
        #expect(outlines.map(\.needed.rawValue) == [0b01001, 0b00100, 0, 0b10000, 0b10000, 0b10000, 0b00110])
        // `interrupt: true` also overrides any `breaks_through`.
        #expect(outlines.map(\.offered.rawValue) == [0b01001, 0b01100, 0, 0b10000, 0b10000, 0b10000, 0b00110])
        #expect(outlines.map(\.hasViolation) == [false, false, true, false, false, false, false])
        // The default levels are low, normal, high, urgent.
        #expect(outlines[0].levelRank == 2 && outlines[1].levelRank == nil)
        #expect(outlines[0].breaksThrough == StateSet([.away, .focus]))
        #expect(outlines[6].replyWithin == .wallClock(minutes: 120) && outlines[6].interrupt == false)
        // Backup is the default target, so d and e escalate the same way; f does not.
        #expect(outlines[3].escalationRoute == outlines[4].escalationRoute)
        #expect(outlines[3].escalationRoute != outlines[5].escalationRoute)
        #expect(outlines[0].escalationRoute == -1)
        // Each route's key names the channel by its length first, so no two routes share one.
        #expect(policy.rules[3...5].map { EffectOutline.routeKey($0.then.escalate!) } == ["4:chat*", "4:chat*", "4:chat=rosa"])
    }

    @Test func effectsLoseOnlyWhenEachOfThemDoes() throws {
        let policy = try Self.policy("""
              - {id: breaks, then: {breaks_through: [focus]}}
              - {id: interrupts, then: {interrupt: true}}
              - {id: breaks-more, then: {breaks_through: [focus, away]}}
              - {id: two-hours, then: {reply_within: 2h}}
              - {id: one-hour, then: {reply_within: 1h}}
              - {id: one-day, then: {reply_within: 1 business day}}
              - {id: escalates, then: {escalate: {after: 30m, via: chat}}}
              - {id: escalates-too, then: {escalate: {after: 30m, via: chat, to: backup}}}
              - {id: escalates-by-email, then: {escalate: {after: 30m, via: email}}}
              - {id: escalates-sooner, then: {escalate: {after: 10m, via: email}}}
            """)
        let outlines = EffectOutline.outlines(of: policy.rules, levels: LevelRanks(policy: policy))
        func compare(_ a: Int, by b: Int) -> EffectDominance.Outcome? { EffectDominance.compare(outlines[a], by: outlines[b]) }
        #expect(compare(0, by: 1) == .strict)
        #expect(compare(0, by: 2) == .strict)
        #expect(compare(2, by: 0) == nil)
        #expect(compare(0, by: 0) == .equal)
        #expect(compare(1, by: 0) == nil)
        #expect(compare(3, by: 4) == .strict)
        #expect(compare(4, by: 3) == nil)
        // Hours and business days do not compare for certain.
        #expect(compare(5, by: 4) == nil)
        #expect(compare(6, by: 7) == .equal)
        // The same delay through another channel may decide something; a sooner one never does.
        #expect(compare(6, by: 8) == nil)
        #expect(compare(6, by: 9) == .strict)
        // Nothing is compared with a rule that has none of the effects.
        #expect(compare(3, by: 0) == nil)
    }

    @Test func aRuleIsComparedWithTheCandidatesOnItsChannelThatOfferItsEffects() throws {
        let policy = try Self.policy("""
              - {id: chat-hour, when: {channel: chat}, then: {reply_within: 1h}}
              - {id: interrupt-all, then: {interrupt: true}}
              - {id: both-high, when: {channel: [chat, email]}, then: {level: high}}
              - {id: email-two-hours, when: {channel: email}, then: {reply_within: 2h}}
              - {id: chat-four-hours, when: {channel: chat}, then: {reply_within: 4h}}
            """)
        let logic = ConditionLogic(policy: policy)
        var index = CandidateIndex(Array(policy.rules.indices), logic: logic,
                                   effects: EffectOutline.outlines(of: policy.rules, levels: logic.levels))
        func walk(_ rule: Int, within limit: Int) -> [Int] {
            var visited: [Int] = []
            index.forEach(mayShadowRuleAt: rule, within: limit) { visited.append($0); return true }
            return visited
        }
        // Candidates for chat: every channel [1], chat [0, 2, 4]; those that give a reply deadline.
        #expect(walk(4, within: 2_000) == [0, 4])
        // More candidates than may be compared: every one, so the cut counts them all.
        #expect(walk(4, within: 3) == [0, 1, 2, 4])
        #expect(walk(4, within: 4) == [0, 4])
        // email has fewer candidates [2, 3] than chat: its list is walked.
        #expect(walk(2, within: 2_000) == [2])
        #expect(walk(2, within: 2) == [1, 2, 3])
        #expect(walk(3, within: 2_000) == [3])
        // A rule for every channel is compared with the rules for every channel only.
        #expect(walk(1, within: 2_000) == [1])
        // Walking again gives the same, from the lists made the first time.
        #expect(walk(4, within: 2_000) == [0, 4])
        var stopped: [Int] = []
        index.forEach(mayShadowRuleAt: 4, within: 3) { stopped.append($0); return stopped.count < 2 }
        #expect(stopped == [0, 1])
    }
}
