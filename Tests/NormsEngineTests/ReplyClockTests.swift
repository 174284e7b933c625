import Foundation
import NormsEngine
import NormsPolicy
import Testing

/// The two clarified rules of time: the reply clock starts when the recipient is notified, and a
/// live status without `until` lasts to the end of the working day.
@Suite("Reply clock and working day")
struct ReplyClockTests {
    // MARK: - The reply clock starts at the notification

    @Test func theOnCallExampleIsNoLongerDueBeforeItIsNotified() throws {
        // Dev (Berlin, mon-fri 09:00-17:00, focus 09:00-11:00) gets an urgent phone call at 03:10
        // local. Phone interrupts, so the notification waits for 11:00, when his focus ends; one
        // business hour counts from 11:00 → 12:00. (Counted from sent_at it was 10:00, an hour
        // before he was told.) Ana is notified now: her immediate window counts from 02:10.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let evaluator = Evaluator(policy: try PolicyLoader().load(path: root.appendingPathComponent("policies/oncall.yaml").path))
        let message = try Fixture.message(
            "{channel: phone, from: alertmanager, to: [ana, dev], sent_at: 2026-11-26T02:10:00Z, tags: [outage], kind: incident}")
        let decision = try evaluator.evaluate(message)
        let dev = try Fixture.recipient(decision, "dev")
        #expect(dev.notify == .later)
        #expect(dev.notifyAt?.description == "2026-11-26T11:00:00+01:00")
        #expect(dev.replyWithin == .businessHours(1))
        #expect(dev.deadline?.description == "2026-11-26T12:00:00+01:00")
        let ana = try Fixture.recipient(decision, "ana")
        #expect(ana.notify == .now)
        #expect(ana.deadline?.description == "2026-11-26T02:25:00+00:00")
    }

    /// A pager message (it interrupts) to bob, sent Wed 20:00 Berlin, after hours: the notification
    /// waits for Thu 09:00, and then for the end of his 09:00-11:00 focus block → 11:00.
    @Test(arguments: [
        ("2h", "2026-11-26T13:00:00+01:00"),                  // wall clock: 11:00 + 2h (not Wed 22:00)
        ("1 business hour", "2026-11-26T12:00:00+01:00"),     // business: 11:00 + 1h of working time
        ("1 business day", "2026-11-27T17:00:00+01:00"),      // arrival day Thursday → one working day on, Fri 17:00
    ])
    func aHeldNotificationStartsTheClock(duration: String, deadline: String) throws {
        let decision = try EvalPolicy.decide(rules: """
              - id: pager-reply
                when: {channel: pager}
                then: {reply_within: \(duration)}
            """, EvalPolicy.message(channel: "pager", at: "2026-11-25T20:00:00+01:00"))
        let bob = try Fixture.recipient(decision)
        #expect(bob.notify == .later)
        #expect(bob.notifyAt?.description == "2026-11-26T11:00:00+01:00")
        #expect(bob.deadline?.description == deadline)
    }

    @Test func anEscalationWithoutADeadlineCountsFromTheNotification() throws {
        // `none` gives no deadline; the escalation 30 minutes after the notification at 11:00 → 11:30.
        let decision = try EvalPolicy.decide(rules: """
              - id: pager-escalates
                when: {channel: pager}
                then: {reply_within: none, escalate: {after: 30m, via: chat}}
            """, EvalPolicy.message(channel: "pager", at: "2026-11-25T20:00:00+01:00"))
        let bob = try Fixture.recipient(decision)
        #expect(bob.deadline == nil)
        #expect(bob.escalation?.at.description == "2026-11-26T11:30:00+01:00")
        #expect(bob.escalation?.to == "alice")
    }

    @Test func aNotificationThatNeverComesGivesNoDeadlineAndSaysWhy() throws {
        // p works no day at all: a notifying channel waits for an instant that never comes.
        let policy = """
            norms: 1
            name: Never
            timezone: Europe/Berlin
            working_hours: {}
            channels:
              pager: {mode: async, interrupts: true, reply_within: 2h}
            people:
              p: {}
            """
        let decision = try Fixture.decide(policy, "{channel: pager, from: x, to: [p], sent_at: 2026-11-25T12:00:00+01:00}")
        let p = try Fixture.recipient(decision)
        #expect(p.notify == .later)
        #expect(p.notifyAt == nil)
        #expect(p.deadline == nil)
        #expect(p.notes.contains("p is never available within a year, so the reply clock never starts and '2h' has no deadline"))
    }

    // MARK: - A live status lasts to the end of the working day

    @Test func aStatusOnASaturdayEveningEndsWithMondaysWorkingDay() throws {
        // mon-fri 00:00-24:00: the days touch, but Tuesday's period never extends Monday's day.
        // dnd set Sat 2026-11-28 19:00 → the next period starts Mon 00:00 → the day ends Tue 00:00.
        let calendar = try Fixture.calendar(workingHours: #"mon-fri: "00:00-24:00""#)
        #expect(calendar.endOfWorkingDay(at("2026-11-28T19:00:00+01:00")) == at("2026-12-01T00:00:00+01:00"))
        // Sent inside Wednesday's period: it ends at Thursday 00:00, not Saturday 00:00.
        #expect(calendar.endOfWorkingDay(at("2026-12-02T10:00:00+01:00")) == at("2026-12-03T00:00:00+01:00"))
    }

    @Test func aStatusAtTenLastsPastTheLunchBreakToTheEndOfTheDay() throws {
        // Two periods a day, 09:00-12:30 and 13:30-18:00: focus set at 10:00 lasts until 18:00.
        let hours = #"mon-fri: ["09:00-12:30", "13:30-18:00"]"#
        let calendar = try Fixture.calendar(workingHours: hours)
        #expect(calendar.endOfWorkingDay(at("2026-11-24T10:00:00+01:00")) == at("2026-11-24T18:00:00+01:00"))
        #expect(calendar.endOfWorkingDay(at("2026-11-24T12:45:00+01:00")) == at("2026-11-24T18:00:00+01:00"))  // in the break
        #expect(calendar.endOfWorkingDay(at("2026-11-24T18:00:00+01:00")) == at("2026-11-25T18:00:00+01:00"))  // at the end: tomorrow
        let focused = try Fixture.calendar(workingHours: hours, live: (.focus, until: nil), sentAt: "2026-11-24T10:00:00+01:00")
        #expect(focused.state(at: at("2026-11-24T14:00:00+01:00")) == .focus)
        #expect(focused.state(at: at("2026-11-24T17:59:00+01:00")) == .focus)
        #expect(focused.state(at: at("2026-11-25T10:00:00+01:00")) == .available)
    }

    @Test func anOvernightShiftIsTheDayItStartsOn() throws {
        // mon-fri 22:00-06:00: a status at Tue 03:00 belongs to Monday's shift → ends Tue 06:00.
        let calendar = try Fixture.calendar(workingHours: #"mon-fri: "22:00-06:00""#)
        #expect(calendar.endOfWorkingDay(at("2026-11-24T03:00:00+01:00")) == at("2026-11-24T06:00:00+01:00"))
        // At 07:00, outside work: the next shift starts Tue 22:00 → ends Wed 06:00.
        #expect(calendar.endOfWorkingDay(at("2026-11-24T07:00:00+01:00")) == at("2026-11-25T06:00:00+01:00"))
    }
}
