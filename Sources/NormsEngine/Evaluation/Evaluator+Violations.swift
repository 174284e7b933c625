import NormsPolicy
import NormsSource

extension Evaluator {
    /// Step 4, for channels: `min_level` above the final level, and a meeting channel's
    /// `requires` not met. Ids are `channel.NAME.min_level`, `channel.NAME.requires.agenda`,
    /// `channel.NAME.requires.notice` and `channel.NAME.requires.prework_notice`.
    /// - Parameter channelIndex: the message's channel, as an index of the policy's channels.
    func channelViolations(_ message: Message, channelIndex: Int, levelRank: Int) -> [Violation] {
        var violations: [Violation] = []
        if let minimumLevel = minLevelViolations[channelIndex][levelRank] { violations.append(minimumLevel) }
        let channel = policy.channels[channelIndex]
        guard let requires = channel.requires else { return violations }
        let name = channel.id.value
        func violation(_ constraint: String, _ text: String, at span: SourceSpan) -> Violation {
            Self.channelViolation(of: channel, constraint, text, at: span)
        }
        let meeting = message.meeting
        let sentAt = message.sentAt.value.instant
        if let agenda = requires.agenda, agenda.value, meeting?.agenda != true {
            violations.append(violation("requires.agenda", "A \(name) needs an agenda.", at: agenda.span))
        }
        if let notice = requires.notice {
            let startsAt = meeting?.startsAt?.instant
            if startsAt.map({ $0 - sentAt < notice.value * 60 }) ?? true {
                violations.append(violation(
                    "requires.notice",
                    startsAt == nil ? "A \(name) invitation must say when it starts (meeting.starts_at)."
                        : "A \(name) needs \(spoken(minutes: notice.value)) notice; this one gives less.",
                    at: notice.span))
            }
        }
        if let notice = requires.preworkNotice {
            let startsAt = meeting?.startsAt?.instant
            let sharedAt = meeting?.preworkSharedAt?.instant
            let late = startsAt.flatMap { start in sharedAt.map { start - $0 < notice.value * 60 } } ?? true
            if late {
                violations.append(violation(
                    "requires.prework_notice",
                    "Pre-reading for a \(name) must be shared \(spoken(minutes: notice.value)) before it starts.",
                    at: notice.span))
            }
        }
        return violations
    }

    /// Per level rank, the `min_level` violation of a channel that a message at that final level
    /// breaks (`nil` where it breaks none): made once, when the ``Evaluator`` is made.
    static func minLevelViolations(of channel: Channel, levels: [Located<String>], levelRanks: [String: Int]) -> [Violation?] {
        levels.indices.map { rank in
            guard let minimum = channel.minLevel, let minimumRank = levelRanks[minimum.value], rank < minimumRank else { return nil }
            return channelViolation(
                of: channel, "min_level",
                "The \(channel.id.value) channel is for messages at level \(minimum.value) or above; this one is \(levels[rank].value).",
                at: minimum.span)
        }
    }

    /// The violation `channel.NAME.CONSTRAINT` of a channel, with the channel's suggestion.
    private static func channelViolation(of channel: Channel, _ constraint: String, _ text: String, at span: SourceSpan) -> Violation {
        Violation(rule: "channel.\(channel.id.value).\(constraint)", severity: .error, message: text, suggest: channel.suggest?.value,
                  source: span, isEnforced: true)
    }

    /// `90 minutes`, `24 hours`, `1 hour`: a wall-clock length as a person says it.
    private func spoken(minutes: Int) -> String {
        if minutes % 60 != 0 { return minutes == 1 ? "1 minute" : "\(minutes) minutes" }
        return minutes == 60 ? "1 hour" : "\(minutes / 60) hours"
    }
}

extension Violation {
    /// The violation a matching rule reports; advisory rules report at `info` and never fail.
    init(of rule: NormRule) {
        let advisory = rule.mode.value == .advisory
        self.init(
            rule: rule.id.value,
            severity: advisory ? .info : rule.then.severity?.value ?? .error,
            message: rule.then.violation?.value ?? "",
            suggest: rule.then.suggest?.value,
            source: rule.span,
            isEnforced: !advisory)
    }
}
