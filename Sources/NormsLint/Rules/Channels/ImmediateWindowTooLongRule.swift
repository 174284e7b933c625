import NormsPolicy
import NormsSource

/// A reply expectation shorter than what `immediate` means.
public struct ImmediateWindowTooLongRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "immediate-window-too-long",
        name: "Immediate Window Too Long",
        category: .channels,
        defaultSeverity: .warning,
        summary: "No ordinary reply expectation may be sooner than `immediate`: the `immediate_window` must be shorter than every elapsed or business-hours `reply_within`.",
        rationale: """
            `immediate` is meant to be the most demanding expectation. With `immediate_window: 15m`, a \
            channel or rule that expects a reply within `10m` asks for more than \"immediate\" does, so \
            urgent messages get a later deadline than routine ones. One business hour is at least an \
            hour of elapsed time, so a window longer than an hour also beats `1 business hour`.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                immediate_window: 15m
                channels:
                  chat: {mode: async, reply_within: ↓10m}
                """),
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                immediate_window: 2h
                channels:
                  chat: {mode: async}
                rules:
                  - id: questions-within-the-hour
                    when: {kind: question}
                    then: {reply_within: ↓1 business hour}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                immediate_window: 15m
                channels:
                  chat: {mode: async, reply_within: 30m}
                teams:
                  support:
                    channels: {chat: {reply_within: 15m}}
                """),
        ]
    )

    public func check(_ context: LintContext) -> [Finding] {
        guard let policy = context.policy else { return [] }
        let window = policy.immediateWindow.value
        var findings: [Finding] = []
        // The owner is named only for a reply time that is found too short.
        func check(_ reply: Located<PolicyDuration>, of owner: @autoclosure () -> String) {
            let minutes: Int
            switch reply.value {
            case .wallClock(let count): minutes = count
            case .businessHours(let count): minutes = count * 60
            default: return
            }
            guard minutes < window else { return }
            findings.append(finding(
                "\(owner()) expects a reply within \(quoted: reply.value), sooner than 'immediate' (immediate_window \(PolicyDuration.wallClock(minutes: window)))",
                at: reply.span,
                help: "shorten 'immediate_window', or use 'immediate' here",
                notes: policy.immediateWindow.span.isSynthetic ? [] : [.init("immediate_window is set here", at: policy.immediateWindow.span)]))
        }
        for channel in policy.channels {
            if let reply = channel.replyWithin { check(reply, of: "channel \(quoted: channel.id.value)") }
        }
        for team in policy.teams {
            for override in team.channels {
                if let reply = override.replyWithin { check(reply, of: "team \(quoted: team.id.value) on \(quoted: override.channel.value)") }
            }
        }
        for rule in policy.rules {
            if let reply = rule.then.replyWithin { check(reply, of: "rule \(quoted: rule.id.value)") }
        }
        return findings
    }
}
