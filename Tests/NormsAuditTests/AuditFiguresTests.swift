import NormsAudit
import NormsEngine
import NormsPolicy
import Testing

/// Every figure of a five-message log, counted by hand (times UTC; 2026-11-23 is a Monday).
///
/// 1. pager cy→ana Mon 10:00, in ana's focus: actual focus interruption (Mon 10h); the policy holds
///    it to 11:00 (focus ends), due 12:00; answered 11:30, in time.
/// 2. pager cy→bob Mon 20:00, after hours: actual after-hours interruption (Mon 20h); the policy
///    holds it to Tue 09:00, due 10:00; answered 13:00, 3h of working time late.
/// 3. chat ana→bob Tue 16:00: chat does not notify under the policy; actually notified at once
///    (available); due after 2 business hours, Wed 10:00; never answered, and the log ends later.
/// 4. phone cy→ana Wed 12:00 at level normal: the phone needs `urgent` (channel misuse, not
///    allowed); no delivery recorded, so its reply cannot be judged.
/// 5. pager cy→[ana, bob] Fri 2026-12-25 12:00, a holiday, tagged outage: both interrupted, as
///    they happened and under the policy (Fri 12h); due 13:00, escalation 13:30. ana answers
///    12:20 (in time); bob 14:00: late by 0 working seconds (a holiday), and the escalation fires.
/// 6. a line on an unknown channel: an error.
@Suite("Audit figures, hand-counted")
struct AuditFiguresTests {
    static let log = """
        {"id": "m1", "channel": "pager", "from": "cy", "to": ["ana"], "sent_at": "2026-11-23T10:00:00Z", "delivery": {"ana": {"replied_at": "2026-11-23T11:30:00Z"}}}
        {"id": "m2", "channel": "pager", "from": "cy", "to": ["bob"], "sent_at": "2026-11-23T20:00:00Z", "delivery": {"bob": {"notified_at": "2026-11-23T20:00:00Z", "replied_at": "2026-11-24T13:00:00Z"}}}
        {"id": "m3", "channel": "chat", "from": "ana", "to": ["bob"], "sent_at": "2026-11-24T16:00:00Z", "delivery": {"bob": {}}}
        {"id": "m4", "channel": "phone", "from": "cy", "to": ["ana"], "sent_at": "2026-11-25T12:00:00Z"}
        {"id": "m5", "channel": "pager", "from": "cy", "to": ["ana", "bob"], "sent_at": "2026-12-25T12:00:00Z", "tags": ["outage"], "delivery": {"ana": {"replied_at": "2026-12-25T12:20:00Z"}, "bob": {"replied_at": "2026-12-25T14:00:00Z"}}}
        {"id": "m6", "channel": "fax", "from": "cy", "to": ["ana"], "sent_at": "2026-11-23T10:00:00Z"}
        """

    @Test func countsMessagesAndErrors() throws {
        let report = try AuditFixture.audit(Self.log)
        #expect(report.lines == 6)
        #expect(report.messages == 5)
        #expect(report.errors == 1)
        #expect(report.allowedMessages == 4)
        #expect(report.total.deliveries == 6)
        #expect(report.asOf?.description == "2026-12-25T14:00:00+00:00")
    }

    @Test func interruptionsAsTheyHappenedAndUnderThePolicy() throws {
        let total = try AuditFixture.audit(Self.log).total
        #expect(total.actual.notifications == 6)
        #expect([total.actual.focus, total.actual.afterHours, total.actual.holiday, total.actual.away] == [1, 1, 2, 0])
        // later (m1), later (m2), none (m3), now (m4), now ×2 (m5)
        #expect(total.policy.notifications == 5)
        #expect([total.policy.focus, total.policy.afterHours, total.policy.holiday, total.policy.away] == [0, 0, 2, 0])
        #expect(total.protected == 2)
    }

    @Test func heatmapsInLocalWeekdayAndHour() throws {
        let report = try AuditFixture.audit(Self.log)
        var actual = Array(repeating: Array(repeating: 0, count: 24), count: 7)
        actual[0][10] = 1
        actual[0][20] = 1
        actual[4][12] = 2
        var policy = Array(repeating: Array(repeating: 0, count: 24), count: 7)
        policy[4][12] = 2
        #expect(report.heatmapActual == actual)
        #expect(report.heatmapPolicy == policy)
    }

    @Test func repliesAgainstDeadlines() throws {
        let replies = try AuditFixture.audit(Self.log).total.replies
        #expect(replies.inTime == 2)
        #expect(replies.late == 2)
        #expect(replies.unanswered == 1)
        #expect(replies.open == 0)
        #expect(replies.unknown == 1)
        #expect(replies.due == 5)
        #expect(replies.compliance == 0.4)
        // Lateness [0, 10800]: the median is the 1st value, p90 the 2nd (nearest rank).
        #expect(replies.lateness.quantile(0.5) == 0)
        #expect(replies.lateness.quantile(0.9) == 10_800)
    }

    @Test func escalations() throws {
        let total = try AuditFixture.audit(Self.log).total
        #expect(total.escalationsPlanned == 2)
        #expect(total.escalationsFired == 1)
    }

    @Test func breakdownsByChannelTeamPersonAndWeek() throws {
        let report = try AuditFixture.audit(Self.log)
        let pager = try #require(report.byChannel.first { $0.key == "pager" }).figures
        #expect(pager.messages == 3)
        #expect(pager.deliveries == 4)
        #expect(pager.replies.inTime == 2)
        #expect(pager.replies.late == 2)
        #expect(pager.replies.compliance == 0.5)
        let chat = try #require(report.byChannel.first { $0.key == "chat" }).figures
        #expect(chat.replies.unanswered == 1)
        #expect(chat.replies.compliance == 0)
        #expect(report.byChannel.map(\.key) == ["chat", "pager", "phone"])
        let eng = try #require(report.byTeam.first { $0.key == "eng" }).figures
        #expect(eng.messages == 5)
        #expect(eng.deliveries == 6)
        let bob = try #require(report.byPerson.first { $0.key == "bob" }).figures
        #expect(bob.messages == 3)
        #expect(bob.actual.interruptions == 2)
        #expect(bob.replies.late == 2)
        #expect(report.byWeek.map(\.key) == ["2026-11-23", "2026-12-21"])
        #expect(report.byWeek.map(\.figures.messages) == [4, 1])
        #expect(report.byWeek.map(\.figures.actual.interruptions) == [2, 2])
    }

    @Test func rulesViolationsAndMisuse() throws {
        let report = try AuditFixture.audit(Self.log)
        #expect(report.rules.map(\.id) == ["outages-interrupt", "never-used"])
        #expect(report.rules.map(\.fired) == [1, 0])
        #expect(report.deadRules == ["never-used"])
        #expect(report.channelMisuse == [AuditReport.Count(key: "channel.phone.min_level", count: 1)])
        #expect(report.topViolators == [AuditReport.Count(key: "cy", count: 1)])
        #expect(report.topViolatorsExact)
    }

    @Test func aDeadlineAfterTheEndOfTheLogIsOpen() throws {
        // Message 3 alone: its deadline (Wed 10:00) lies after the log's end (its own sent_at).
        let line = Self.log.split(separator: "\n")[2]
        let open = try AuditFixture.audit(String(line)).total.replies
        #expect(open.open == 1)
        #expect(open.unanswered == 0)
        #expect(open.compliance == nil)
        // With --as-of past the deadline it is unanswered.
        let late = try AuditFixture.audit(String(line), asOf: Timestamp.parse("2026-11-25T10:00:00Z")!.instant).total.replies
        #expect(late.unanswered == 1)
    }

    @Test(.timeLimit(.minutes(5)))
    func weeksPastTheLimitShareOneRow() throws {
        // 600 messages a week apart from 2000-01-03 (a Monday): 520 weeks get rows, 80 share one.
        let start = Timestamp.parse("2000-01-03T10:00:00Z")!.instant
        let log = (0..<600).map { week in
            let sentAt = Timestamp(instant: start + week * 7 * 86_400, offset: 0)
            return #"{"channel": "chat", "from": "ana", "to": ["bob"], "sent_at": "\#(sentAt)"}"#
        }.joined(separator: "\n")
        let report = try AuditFixture.audit(log)
        #expect(report.byWeek.count == 521)
        #expect(report.byWeek.first?.key == AuditAccumulator.otherWeeks)
        #expect(report.byWeek.first?.figures.messages == 80)
        #expect(report.byWeek[1].key == "2000-01-03")
        #expect(report.messages == 600)
    }
}
