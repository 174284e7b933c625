import NormsPolicy
import NormsSource

/// A rule that expects an immediate reply but forbids notifying the recipient.
public struct SilentImmediateReplyRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "silent-immediate-reply",
        name: "Silent Immediate Reply",
        category: .rules,
        defaultSeverity: .warning,
        summary: "A rule that says `reply_within: immediate` must not also say `interrupt: false`.",
        rationale: """
            `interrupt: false` means the recipient reads the message when they next look; `immediate` \
            means within minutes of being notified. Together the deadline starts whenever the recipient \
            happens to look, so nobody can meet or miss it — one of the two is not what was meant.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async}
                rules:
                  - id: quiet-but-urgent
                    when: {tags: [deploy]}
                    then: {reply_within: immediate, interrupt: ↓false}
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
                  - id: deploys-interrupt
                    when: {tags: [deploy]}
                    then: {reply_within: immediate, interrupt: true}
                  - id: fyi-is-quiet
                    when: {kind: fyi}
                    then: {reply_within: none, interrupt: false}
                """),
        ]
    )

    public func check(_ context: LintContext) -> [Finding] {
        guard let policy = context.policy else { return [] }
        return policy.rules.compactMap { rule in
            guard let interrupt = rule.then.interrupt, !interrupt.value, rule.then.replyWithin?.value == .immediate else { return nil }
            return finding(
                "rule \(quoted: rule.id.value) expects an immediate reply but never notifies the recipient",
                at: interrupt.span,
                help: "use 'interrupt: true' or 'breaks_through' to notify, or a reply expectation that can wait")
        }
    }
}
