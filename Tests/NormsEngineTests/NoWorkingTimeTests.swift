import Foundation
import NormsEngine
import NormsPolicy
import Testing

/// A recipient whose week has no working time: business deadlines are null, a note says why,
/// and evaluation returns at once.
@Suite("No working time")
struct NoWorkingTimeTests {
    static let policy = """
        norms: 1
        name: Idle
        timezone: Europe/Berlin
        channels:
          email: {mode: async, reply_within: 1 business day}
          chat:  {mode: async, reply_within: 4 business hours}
          phone: {mode: sync, reply_within: immediate}
        people:
          idle: {working_hours: {}}
        rules:
          - id: chase
            when: {channel: email}
            then: {escalate: {after: 1 business hour, via: phone}}
        """

    static func idle(_ channel: String) throws -> RecipientDecision {
        try Fixture.recipient(Fixture.decide(policy, "{channel: \(channel), from: x, to: [idle], sent_at: 2026-11-24T12:00:00+01:00}"))
    }

    @Test(.timeLimit(.minutes(5)), arguments: ["email", "chat"])
    func businessDeadlinesAreNullWithANote(_ channel: String) throws {
        let start = ContinuousClock.now
        let idle = try Self.idle(channel)
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(idle.state == .afterHours)
        #expect(idle.deadline == nil)
        #expect(idle.notes.count == 1)
        #expect(idle.notes.first?.contains("no working time") == true)
    }

    @Test func aBusinessEscalationHasNoInstantEither() throws {
        // No deadline → sent_at + 1 business hour, which never completes.
        #expect(try Self.idle("email").escalation == nil)
    }

    @Test(.timeLimit(.minutes(5)))
    func immediateAndLaterHaveNoInstant() throws {
        // phone: sync, after hours → later, but never available: no notify_at, no deadline.
        let idle = try Self.idle("phone")
        #expect(idle.notify == .later)
        #expect(idle.notifyAt == nil)
        #expect(idle.deadline == nil)
        #expect(idle.notes.count == 2)      // one for the notification, one for the deadline
    }

    @Test func theCalendarAnswersNilAtOnce() throws {
        let calendar = try Fixture.calendar(person: "{working_hours: {}}")
        let sent = at("2026-11-24T12:00:00+01:00")
        #expect(calendar.nextAvailable(from: sent) == nil)
        #expect(calendar.adding(businessHours: 1, to: sent) == nil)
        #expect(calendar.adding(businessDays: 1, to: sent) == nil)
        #expect(calendar.endOfWorkingDay(sent) == nil)
    }

    @Test func aLongAbsenceIsStillFound() throws {
        // Away from Tue 2026-11-24 to Tue 2028-02-29 (more than a year): the next working day is
        // Wed 2028-03-01, which is the arrival day; 1 business day → Thu 2028-03-02 17:00.
        let calendar = try Fixture.calendar(person: "{away: [2026-11-24..2028-02-29]}")
        let sent = at("2026-11-24T12:00:00+01:00")
        #expect(calendar.nextAvailable(from: sent) == at("2028-03-01T09:00:00+01:00"))
        #expect(calendar.adding(businessDays: 1, to: sent) == at("2028-03-02T17:00:00+01:00"))
        #expect(calendar.adding(businessHours: 9, to: sent) == at("2028-03-02T10:00:00+01:00"))
    }

    @Test(.timeLimit(.minutes(5)))
    func workingTimeThatIsAllFocusIsNeverAvailable() throws {
        // Focus covers every working hour: the search ends at its horizon, with no instant.
        let policy = Fixture.personPolicy(person: #"{focus: ["daily 00:00-24:00"]}"#)
            .replacingOccurrences(of: "email: {mode: async}", with: "phone: {mode: sync, reply_within: immediate}")
        let start = ContinuousClock.now
        let p = try Fixture.recipient(Fixture.decide(policy, "{channel: phone, from: x, to: [p], sent_at: 2026-11-24T12:00:00+01:00}"))
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(p.state == .focus)
        #expect(p.notify == .later)
        #expect(p.notifyAt == nil)
        #expect(p.deadline == nil)
        #expect(p.notes.count == 2)
        // Business time still counts focus: 1 business hour from 12:00 is 13:00.
        let calendar = try Fixture.calendar(person: #"{focus: ["daily 00:00-24:00"]}"#)
        #expect(calendar.adding(businessHours: 1, to: at("2026-11-24T12:00:00+01:00")) == at("2026-11-24T13:00:00+01:00"))
    }
}
