import NormsEngine
import NormsPolicy
import PropertyBased
import Testing

/// Properties of the times in a decision, over random messages to people on the calendars of
/// ``CalendarCases``, on channels with every kind of reply expectation.
@Suite("Decision time properties")
struct DecisionTimeProperties {
    /// One person per zone and schedule of ``CalendarCases``, named `zone-index-schedule`.
    static let people: [(id: String, zone: String, hours: String, person: String)] = CalendarCases.zones.enumerated().flatMap { index, zone in
        CalendarCases.schedules.map { schedule in ("z\(index)-\(schedule.name)", zone, schedule.hours, schedule.person) }
    }

    static let channels = ["email", "chat", "phone", "ticket", "ping", "memo"]
    static let levels = ["low", "normal", "high", "urgent"]
    static let tags = ["quiet", "page", "fyi"]
    static let statuses = ["available", "focus", "dnd", "away"]

    static let policyYAML: String = {
        let people = Self.people.map { person in
            // Merge the zone and the hours into the person's own settings.
            let settings = person.person.dropFirst().dropLast()
            return "  \(person.id): {timezone: \(person.zone), working_hours: {\(person.hours)}\(settings.isEmpty ? "" : ", " + settings)}"
        }.joined(separator: "\n")
        return """
            norms: 1
            name: Decision properties
            timezone: Europe/Berlin
            holidays: [\(CalendarCases.holidays.joined(separator: ", "))]
            channels:
              email:  {mode: async, reply_within: 1 business day}
              chat:   {mode: async, reply_within: 4 business hours, interrupts: true}
              phone:  {mode: sync, reply_within: immediate}
              ticket: {mode: async, reply_within: 2d, interrupts: true}
              ping:   {mode: async, reply_within: 45m, interrupts: true}
              memo:   {mode: async, reply_within: 90m}
            people:
            \(people)
            rules:
              - id: urgent-breaks-through
                when: {level: urgent}
                then: {reply_within: 15m, breaks_through: [after_hours, focus, holiday, away]}
              - id: high-interrupts-focus
                when: {level: high}
                then: {reply_within: 2 business hours, breaks_through: [focus]}
              - id: quiet-never-notifies
                when: {tags: [quiet]}
                then: {interrupt: false}
              - id: page-notifies
                when: {tags: [page]}
                then: {interrupt: true, reply_within: 3 business days}
            """
    }()

    static let evaluator = try! Fixture.evaluator(policyYAML)

    /// A message as YAML text, with a readable description.
    struct MessageCase: Sendable, CustomStringConvertible {
        var yaml: String
        var description: String { yaml }
    }

    /// A random message: channel, level, tags, one to three recipients, an instant in 2025–2028
    /// (often near a clock change) and sometimes a live status for the first recipient.
    static let message = zip(
        Gen.int(in: 0...(channels.count - 1)), Gen.int(in: 0...(levels.count - 1)), Gen.int(in: 0...7),
        Gen.int(in: 0...(people.count - 1)).array(of: 1...3), CalendarCases.calendarAndInstant, Gen.int(in: 0...9),
        Gen.int(in: 0...86_400)
    ).map { channel, level, tagBits, recipients, pair, status, statusLength -> MessageCase in
        let sent = pair.1.instant
        let tags = Self.tags.enumerated().filter { tagBits & (1 << $0.offset) != 0 }.map(\.element)
        let to = recipients.map { Self.people[$0].id }
        var yaml = "{channel: \(channels[channel]), from: someone, to: [\(to.joined(separator: ", "))], "
            + "sent_at: \(Timestamp(instant: sent, offset: 0)), level: \(levels[level]), tags: [\(tags.joined(separator: ", "))]"
        if status < statuses.count {
            let until = status % 2 == 0 ? ", until: \(Timestamp(instant: sent + statusLength, offset: 0))" : ""
            yaml += ", status: {\(to[0]): {state: \(statuses[status])\(until)}}"
        }
        return MessageCase(yaml: yaml + "}")
    }

    static func show(_ stamp: Timestamp?) -> String { stamp?.description ?? "none" }

    @Test("the policy has the people of every calendar case")
    func policyLoads() throws {
        #expect(Self.evaluator.policy.people.count == CalendarCases.all.count)
    }

    @Test("a decision's deadline never precedes its notify_at when the recipient is notified now")
    func deadlineNotBeforeNotificationNow() async {
        await Property.check("deadline after notify now", count: 400, input: Self.message) { message in
            let decision: Decision
            do { decision = try Self.evaluator.evaluate(Fixture.message(message.yaml)) } catch {
                throw Property.Failure(description: "the message does not evaluate: \(error)")
            }
            for recipient in decision.recipients where recipient.notify == .now {
                try Property.require(recipient.notifyAt != nil, "\(recipient.id) is notified now but has no notify_at")
                guard let deadline = recipient.deadline, let notifyAt = recipient.notifyAt else { continue }
                try Property.require(
                    deadline.instant >= notifyAt.instant,
                    "\(recipient.id) (\(recipient.state), \(recipient.replyWithin)): deadline \(deadline) before notify_at \(notifyAt)")
                try Property.require(notifyAt.instant == recipient.localTime.instant,
                                     "\(recipient.id): notify now at \(notifyAt), not at sent_at")
            }
        }
    }

    @Test("a wall-clock deadline is sent_at plus the duration when the recipient is notified now")
    func wallClockDeadlineWhenNotifiedNow() async {
        await Property.check("wall clock notify now", count: 400, input: Self.message) { message in
            guard let decision = try? Self.evaluator.evaluate(Fixture.message(message.yaml)) else {
                throw Property.Failure(description: "the message does not evaluate")
            }
            for recipient in decision.recipients where recipient.notify == .now {
                guard case .wallClock(let minutes) = recipient.replyWithin else { continue }
                try Property.require(
                    recipient.deadline?.instant == recipient.localTime.instant + minutes * 60,
                    "\(recipient.id): \(recipient.replyWithin) from \(recipient.localTime) gives \(Self.show(recipient.deadline))")
            }
        }
    }

    /// With `notify: later` the reply clock starts at the notification, so no deadline (business
    /// time or elapsed) comes before it.
    @Test("a decision's deadline never precedes its notify_at when the notification waits")
    func deadlineNotBeforeNotificationLater() async {
        await Property.check("deadline after notify later", count: 400, input: Self.message) { message in
            guard let decision = try? Self.evaluator.evaluate(Fixture.message(message.yaml)) else {
                throw Property.Failure(description: "the message does not evaluate")
            }
            for recipient in decision.recipients where recipient.notify == .later {
                guard let deadline = recipient.deadline, let notifyAt = recipient.notifyAt else { continue }
                try Property.require(
                    deadline.instant >= notifyAt.instant,
                    "\(recipient.id) (\(recipient.state), \(recipient.replyWithin)): deadline \(deadline) before notify_at \(notifyAt)")
            }
        }
    }
}
