import NormsPolicy
import NormsSource

extension Evaluator {
    /// Steps 3.1–3.6 of the evaluation for one recipient.
    /// - Parameters:
    ///   - candidates: the rules that can hold for the message, with what the message alone
    ///     decided about each (see ``CompiledRule/verdict(for:)``), in policy order.
    ///   - violating: receives the indices of the matching rules that report a violation.
    func evaluateRecipient(
        _ id: String, message: Message, facts: MessageFacts,
        candidates: [(rule: Int, verdict: CompiledRule.MessageVerdict)], violating: inout [Int], tracer: (any EvaluationTracer)?
    ) -> RecipientDecision {
        let position = profileIndex[id]!  // validated: every recipient has a profile
        let profile = profileList[position]
        let sentAt = message.sentAt.value.instant
        // The searches for the state, the next available instant and the deadline start at
        // `sent_at`: the periods the first finds are kept for the others.
        let scratch = RecipientScratch(from: sentAt, durationCount: plan.durations.count)
        defer { scratch.free() }
        let calendar = WorkCalendar(profile: profile, liveStatus: liveStatus(for: id, in: message, profile: profile), memo: scratch.periods)
        let state = calendar.state(at: sentAt)
        var matched: [Int] = []
        matched.reserveCapacity(candidates.count)
        for (rule, verdict) in candidates
        where verdict == .holdsForEveryRecipient || plan.rules[rule].holds(verdict, recipient: position, state: state) {
            matched.append(rule)
        }
        for rule in matched where plan.effects[rule].reportsViolation { violating.append(rule) }
        if let tracer { traceRecipient(id, position: position, state: state, facts: facts, matched: matched, into: tracer) }

        var notes: [String] = []
        let defaults = channelDefaults[position][facts.channel]
        let notification = notification(matched: matched, state: state, channelInterrupts: defaults.interrupts)
        let notify = notification.notify
        let notifyAt: Instant? = switch notify {
        case .now: sentAt
        case .later: calendar.nextAvailable(from: sentAt)
        case .none: nil
        }
        if notify == .later && notifyAt == nil { notes.append("\(id) is never available within a year, so the notification has no time") }

        let timing = DeadlineCalculator(calendar: calendar, sentAt: sentAt, notifyAt: notifyAt, notifiesLater: notify == .later,
                                        immediateWindow: immediateWindow)
        let expectation = replyExpectation(matched: matched, fallback: defaults.replyWithin, timing: timing, memo: scratch.deadlines)
        if expectation.deadline == nil, let why = timing.whyNoDeadline(for: expectation.duration) { notes.append(why) }
        if let horizon = HolidayHorizon.note(for: profile, at: sentAt) { notes.append(horizon) }
        let escalation = self.escalation(matched: matched, deadline: expectation.deadline, profile: profile, timing: timing,
                                         memo: scratch.escalations)

        let clock = profile.clock
        let decidedBy = DecidedBy(
            replyWithin: expectation.rule.map { plan.rules[$0].id } ?? defaults.replyWithinSource,
            notify: notification.rule.map { plan.rules[$0].id } ?? defaults.interruptsSource,
            escalation: escalation?.rule)
        // The profile's leading JSON holds its own id, which is the one named unless a name of
        // other bytes compared equal to it (`==` compares canonical equivalents equal).
        let leadingJSON = Self.sameBytes(id, profile.id) ? profile.decisionLeadingJSON : nil
        return RecipientDecision(
            id: id, timezone: clock.identifier, leadingJSON: leadingJSON, localTime: clock.timestamp(sentAt), state: state,
            replyWithin: expectation.duration, deadline: expectation.deadline.map(clock.timestamp),
            notify: notify, notifyAt: notifyAt.map(clock.timestamp), escalation: escalation,
            ruleList: .indices(matched, of: plan.ruleIDs), notes: notes, decidedBy: decidedBy)
    }

    /// Whether two strings have the same UTF-8 bytes.
    private static func sameBytes(_ first: String, _ second: String) -> Bool {
        var (first, second) = (first, second)
        return first.withUTF8 { first in second.withUTF8 { second in first.hasSameBytes(as: second) } }
    }

    /// The live status the message reports for this recipient, with the time it lasts.
    private func liveStatus(for id: String, in message: Message, profile: RecipientProfile) -> LiveStatusWindow? {
        guard let status = message.statuses.last(where: { $0.recipient.value == id }) else { return nil }
        let sentAt = message.sentAt.value.instant
        let end = status.until?.instant
            ?? WorkCalendar(profile: profile).endOfWorkingDay(sentAt)
            ?? Int.max
        return LiveStatusWindow(status: status.status.value, interval: InstantInterval(start: sentAt, end: end))
    }

    /// Step 3.4: whether and when the recipient is notified, and the rule (an index) that decided
    /// it — `nil` when the channel's `interrupts` (after the team override) and the state decided.
    /// - Parameter matched: the indices of the matching rules, in policy order.
    func notification(matched: [Int], state: RecipientState, channelInterrupts: Bool) -> (notify: Notify, rule: Int?) {
        // The first rule that interrupts or whose breaks_through applies (every list also covers
        // `available`) wins: `true` beats `false`. Else the first quiet rule, if any, keeps it quiet.
        var quiet: Int?
        for rule in matched {
            let effects = plan.effects[rule]
            if effects.interrupt == true { return (.now, rule) }
            if let states = effects.breaksThrough, state == .available || states.contains(state) { return (.now, rule) }
            if quiet == nil, effects.interrupt == false { quiet = rule }
        }
        switch (quiet != nil || !channelInterrupts, state == .available) {
        case (true, _): return (.none, quiet)    // nothing notifies; read when they next look
        case (false, true): return (.now, nil)   // available: a notifying channel notifies
        case (false, false): return (.later, nil)
        }
    }

    /// Step 3.3: the rule whose `reply_within` gives the earliest deadline (`none` latest, ties to
    /// the first in policy order), or the channel's value after the team override (`rule` `nil`).
    /// Many rules share a duration: `memo` turns each distinct one into a deadline once.
    private func replyExpectation(
        matched: [Int], fallback: PolicyDuration, timing: DeadlineCalculator, memo: InstantMemo
    ) -> (duration: PolicyDuration, deadline: Instant?, rule: Int?) {
        // One pass: the earliest wins, ties to the first in policy order (`<`, not `<=`).
        var best: (duration: PolicyDuration, deadline: Instant?, rule: Int)?
        for rule in matched {
            let effects = plan.effects[rule]
            guard let duration = effects.replyWithin else { continue }
            let deadline = memo.instant(effects.replyWithinID) { timing.deadline(for: duration) }
            if let current = best, !(timing.rank(duration, deadline) < timing.rank(current.duration, current.deadline)) { continue }
            best = (duration, deadline, rule)
        }
        guard let best else { return (fallback, timing.deadline(for: fallback), nil) }
        return best
    }

    /// Step 3.6: the matching rule whose escalation comes earliest (ties to the first in policy
    /// order). `memo` turns each distinct `after` into an instant once.
    private func escalation(
        matched: [Int], deadline: Instant?, profile: RecipientProfile, timing: DeadlineCalculator, memo: InstantMemo
    ) -> EscalationDecision? {
        // Without a deadline, an escalation counts from when the reply clock starts.
        guard let base = deadline ?? timing.clockStart else { return nil }
        // One pass: the earliest escalation wins, ties to the first in policy order (`<`, not `<=`).
        var best: (rule: Int, at: Instant)?
        for rule in matched {
            let effects = plan.effects[rule]
            guard let after = effects.escalationDelay else { continue }
            let at = memo.instant(effects.escalationDelayID) { timing.instant(after: after, from: base) }
            guard let at, best.map({ at < $0.at }) ?? true else { continue }
            best = (rule, at)
        }
        guard let winner = best else { return nil }
        let rule = plan.rules[winner.rule]
        guard let escalate = rule.escalate else { return nil }
        let target: String? = switch escalate.to.value {
        case .backup: profile.backup
        case .person(let id): id
        }
        return EscalationDecision(at: profile.clock.timestamp(winner.at), via: escalate.via.value, to: target, rule: rule.id)
    }
}

/// Instants worked out for one recipient, one slot per duration of ``RulePlan/durations``
/// (see ``RecipientScratch``): each distinct duration of the matching rules is turned into an
/// instant once.
struct InstantMemo {
    let slots: UnsafeMutableBufferPointer<Int>
    /// A slot not worked out yet.
    static let unknown = Int.min
    /// A slot worked out as `nil`.
    private static let absent = Int.min + 1

    /// The instant in slot `id`, worked out by `make` the first time.
    func instant(_ id: Int, _ make: () -> Instant?) -> Instant? {
        let known = slots[id]
        if known == Self.unknown {
            let made = make()
            slots[id] = made ?? Self.absent
            return made
        }
        return known == Self.absent ? nil : known
    }
}
