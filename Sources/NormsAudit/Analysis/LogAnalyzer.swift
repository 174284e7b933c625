import Foundation
import NormsEngine
import NormsPolicy
import NormsSource

/// Evaluates log entries against one policy and turns each into an ``Observation``. It holds
/// only values, so one analyzer serves every worker thread.
public struct LogAnalyzer: Sendable {
    public let evaluator: Evaluator
    /// The policy's own zone, in which weeks start on Monday.
    let policyClock: ZoneClock

    public init(evaluator: Evaluator) {
        self.evaluator = evaluator
        let zone = evaluator.policy.timezone.value
        policyClock = ZoneClock(zone: TimeZone(identifier: zone) ?? TimeZone(identifier: "UTC")!, identifier: zone)
    }

    /// The observation of one entry.
    /// - Throws: ``InputError`` when the policy cannot evaluate the message (an unknown channel,
    ///   recipient, level or kind).
    public func observe(_ record: AuditRecord) throws(InputError) -> Observation {
        let message = record.message
        let decision = try evaluator.evaluate(message)
        let sentAt = message.sentAt.value.instant
        var latest = sentAt
        var recipients: [Observation.Recipient] = []
        recipients.reserveCapacity(decision.recipients.count)
        var fired: [String] = []
        for recipient in decision.recipients {
            let profile = evaluator.profile(recipient.id)!  // evaluated: every recipient has a profile
            let actualAt = record.actualNotification(of: recipient.id)
            let repliedAt = record.delivery.flatMap { $0[recipient.id]?.repliedAt }
            latest = max(latest, actualAt ?? latest, repliedAt ?? latest)
            recipients.append(Observation.Recipient(
                id: recipient.id,
                team: profile.homeTeam?.id.value,
                actual: actualAt.map { actualNotification(at: $0, sentAt: sentAt, decided: recipient, profile: profile) },
                policy: policyNotification(recipient),
                reply: reply(recipient, repliedAt: repliedAt, recorded: record.delivery != nil, profile: profile),
                escalationAt: recipient.escalation?.at.instant,
                repliedAt: repliedAt,
                isReplyRecorded: record.delivery != nil))
            for rule in recipient.rules where !fired.contains(rule) { fired.append(rule) }
        }
        let day = policyClock.date(at: sentAt).daysSinceEpoch
        return Observation(
            channel: message.channel.value, sender: message.from.value, week: day - Weekday.of(day: day).rawValue,
            latestInstant: latest, allowed: decision.allowed, rulesFired: fired, violations: decision.violations.map(\.rule),
            recipients: recipients)
    }

    /// The notification as it happened. At `sent_at` the decision's state holds (it includes any
    /// live status the message reports); at another instant the recipient's calendar says.
    private func actualNotification(
        at instant: Instant, sentAt: Instant, decided: RecipientDecision, profile: RecipientProfile
    ) -> Observation.Notification {
        let state = instant == sentAt ? decided.state : WorkCalendar(profile: profile).state(at: instant)
        let (date, second) = profile.clock.local(at: instant)
        return Observation.Notification(state: state, weekday: date.weekday.rawValue, hour: second / 3600)
    }

    /// The notification the policy makes: `now` finds the recipient in the decision's state,
    /// `later` waits until they are available; `none` makes none.
    private func policyNotification(_ recipient: RecipientDecision) -> Observation.Notification? {
        let (stamp, state): (Timestamp, RecipientState)
        switch recipient.notify {
        case .now: (stamp, state) = (recipient.localTime, recipient.state)
        case .later:
            guard let at = recipient.notifyAt else { return nil }
            (stamp, state) = (at, .available)
        case .none: return nil
        }
        let (date, second) = stamp.local
        return Observation.Notification(state: state, weekday: date.weekday.rawValue, hour: second / 3600)
    }

    /// The reply against the decision's deadline; lateness in the recipient's working time.
    private func reply(
        _ recipient: RecipientDecision, repliedAt: Instant?, recorded: Bool, profile: RecipientProfile
    ) -> Observation.Reply {
        guard let deadline = recipient.deadline?.instant else { return .noDeadline }
        guard recorded else { return .unknown(deadline: deadline) }
        guard let repliedAt else { return .unanswered(deadline: deadline) }
        if repliedAt <= deadline { return .inTime }
        return .late(workingSeconds: WorkCalendar(profile: profile).workingSeconds(from: deadline, to: repliedAt))
    }
}
