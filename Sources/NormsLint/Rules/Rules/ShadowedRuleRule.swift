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
        let effects = EffectOutline.outlines(of: rules, levels: logic.levels)
        // Only a rule without `unless` that can match at all can shadow another.
        var candidates = CandidateIndex(rules.indices.filter { rules[$0].unless == nil && !logic.isUnsatisfiable(logic.when(ofRuleAt: $0)) },
                                        logic: logic, effects: effects)
        var findings: [Finding] = []
        var texts = ShadowingTexts(rules)
        var cutShort = 0
        for index in rules.indices where !effects[index].hasViolation && !effects[index].needed.isEmpty {
            let needed = effects[index].needed
            var compared = 0
            var shadow: Int?
            candidates.forEach(mayShadowRuleAt: index, within: Self.comparisonLimit) { otherIndex in
                guard otherIndex != index else { return true }
                guard compared < Self.comparisonLimit else {
                    cutShort += 1
                    return false
                }
                compared += 1
                guard needed.isSubset(of: effects[otherIndex].offered),
                      logic.when(ofRuleAt: index, impliesWhenOfRuleAt: otherIndex),
                      let outcome = EffectDominance.compare(effects[index], by: effects[otherIndex]) else { return true }
                // Two rules that say the same under the same conditions: only the later one is redundant.
                if outcome == .equal, logic.when(ofRuleAt: otherIndex, impliesWhenOfRuleAt: index), otherIndex > index { return true }
                shadow = otherIndex
                return false
            }
            guard let shadow else { continue }
            let shadowing = texts.shadowing(ruleAt: shadow)
            // Every piece is escaped already: the ids are quoted, the rest is plain text.
            findings.append(Finding(
                ruleID: Self.description.id, severity: Self.description.defaultSeverity,
                escapedMessage: "rule \(quoted: rules[index].id.value)" + shadowing.messageEnd,
                span: rules[index].id.span, escapedHelp: shadowing.help, notes: shadowing.notes))
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

/// The texts of the findings that name a shadowing rule, made once for all the rules it shadows:
/// the end of the message, the help and the note each quote its id.
struct ShadowingTexts {
    private let rules: [NormRule]
    private var shadowingTexts: [(messageEnd: String, help: String, notes: [Diagnostic.Note])?]

    init(_ rules: [NormRule]) {
        self.rules = rules
        shadowingTexts = Array(repeating: nil, count: rules.count)
    }

    /// The end of the message (after `rule 'ID'`), the help and the note of a finding that the
    /// rule at `index` shadows another.
    mutating func shadowing(ruleAt index: Int) -> (messageEnd: String, help: String, notes: [Diagnostic.Note]) {
        if let known = shadowingTexts[index] { return known }
        let id = "\(quoted: rules[index].id.value)"
        let texts = (messageEnd: " never changes a decision: \(id) matches whenever it does and overrides each of its effects",
                     help: "remove the rule, or make it more demanding than " + id,
                     notes: [Diagnostic.Note(id + " is defined here", at: rules[index].id.span)])
        shadowingTexts[index] = texts
        return texts
    }
}
