import NormsPolicy
import NormsSource

/// No way for a message at the highest level to be sent, or to reach someone after hours.
public struct NoUrgentPathRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "no-urgent-path",
        name: "No Urgent Path",
        category: .rules,
        defaultSeverity: .error,
        summary: "A message at the highest level must have a channel it may use and a rule through which it reaches people after hours.",
        rationale: """
            Async-first norms hold messages back: outside working hours nothing notifies unless a rule \
            says so. That is the point, until production is down at 02:00. Every policy needs an urgent \
            path — a channel the highest level may use, and a rule that can match the highest level and \
            either says `interrupt: true` or lists `after_hours` in `breaks_through`. A file that other \
            linted policies extend is not checked on its own: the policies built on it are.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                  phone: {mode: sync, reply_within: immediate, min_level: urgent}
                ↓rules:
                  - id: urgent-is-immediate
                    when: {level: urgent}
                    then: {reply_within: immediate, breaks_through: [focus]}
                """),
            Example("""
                ↓norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                """),
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                ↓channels:
                  email: {mode: async}
                rules:
                  - id: urgent-breaks-through
                    when: {level: urgent}
                    then: {breaks_through: [after_hours, focus]}
                  - id: no-urgent-email
                    when: {level: urgent, channel: email}
                    then: {violation: Urgent matters are not sent by e-mail.}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                  phone: {mode: sync, reply_within: immediate, min_level: urgent}
                rules:
                  - id: urgent-breaks-through
                    when: {level: urgent}
                    then: {reply_within: immediate, breaks_through: [after_hours, focus, holiday]}
                """),
        ],
        requiresValidPolicy: true,
        appliesToBases: false
    )

    public func check(_ context: LintContext) -> [Finding] {
        guard let policy = context.policy, !policy.levels.isEmpty else { return [] }
        guard let logic = context.conditionLogic else { return [] }
        let top = logic.levels.top
        let topName = logic.levels.name(top)
        var findings: [Finding] = []
        if !policy.channels.isEmpty, policy.channels.allSatisfy({ isRefused($0, atRank: top, logic: logic) }) {
            findings.append(finding(
                "no channel may carry a message at the highest level \(quoted: topName): a rule refuses it on every channel",
                at: context.rootKeySpan("channels") ?? context.fileStart,
                help: "let at least one channel, such as a phone or pager channel, carry \(quoted: topName) messages"))
        }
        let breaksThrough = policy.rules.indices.contains { index in
            let then = policy.rules[index].then
            return (then.interrupt?.value == true || then.breaksThrough?.contains { $0.value == .afterHours } == true)
                && logic.canMatch(ruleAt: index, atRank: top)
        }
        if !breaksThrough {
            findings.append(finding(
                "no rule lets a message at the highest level \(quoted: topName) reach anyone after hours",
                at: context.rootKeySpan("rules") ?? context.rootKeySpan("levels") ?? context.fileStart,
                help: "add a rule such as {when: {level: \(topName)}, then: {breaks_through: [after_hours, focus, holiday]}}"))
        }
        return findings
    }

    /// Whether an enforced rule with an error violation matches every message at `rank` on the channel.
    private func isRefused(_ channel: Channel, atRank rank: Int, logic: ConditionLogic) -> Bool {
        logic.policy.rules.contains { rule in
            guard rule.mode.value == .enforce, rule.then.violation != nil, (rule.then.severity?.value ?? .error) == .error,
                  rule.unless == nil else { return false }
            guard let when = rule.when else { return true }
            var rest = when
            rest.channel = nil
            rest.level = nil
            return rest.isEmpty && logic.levels.ranks(when.level?.value).contains(rank)
                && (when.channel.map { $0.contains { $0.value == channel.id.value } } ?? true)
        }
    }
}
