import Foundation
import NormsEngine
import NormsPolicy
import NormsSource

/// Evaluates log entries against one policy and turns each into an ``Observation``. It holds
/// only values, so one analyzer serves every worker thread.
public struct LogAnalyzer: Sendable {
    /// A recipient's number, home team and settings, found with one look-up.
    struct RecipientEntry: Sendable {
        let number: Int
        let team: Int?
        let profile: RecipientProfile
    }

    public let evaluator: Evaluator
    /// The policy's own zone, in which weeks start on Monday.
    let policyClock: ZoneClock
    let numbers: PolicyNumbers
    /// Every recipient of the policy, by id.
    let recipients: [String: RecipientEntry]

    public init(evaluator: Evaluator) {
        self.evaluator = evaluator
        let zone = evaluator.policy.timezone.value
        policyClock = ZoneClock(zone: TimeZone(identifier: zone) ?? TimeZone(identifier: "UTC")!, identifier: zone)
        let numbers = PolicyNumbers(policy: evaluator.policy)
        self.numbers = numbers
        var recipients: [String: RecipientEntry] = [:]
        for (id, number) in numbers.recipients {
            guard let profile = evaluator.profile(id) else { continue }
            recipients[id] = RecipientEntry(number: number, team: profile.homeTeam.flatMap { numbers.teams[$0.id.value] }, profile: profile)
        }
        self.recipients = recipients
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
        var fired: [Int] = []
        for recipient in decision.recipients {
            let entry = self.recipients[recipient.id]!  // evaluated: every recipient is the policy's
            let (actualAt, repliedAt) = record.outcome(of: recipient.id)
            latest = max(latest, actualAt ?? latest, repliedAt ?? latest)
            recipients.append(Observation.Recipient(
                number: entry.number,
                team: entry.team,
                actual: actualAt.map { actualNotification(at: $0, sentAt: sentAt, decided: recipient, profile: entry.profile) },
                policy: policyNotification(recipient),
                reply: reply(recipient, repliedAt: repliedAt, recorded: record.delivery != nil, profile: entry.profile),
                escalationAt: recipient.escalation?.at.instant,
                repliedAt: repliedAt,
                isReplyRecorded: record.delivery != nil))
            for rule in recipient.rules {
                if let number = numbers.rules[rule], !fired.contains(number) { fired.append(number) }
            }
        }
        let day = policyClock.date(at: sentAt).daysSinceEpoch
        return Observation(
            channel: numbers.channels[message.channel.value]!,  // evaluated: the channel is the policy's
            sender: message.from.value, week: day - Weekday.of(day: day).rawValue,
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
