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
            reported on its own. Each rule is compared only with the rules that can match wherever it \
            does on a channel, and with at most 2,000 of them: when a rule has more, an `info` finding \
            says that the check was cut short.
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

    /// The most rules each rule is compared with; a policy in which some rule could be shadowed
    /// by more rules than this is checked against the first ones only, and says so.
    static let comparisonLimit = 2_000

    public func check(_ context: LintContext) -> [Finding] {
        guard let policy = context.policy, let logic = context.conditionLogic else { return [] }
        let rules = policy.rules
        let effects = rules.map(\.then)
        let dominance = EffectDominance(levels: logic.levels)
        let needs = effects.map(EffectKinds.needed)
        // Only a rule without `unless` that can match at all can shadow another.
        let candidates = CandidateIndex(rules.indices.filter { rules[$0].unless == nil && !logic.isUnsatisfiable(logic.when(ofRuleAt: $0)) },
                                        logic: logic)
        let offers = effects.map(EffectKinds.offered)
        var findings: [Finding] = []
        var quotedIDs = QuotedRuleIDs(rules)
        var cutShort = 0
        for index in rules.indices where effects[index].violation == nil && !needs[index].isEmpty {
            let when = logic.when(ofRuleAt: index)
            var compared = 0
            var shadow: Int?
            candidates.forEach(mayShadowRuleAt: index) { otherIndex in
                guard otherIndex != index else { return true }
                guard compared < Self.comparisonLimit else {
                    cutShort += 1
                    return false
                }
                compared += 1
                guard needs[index].isSubset(of: offers[otherIndex]),
                      logic.implies(when, logic.when(ofRuleAt: otherIndex)),
                      let outcome = dominance.compare(effects[index], by: effects[otherIndex]) else { return true }
                // Two rules that say the same under the same conditions: only the later one is redundant.
                if outcome == .equal, logic.implies(logic.when(ofRuleAt: otherIndex), when), otherIndex > index { return true }
                shadow = otherIndex
                return false
            }
            guard let shadow else { continue }
            let (mine, theirs) = (quotedIDs.id(ofRuleAt: index), quotedIDs.id(ofRuleAt: shadow))
            findings.append(finding(
                "rule \(mine) never changes a decision: \(theirs) matches whenever it does and overrides each of its effects",
                at: rules[index].id.span,
                help: "remove the rule, or make it more demanding than " + theirs,
                notes: [.init(theirs + " is defined here", at: rules[shadow].id.span)]))
        }
        if cutShort > 0 {
            let rulesCut = cutShort == 1 ? "1 rule was" : "\(Self.grouped(cutShort)) rules were"
            findings.append(Finding(
                ruleID: Self.description.id, severity: .info,
                message: "the check for shadowed rules was cut short: \(rulesCut) compared with only \(Self.grouped(Self.comparisonLimit)) of the rules that could shadow them, so some shadowed rules may not be reported",
                span: context.rootKeySpan("rules") ?? context.fileStart,
                help: "give rules narrower 'channel' conditions, or split the policy into smaller ones"))
        }
        return findings
    }
}

extension ShadowedRuleRule {
    /// A count with its thousands grouped, as in `2,000`.
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}

/// The effects a rule has, as far as shadowing goes: a rule can only be shadowed by one that has
/// an effect to override each of its own.
struct EffectKinds: OptionSet {
    let rawValue: UInt8

    static let level = EffectKinds(rawValue: 1 << 0)
    static let replyWithin = EffectKinds(rawValue: 1 << 1)
    static let interrupt = EffectKinds(rawValue: 1 << 2)
    /// `breaks_through`, which a larger list or `interrupt: true` overrides.
    static let breaksThrough = EffectKinds(rawValue: 1 << 3)
    static let escalate = EffectKinds(rawValue: 1 << 4)

    /// What another rule must have to override each effect of `effects`.
    static func needed(_ effects: Effects) -> EffectKinds {
        var kinds: EffectKinds = []
        if effects.level != nil { kinds.insert(.level) }
        if effects.replyWithin != nil { kinds.insert(.replyWithin) }
        if effects.interrupt != nil { kinds.insert(.interrupt) }
        if effects.breaksThrough != nil { kinds.insert(.breaksThrough) }
        if effects.escalate != nil { kinds.insert(.escalate) }
        return kinds
    }

    /// The effects of `effects` that can override another rule's.
    static func offered(by effects: Effects) -> EffectKinds {
        var kinds = needed(effects)
        if effects.interrupt?.value == true { kinds.insert(.breaksThrough) }
        return kinds
    }
}

/// The rules that may shadow others, by the channels their `when` names, so that each rule is
/// compared only with those that can match on every channel it matches on.
struct CandidateIndex {
    /// Every candidate, in policy order.
    let all: [Int]
    /// The candidates whose `when` names channels, by the channel's number in ``ConditionLogic/names``.
    private let byChannel: [[Int]]
    /// The candidates whose `when` names no channel: they match on every channel.
    private let anyChannel: [Int]
    private let logic: ConditionLogic

    init(_ candidates: [Int], logic: ConditionLogic) {
        all = candidates
        self.logic = logic
        var byChannel = [[Int]](repeating: [], count: logic.names.count)
        var anyChannel: [Int] = []
        for index in candidates {
            guard let channels = logic.when(ofRuleAt: index)?.channel else {
                anyChannel.append(index)
                continue
            }
            for channel in channels.members { byChannel[Int(channel)].append(index) }
        }
        self.byChannel = byChannel
        self.anyChannel = anyChannel
    }

    /// Calls `body` with each candidate, in policy order, whose `when` can follow from the `when` of
    /// the rule at `index` as far as channels go, until `body` returns `false`.
    func forEach(mayShadowRuleAt index: Int, _ body: (Int) -> Bool) {
        guard let when = logic.policy.rules[index].when, let channels = when.channel else {
            // A rule for every channel is implied only by rules for every channel.
            for index in anyChannel where !body(index) { return }
            return
        }
        // A rule on channels C is implied only by rules on every channel, or on a superset of C:
        // the rules on any one channel of C hold them all. The channel with the fewest, the first
        // written of those.
        var fewest: [Int]?
        for channel in channels {
            let onChannel = logic.names.number(of: channel.value).map { byChannel[Int($0)] } ?? []
            if fewest == nil || onChannel.count < fewest!.count { fewest = onChannel }
        }
        guard let onChannel = fewest else {
            for index in all where !body(index) { return }
            return
        }
        var (left, right) = (0, 0)
        while left < anyChannel.count || right < onChannel.count {
            let next: Int
            if right == onChannel.count || (left < anyChannel.count && anyChannel[left] < onChannel[right]) {
                next = anyChannel[left]
                left += 1
            } else {
                next = onChannel[right]
                right += 1
            }
            if !body(next) { return }
        }
    }
}

/// Each rule's id as a finding quotes it (`'id'`), made once: a rule that shadows others is named
/// in each of their findings, three times.
struct QuotedRuleIDs {
    private let rules: [NormRule]
    private var quoted: [String?]

    init(_ rules: [NormRule]) {
        self.rules = rules
        quoted = Array(repeating: nil, count: rules.count)
    }

    mutating func id(ofRuleAt index: Int) -> String {
        if let known = quoted[index] { return known }
        let id = "\(quoted: rules[index].id.value)"
        quoted[index] = id
        return id
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
        var compared = false
        var allEqual = true
        func add(_ outcome: Outcome?) -> Bool {
            guard let outcome else { return false }
            compared = true
            if outcome != .equal { allEqual = false }
            return true
        }
        if let level = effects.level, !add(compareLevel(level.value, dominant.level?.value)) { return nil }
        if let reply = effects.replyWithin, !add(compareReply(reply.value, dominant.replyWithin?.value)) { return nil }
        if let interrupt = effects.interrupt, !add(compareInterrupt(interrupt.value, dominant.interrupt?.value)) { return nil }
        if let states = effects.breaksThrough, !add(compareBreaksThrough(states, dominant)) { return nil }
        if let escalation = effects.escalate, !add(compareEscalation(escalation, dominant.escalate)) { return nil }
        guard compared else { return nil }
        return allEqual ? .equal : .strict
    }

    /// The highest level wins.
    private func compareLevel(_ level: String, _ other: String?) -> Outcome? {
        guard let other, let mine = levels.rank(level), let theirs = levels.rank(other), theirs >= mine else { return nil }
        return theirs == mine ? .equal : .strict
    }

    /// The earliest deadline wins; only durations of one kind compare for certain (`none` loses to any).
    private func compareReply(_ reply: PolicyDuration, _ other: PolicyDuration?) -> Outcome? {
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
