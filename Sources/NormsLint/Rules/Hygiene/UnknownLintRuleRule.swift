import NormsPolicy
import NormsSource

/// A lint setting or suppression comment that names no lint rule.
public struct UnknownLintRuleRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "unknown-lint-rule",
        name: "Unknown Lint Rule",
        category: .hygiene,
        defaultSeverity: .warning,
        summary: "`lint.disable`, `lint.severity` and `# norms:disable` comments name existing lint rules.",
        rationale: """
            A misspelt rule id in a suppression suppresses nothing, and the finding it was meant to \
            silence comes back with no clue why. `norms lint --list-rules` lists every id; the finding \
            names the closest one.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async, reply_within: 10m}   # norms:disable ↓immediate-window-too-lnog
                lint:
                  disable: [↓mixed-clock]
                  severity: {↓expired-rules: warning}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  chat: {mode: async, reply_within: 10m}   # norms:disable immediate-window-too-long
                lint:
                  disable: [mixed-clocks]
                  severity: {expired-rule: warning}
                """),
        ]
    )

    public func check(_ context: LintContext) -> [Finding] {
        var names: [(name: Located<String>, place: String)] = []
        names += context.settings.disabled.map { ($0, "'lint.disable'") }
        names += context.settings.severities.map { ($0.rule, "'lint.severity'") }
        names += context.suppressionComments.filter { !$0.ruleID.isEmpty }.map { comment in
            let place = switch comment.kind {
            case .line, .regionStart: "a norms:disable comment"
            case .nextLine: "a norms:disable-next-line comment"
            case .regionEnd: "a norms:enable comment"
            }
            return (Located(comment.ruleID, at: comment.span), place)
        }
        let known = LintRuleRegistry.ids
        return names.compactMap { name, place in
            guard !known.contains(name.value) else { return nil }
            return finding(
                "unknown lint rule \(quoted: name.value) in \(place)", at: name.span,
                help: Suggestions.didYouMean(name.value, in: known) ?? "run 'norms lint --list-rules' for every rule id")
        }
    }
}
