import NormsPolicy
import NormsSource

extension Evaluator {
    /// What evaluating one recipient yields.
    struct RecipientOutcome {
        var decision: RecipientDecision
        /// The indices of the rules whose conditions hold for this recipient, in policy order.
        var matched: [Int]
    }

    /// Steps 3.1–3.6 of the evaluation for one recipient.
    /// - Parameter candidates: the rules that can hold for the message, with what the message
    ///   alone decided about each (see ``CompiledRule/verdict(for:)``), in policy order.
    func evaluateRecipient(
        _ id: String, message: Message, facts: MessageFacts,
        candidates: [(rule: Int, verdict: CompiledRule.MessageVerdict)], tracer: (any EvaluationTracer)?
    ) -> RecipientOutcome {
        let position = profileIndex[id]!  // validated: every recipient has a profile
        let profile = profileList[position]
        let sentAt = message.sentAt.value.instant
        let calendar = WorkCalendar(profile: profile, liveStatus: liveStatus(for: id, in: message, profile: profile))
        let state = calendar.state(at: sentAt)
        var matched: [Int] = []
        matched.reserveCapacity(candidates.count)
        for candidate in candidates where plan.rules[candidate.rule].holds(candidate.verdict, recipient: position, state: state) {
            matched.append(candidate.rule)
        }
        if let tracer { traceRecipient(id, position: position, state: state, facts: facts, matched: matched, into: tracer) }
        let rules = matched.map { plan.rules[$0] }

        var notes: [String] = []
        let defaults = channelDefaults[position][facts.channel]
        let notification = notification(matched: rules, state: state, channelInterrupts: defaults.interrupts)
        let notify = notification.notify
        let notifyAt: Instant? = switch notify {
        case .now: sentAt
        case .later: calendar.nextAvailable(from: sentAt)
        case .none: nil
        }
        if notify == .later && notifyAt == nil { notes.append("\(id) is never available within a year, so the notification has no time") }

        let timing = DeadlineCalculator(calendar: calendar, sentAt: sentAt, notifyAt: notifyAt, notifiesLater: notify == .later,
                                        immediateWindow: immediateWindow)
        let expectation = replyExpectation(matched: rules, fallback: defaults.replyWithin, timing: timing)
        if expectation.deadline == nil, let why = timing.whyNoDeadline(for: expectation.duration) { notes.append(why) }
        if let horizon = HolidayHorizon.note(for: profile, at: sentAt) { notes.append(horizon) }
        let escalation = self.escalation(matched: rules, deadline: expectation.deadline, profile: profile, timing: timing)

        let clock = profile.clock
        let decidedBy = DecidedBy(
            replyWithin: expectation.rule?.id ?? defaults.replyWithinSource,
            notify: notification.rule?.id ?? defaults.interruptsSource,
            escalation: escalation?.rule)
        let decision = RecipientDecision(
            id: id, timezone: clock.identifier, localTime: clock.timestamp(sentAt), state: state,
            replyWithin: expectation.duration, deadline: expectation.deadline.map(clock.timestamp),
            notify: notify, notifyAt: notifyAt.map(clock.timestamp), escalation: escalation,
            rules: rules.map(\.id), notes: notes, decidedBy: decidedBy, ruleIDsJSON: rules.map(\.idJSON))
        return RecipientOutcome(decision: decision, matched: matched)
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

    /// Step 3.4: whether and when the recipient is notified, and the rule that decided it — `nil`
    /// when the channel's `interrupts` (after the team override) and the state decided.
    func notification(matched: [CompiledRule], state: RecipientState, channelInterrupts: Bool)
        -> (notify: Notify, rule: CompiledRule?) {
        // Every breaks_through list also covers `available`.
        let urgent = matched.first { rule in
            if rule.interrupt == true { return true }
            guard let states = rule.breaksThrough else { return false }
            return state == .available || states.contains(state)
        }
        let quiet = matched.first { $0.interrupt == false }
        switch (urgent != nil, quiet != nil || !channelInterrupts, state == .available) {
        case (true, _, _): return (.now, urgent)        // urgency wins: `true` beats `false`
        case (false, true, _): return (.none, quiet)    // nothing notifies; read when they next look
        case (false, false, true): return (.now, nil)   // available: a notifying channel notifies
        case (false, false, false): return (.later, nil)
        }
    }

    /// Step 3.3: the rule whose `reply_within` gives the earliest deadline (`none` latest, ties to
    /// the first in policy order), or the channel's value after the team override (`rule` `nil`).
    private func replyExpectation(
        matched: [CompiledRule], fallback: PolicyDuration, timing: DeadlineCalculator
    ) -> (duration: PolicyDuration, deadline: Instant?, rule: CompiledRule?) {
        // One pass: the earliest wins, ties to the first in policy order (`<`, not `<=`). Many
        // rules share a duration: each distinct one is turned into a deadline once.
        var deadlines: [(duration: PolicyDuration, deadline: Instant?)] = []
        var best: (duration: PolicyDuration, deadline: Instant?, rule: CompiledRule)?
        for rule in matched {
            guard let duration = rule.replyWithin else { continue }
            let deadline: Instant?
            if let known = deadlines.first(where: { $0.duration == duration }) {
                deadline = known.deadline
            } else {
                deadline = timing.deadline(for: duration)
                deadlines.append((duration, deadline))
            }
            if let current = best, !(timing.rank(duration, deadline) < timing.rank(current.duration, current.deadline)) { continue }
            best = (duration, deadline, rule)
        }
        guard let best else { return (fallback, timing.deadline(for: fallback), nil) }
        return best
    }

    /// Step 3.6: the matching rule whose escalation comes earliest (ties to the first in policy order).
    private func escalation(
        matched: [CompiledRule], deadline: Instant?, profile: RecipientProfile, timing: DeadlineCalculator
    ) -> EscalationDecision? {
        // Without a deadline, an escalation counts from when the reply clock starts.
        guard let base = deadline ?? timing.clockStart else { return nil }
        // One pass: the earliest escalation wins, ties to the first in policy order (`<`, not `<=`).
        // Each distinct `after` is turned into an instant once.
        var instants: [(after: PolicyDuration, at: Instant?)] = []
        var best: (rule: CompiledRule, at: Instant)?
        for rule in matched {
            guard let after = rule.escalationDelay else { continue }
            let at: Instant?
            if let known = instants.first(where: { $0.after == after }) {
                at = known.at
            } else {
                at = timing.instant(after: after, from: base)
                instants.append((after, at))
            }
            guard let at, best.map({ at < $0.at }) ?? true else { continue }
            best = (rule, at)
        }
        guard let winner = best, let escalate = winner.rule.escalate else { return nil }
        let target: String? = switch escalate.to.value {
        case .backup: profile.backup
        case .person(let id): id
        }
        return EscalationDecision(at: profile.clock.timestamp(winner.at), via: escalate.via.value, to: target, rule: winner.rule.id)
    }
}
