import NormsPolicy
import NormsSource

/// A rule whose every effect is always overridden by another rule.
public struct ShadowedRuleRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "shadowed-rule",
        name: "Shadowed Rule",
        category: .rules,
        defaultSeverity: .warning,
        summary: "A rule must be able to change some decision: another rule that matches whenever it does must not override each of its effects.",
        rationale: """
            Effects combine by fixed principles — the highest level, the earliest deadline and the \
            earliest escalation win, and `true` beats `false` for interrupting. A rule whose effects all \
            lose to a broader rule's never changes a decision; it misleads readers into thinking the \
            norm it states is in force. The check is conservative: it reports only when the other rule \
            has no `unless` and its conditions clearly follow from this rule's, and only effects that \
            are certain to lose. A rule with a `violation` is never shadowed, since each violation is \
            reported on its own. Policies of more than 2,000 rules are not compared pair by pair.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async}
                rules:
                  - id: urgent-is-immediate
                    when: {level: urgent}
                    then: {reply_within: immediate, breaks_through: [after_hours, focus]}
                  - id: ↓urgent-chat-in-focus
                    when: {level: urgent, channel: chat}
                    then: {reply_within: immediate, breaks_through: [focus]}
                """),
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async}
                rules:
                  - id: ↓questions-within-two-days
                    when: {kind: question, channel: chat}
                    then: {reply_within: 2 business days}
                  - id: chat-by-tomorrow
                    when: {channel: chat}
                    then: {reply_within: 1 business day}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async}
                rules:
                  - id: questions-within-an-hour
                    when: {kind: question, channel: chat}
                    then: {reply_within: 1 business hour}
                  - id: chat-same-day
                    when: {channel: chat}
                    then: {reply_within: 4 business hours}
                  - id: chat-unless-fyi
                    when: {channel: chat}
                    unless: {kind: fyi}
                    then: {reply_within: 1 business hour}
                """),
        ],
        requiresValidPolicy: true
    )

    public func check(_ context: LintContext) -> [Finding] {
        guard let policy = context.policy else { return [] }
        let rules = policy.rules
        guard rules.count * rules.count <= ConditionLogic.pairLimit else { return [] }
        let logic = ConditionLogic(policy: policy)
        let dominance = EffectDominance(levels: logic.levels)
        // Only a rule without `unless` that can match at all can shadow another.
        let candidates = rules.indices.filter { rules[$0].unless == nil && !logic.isUnsatisfiable(logic.when(ofRuleAt: $0)) }
        var findings: [Finding] = []
        for (index, rule) in rules.enumerated() where rule.then.violation == nil {
            let when = logic.when(ofRuleAt: index)
            let shadow = candidates.first { otherIndex in
                guard otherIndex != index, let outcome = dominance.compare(rule.then, by: rules[otherIndex].then),
                      logic.implies(when, logic.when(ofRuleAt: otherIndex)) else { return false }
                // Two rules that say the same under the same conditions: only the later one is redundant.
                if outcome == .equal, logic.implies(logic.when(ofRuleAt: otherIndex), when) { return otherIndex < index }
                return true
            }
            guard let shadow else { continue }
            let other = rules[shadow]
            findings.append(finding(
                "rule \(quoted: rule.id.value) never changes a decision: \(quoted: other.id.value) matches whenever it does and overrides each of its effects",
                at: rule.id.span,
                hint: "remove the rule, or make it more demanding than \(quoted: other.id.value)",
                notes: [.init("\(quoted: other.id.value) is defined here", at: other.id.span)]))
        }
        return findings
    }
}

/// Whether one rule's effects always win over another's, effect by effect.
struct EffectDominance {
    let levels: LevelRanks

    enum Outcome { case strict, equal }

    /// How `dominant` fares against every effect of `effects`: `nil` when some effect of `effects`
    /// can decide something; `.equal` when each is matched exactly; `.strict` when each loses or
    /// is matched, and one loses.
    func compare(_ effects: Effects, by dominant: Effects) -> Outcome? {
        var outcomes: [Outcome?] = []
        if let level = effects.level { outcomes.append(compareLevel(level.value, dominant.level?.value)) }
        if let reply = effects.replyWithin { outcomes.append(compareReply(reply.value, dominant.replyWithin?.value)) }
        if let interrupt = effects.interrupt { outcomes.append(compareInterrupt(interrupt.value, dominant.interrupt?.value)) }
        if let states = effects.breaksThrough { outcomes.append(compareBreaksThrough(states, dominant)) }
        if let escalation = effects.escalate { outcomes.append(compareEscalation(escalation, dominant.escalate)) }
        guard !outcomes.isEmpty, !outcomes.contains(where: { $0 == nil }) else { return nil }
        return outcomes.allSatisfy { $0 == .equal } ? .equal : .strict
    }

    /// The highest level wins.
    private func compareLevel(_ level: String, _ other: String?) -> Outcome? {
        guard let other, let mine = levels.rank(level), let theirs = levels.rank(other), theirs >= mine else { return nil }
        return theirs == mine ? .equal : .strict
    }

    /// The earliest deadline wins; only durations of one kind compare for certain (`none` loses to any).
    private func compareReply(_ reply: Duration, _ other: Duration?) -> Outcome? {
        guard let other else { return nil }
        switch (reply, other) {
        case (.none, .none), (.immediate, .immediate): return .equal
        case (.none, _): return .strict
        case (.wallClock(let mine), .wallClock(let theirs)), (.businessHours(let mine), .businessHours(let theirs)),
             (.businessDays(let mine), .businessDays(let theirs)):
            return theirs < mine ? .strict : theirs == mine ? .equal : nil
        default: return nil
        }
    }

    /// `true` beats `false`, so only `interrupt: true` certainly overrides.
    private func compareInterrupt(_ interrupt: Bool, _ other: Bool?) -> Outcome? {
        switch (interrupt, other) {
        case (false, true?): .strict
        case (true, true?), (false, false?): .equal
        default: nil
        }
    }

    /// A `breaks_through` list is covered by a larger list, or by `interrupt: true`.
    private func compareBreaksThrough(_ states: [Located<RecipientState>], _ dominant: Effects) -> Outcome? {
        if dominant.interrupt?.value == true { return .strict }
        guard let others = dominant.breaksThrough else { return nil }
        let mine = Set(states.map(\.value))
        let theirs = Set(others.map(\.value))
        guard mine.isSubset(of: theirs) else { return nil }
        return mine == theirs ? .equal : .strict
    }

    /// The earliest escalation wins; only delays of one kind compare for certain.
    private func compareEscalation(_ escalation: Escalation, _ other: Escalation?) -> Outcome? {
        guard let other else { return nil }
        switch compareReply(escalation.after.value, other.after.value) {
        case .strict?: return .strict
        case .equal?: return escalation.via.value == other.via.value && escalation.to.value == other.to.value ? .equal : nil
        case nil: return nil
        }
    }
}
