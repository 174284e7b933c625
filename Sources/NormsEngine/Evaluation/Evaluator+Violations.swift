import NormsPolicy
import NormsSource

extension Evaluator {
    /// Step 4, for channels: `min_level` above the final level, and a meeting channel's
    /// `requires` not met. Ids are `channel.NAME.min_level`, `channel.NAME.requires.agenda`,
    /// `channel.NAME.requires.notice` and `channel.NAME.requires.prework_notice`.
    func channelViolations(_ message: Message, levelRank: Int) -> [Violation] {
        guard let channel = policy.channel(message.channel.value) else { return [] }
        let name = channel.id.value
        let suggest = channel.suggest?.value
        func violation(_ constraint: String, _ text: String, at span: SourceSpan) -> Violation {
            Violation(rule: "channel.\(name).\(constraint)", severity: .error, message: text, suggest: suggest, source: span, isEnforced: true)
        }
        var violations: [Violation] = []
        if let minimum = channel.minLevel, let minimumRank = levelRanks[minimum.value], levelRank < minimumRank {
            violations.append(violation(
                "min_level", "The \(name) channel is for messages at level \(minimum.value) or above; this one is \(policy.levels[levelRank].value).",
                at: minimum.span))
        }
        guard let requires = channel.requires else { return violations }
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
