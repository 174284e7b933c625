import NormsPolicy
import NormsSource

/// A rule whose conditions no message can meet.
public struct UnmatchableRuleRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "unmatchable-rule",
        name: "Unmatchable Rule",
        category: .rules,
        defaultSeverity: .error,
        summary: "A rule's conditions must be able to hold: no empty lists, a level condition some level meets, and an `unless` that does not hold whenever its `when` does.",
        rationale: """
            A rule that can never match looks like a norm and enforces nothing. It is always a mistake: \
            a comparison past the end of the level list (`> urgent`), an `unless` that repeats the \
            `when`, or an `unless` that covers every level the `when` admits.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                rules:
                  - id: beyond-urgent
                    when: {level: ↓"> urgent"}
                    then: {interrupt: true}
                """),
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                rules:
                  - id: urgent-but-not-urgent
                    when: {level: ">= urgent"}
                    unless: ↓{level: urgent}
                    then: {interrupt: true}
                """),
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                rules:
                  - id: same-both-ways
                    when: {kind: question, channel: email}
                    unless: ↓{kind: question, channel: email}
                    then: {reply_within: 1 business day}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                rules:
                  - id: high-but-not-urgent
                    when: {level: ">= high"}
                    unless: {level: urgent}
                    then: {reply_within: 4 business hours}
                  - id: questions-unless-tagged
                    when: {kind: question}
                    unless: {tags: [later]}
                    then: {reply_within: 1 business day}
                """),
        ],
        requiresValidPolicy: true
    )

    public func check(_ context: LintContext) -> [Finding] {
        guard let policy = context.policy else { return [] }
        guard let logic = context.conditionLogic else { return [] }
        // The summaries first: the rule's own conditions are read only for a finding.
        return policy.rules.indices.compactMap { index in
            if logic.isUnsatisfiable(logic.when(ofRuleAt: index)), let when = policy.rules[index].when {
                let span = when.level.flatMap { logic.levels.ranks($0.value).isEmpty ? $0.span : nil } ?? when.span
                return finding("rule \(quoted: policy.rules[index].id.value) can never match: no message meets its 'when'", at: span,
                               help: "a list condition needs at least one item, and a level condition a level that meets it")
            }
            if let summary = logic.unless(ofRuleAt: index), logic.implies(logic.when(ofRuleAt: index), summary),
               let unless = policy.rules[index].unless {
                let what = unless.isEmpty ? "its empty 'unless' always holds" : "its 'unless' holds whenever its 'when' does"
                return finding("rule \(quoted: policy.rules[index].id.value) can never match: \(what)", at: unless.span,
                               help: "narrow the 'unless' to the cases the rule should skip, or remove the rule")
            }
            return nil
        }
    }
}
